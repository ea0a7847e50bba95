import Analysis
import Rendering

extension CorrelationResult {
    /// The JSON of `correlate`, keys in the order of the output contract.
    func json() -> JSONValue {
        .object([
            ("n", .int(n)),
            ("pearson", pearson.map { .object([("r", .num($0.r)), ("p_value", .num($0.pValue))]) } ?? .null),
            ("spearman", StatisticsJSON.spearman(spearman)),
            ("kendall", StatisticsJSON.kendall(kendall)),
            ("only_one", .strings(onlyOne)),
            ("notes", .strings(reasons)),
        ])
    }

    /// The table of `correlate`: Pearson, Spearman and Kendall with their p-values; notes on what
    /// could not be computed and the units that have only one of the two metrics.
    func report(_ f: Formatter) -> TableReport {
        let lang = f.lang
        let rows: [[String]] = [
            [lang("Pearson r"), f.number(pearson?.r, 3), f.p(pearson?.pValue)],
            [lang("Spearman rho"), f.number(spearman?.rho, 3), f.p(spearman?.pValue)],
            [lang("Kendall tau-b"), f.number(kendall?.tauB, 3), f.p(kendall?.pValue)],
        ]
        let title =
            "\(first.id) ~ \(second.id) · \(period) · \(level.map { lang($0.rawValue) } ?? "") · n = \(n)"
        var notes = reasons.map { "\(lang("Not computed")): \($0)" }
        if !onlyOne.isEmpty {
            notes.append(
                (lang == .vi ? "Chỉ có một chỉ số: " : "Only one of the two metrics: ")
                    + onlyOne.joined(separator: ", "))
        }
        let columns: [Table.Column] = [.init(lang("Test")), .init(lang("Estimate"), .right), .init("p", .right)]
        return TableReport(title: title, tables: [Table(columns: columns, rows: rows)], notes: notes)
    }
}
