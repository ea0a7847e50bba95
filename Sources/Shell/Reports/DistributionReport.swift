import Analysis
import Messages
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
        let say = Catalog(f.lang)
        let s = summary
        let rows: [[String]] = [
            [say(.n), String(s.n)], [say(.mean), f.value(s.mean)], [say(.sd), f.number(s.sd, f.decimals)],
            [say(.min), f.value(s.min) + " · " + lowest.joined(separator: ", ")], [say(.q1), f.value(s.q1)],
            [say(.median), f.value(s.median)], [say(.q3), f.value(s.q3)],
            [say(.max), f.value(s.max) + " · " + highest.joined(separator: ", ")],
            [
                say(.distribution),
                Sparkline.render(histogram(values, bins: 10), glyphs: f.glyphs)
                    + "  (\(f.value(s.min)) … \(f.value(s.max)))",
            ],
        ]
        let title = say(.summaryTitle(metric, period: period, level: level))
        let notes = [say(.outliers(outliers))]
        let columns: [Table.Column] = [.init(""), .init(say(.value), wraps: true)]
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
