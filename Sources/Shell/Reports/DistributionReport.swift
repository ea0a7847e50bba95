import Analysis
import Rendering

extension DistributionResult {
    /// The JSON of `summary`, keys in the order of the output contract.
    func json() -> JSONValue {
        let s = summary
        return .object([
            ("metric", .string(metric.id)), ("period", .string(period.description)), ("n", .int(s.n)),
            ("mean", .num(s.mean)), ("sd", .num(s.sd)), ("min", .num(s.min)), ("q1", .num(s.q1)),
            ("median", .num(s.median)), ("q3", .num(s.q3)), ("max", .num(s.max)), ("lowest", .strings(lowest)),
            ("highest", .strings(highest)), ("outliers", .strings(outliers)),
        ])
    }

    /// The table of `summary`: n, mean, sd, quartiles, who holds the extremes and a histogram
    /// sparkline; a note lists the outliers.
    func report(_ f: Formatter) -> TableReport {
        let lang = f.lang
        let s = summary
        let rows: [[String]] = [
            ["n", String(s.n)], [lang("Mean"), f.value(s.mean)], [lang("SD"), f.number(s.sd, f.decimals)],
            [lang("Min"), f.value(s.min) + " · " + lowest.joined(separator: ", ")], [lang("Q1"), f.value(s.q1)],
            [lang("Median"), f.value(s.median)], [lang("Q3"), f.value(s.q3)],
            [lang("Max"), f.value(s.max) + " · " + highest.joined(separator: ", ")],
            [
                lang == .vi ? "Phân bố" : "Distribution",
                Sparkline.render(histogram(values, bins: 10), glyphs: f.glyphs)
                    + "  (\(f.value(s.min)) … \(f.value(s.max)))",
            ],
        ]
        let title = "\(f.name) · \(period) · \(level.map { lang($0.rawValue) } ?? "")"
        let notes = [
            "\(lang("Outliers (> 3 scaled MAD from the median)")): "
                + (outliers.isEmpty ? "—" : outliers.joined(separator: ", "))
        ]
        let columns: [Table.Column] = [.init(""), .init(lang("Value"), wraps: true)]
        return TableReport(title: title, tables: [Table(columns: columns, rows: rows)], notes: notes)
    }
}

/// Counts of `values` in `bins` equal-width bins between their min and max (a flat sample is one
/// bin); empty bins are nil.
func histogram(_ values: [Double], bins: Int) -> [Double?] {
    guard let lo = values.min(), let hi = values.max(), hi > lo, bins > 0 else { return [Double(values.count)] }
    var counts = [Double](repeating: 0, count: bins)
    for v in values { counts[min(bins - 1, Int((v - lo) / (hi - lo) * Double(bins)))] += 1 }
    // An empty bin is blank, not the lowest bar.
    return counts.map { $0 == 0 ? nil : $0 }
}
