import Analysis
import Messages
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
            ("notes", jsonNotes(omissions)),
        ])
    }

    /// The table of `correlate`: Pearson, Spearman and Kendall with their p-values; notes on what
    /// could not be computed and the units that have only one of the two metrics.
    func report(_ f: Formatter) -> TableReport {
        let say = Catalog(f.lang)
        let rows: [[String]] = [
            [say(.pearsonR), f.number(pearson?.r, 3), f.p(pearson?.pValue)],
            [say(.spearmanRho), f.number(spearman?.rho, 3), f.p(spearman?.pValue)],
            [say(.kendallTauB), f.number(kendall?.tauB, 3), f.p(kendall?.pValue)],
        ]
        let title = say(.correlateTitle(first.id, second.id, period: period, level: level, n: n))
        var notes = omissions.map { say(.notComputed($0)) }
        if !onlyOne.isEmpty { notes.append(say(.onlyOneMetric(onlyOne))) }
        let columns: [Table.Column] = [.init(say(.test)), .init(say(.estimate), .right), .init(say(.p), .right)]
        return TableReport(title: title, tables: [Table(columns: columns, rows: rows)], notes: notes)
    }
}
