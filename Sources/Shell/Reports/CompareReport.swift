import Analysis
import Rendering

extension CompareResult {
    /// The JSON of `compare`, keys in the order of the output contract (the interval and test keys
    /// of a row only for rates given with counts).
    func json() -> JSONValue {
        let r = self
        return .object([
            ("metric", .string(r.metric.id)), ("from", .string(r.from.description)), ("to", .string(r.to.description)),
            (
                "rows",
                .array(
                    r.rows.map { row in
                        var members: [(String, JSONValue)] = [
                            ("unit", .string(row.unit)), ("from_value", .num(row.from)), ("to_value", .num(row.to)),
                            ("change", .num(row.change)), ("pct_change", .num(row.pctChange)),
                            ("improved", row.improved.map(JSONValue.bool) ?? .null),
                        ]
                        if let c = row.counts {
                            members += [
                                ("from_ci95", .pair(c.fromInterval.lower, c.fromInterval.upper)),
                                ("to_ci95", .pair(c.toInterval.lower, c.toInterval.upper)),
                                ("diff_ci95", .pair(c.differenceInterval.lower, c.differenceInterval.upper)),
                                ("p_value", .num(c.pValue)), ("p_adjusted", .num(c.pAdjusted)),
                            ]
                        }
                        return .object(members)
                    })
            ),
            (
                "paired_t",
                r.pairedT.map { t in
                    .object([
                        ("t", .num(t.t)), ("df", .int(t.degreesOfFreedom)), ("p_value", .num(t.pValue)),
                        ("mean_change", .num(t.meanDifference)), ("ci95", .pair(t.interval.lower, t.interval.upper)),
                    ])
                } ?? .null
            ),
            (
                "wilcoxon",
                r.wilcoxon.map { w in
                    .object([
                        ("statistic", .num(w.statistic)), ("p_value", .num(w.pValue)),
                        ("method", .string(w.pMethod.rawValue)), ("n", .int(w.n)),
                    ])
                } ?? .null
            ),
            ("not_in_both", .strings(r.notInBoth)),
            ("notes", .strings(r.reasons + r.conflicts)),
        ])
    }

    /// The table of `compare`: each unit's two values, change, change in percent and whether it
    /// improved (with Newcombe intervals and Holm-adjusted p for rates with counts); notes on
    /// the paired t-test, Wilcoxon, what could not be computed and conflicting sources.
    func report(_ f: Formatter) -> TableReport {
        let lang = f.lang
        let result = self
        let withCounts = result.rows.contains { $0.counts != nil }
        var columns: [Table.Column] = [
            .init(lang("Unit"), wraps: true), .init("\(result.from)", .right), .init("\(result.to)", .right),
            .init(lang("Change"), .right), .init(lang("Change %"), .right), .init(lang("Improved")),
        ]
        if withCounts {
            columns += [
                .init(lang("Newcombe 95% (diff.)"), .right), .init("p", .right), .init(lang("p (Holm)"), .right),
            ]
        }
        let rows = result.rows.map { r -> [String] in
            let mark: String =
                switch r.improved {
                case true?: f.mark(better: true, lang("yes"))
                case false? where r.change == 0: f.mark(better: nil)
                case false?: f.mark(better: false, lang("no"))
                case nil: "—"
                }
            var cells = [
                r.unit, f.value(r.from), f.value(r.to), f.change(r.change),
                f.change(r.pctChange.map { $0 }, decimals: 0) + "%", mark,
            ]
            if withCounts {
                cells += [
                    f.interval(r.counts?.differenceInterval, f.decimals), f.p(r.counts?.pValue),
                    f.p(r.counts?.pAdjusted),
                ]
            }
            return cells
        }
        let title =
            "\(f.name) · \(result.from) → \(result.to) · \(result.level.map { lang($0.rawValue) } ?? "") · \(f.direction)"
        var notes: [String] = []
        notes.append(
            lang == .vi
                ? "Thay đổi tính bằng \(f.changeUnit). \(result.improvedCount) đơn vị cải thiện, \(result.worsenedCount) giảm sút."
                : "Changes are in \(f.changeUnit). \(result.improvedCount) improved, \(result.worsenedCount) worsened.")
        if let t = result.pairedT {
            notes.append(
                "\(lang("Paired t-test")): \(lang == .vi ? "thay đổi trung bình" : "mean change") \(f.change(t.meanDifference, decimals: 1)) \(f.interval(t.interval)), t = \(f.number(t.t, 2)), df = \(t.degreesOfFreedom), p = \(f.p(t.pValue))"
            )
        }
        if let w = result.wilcoxon {
            notes.append(
                "\(lang("Wilcoxon signed-rank")): W = \(f.number(w.statistic, 1)), p = \(f.p(w.pValue)) (\(w.pMethod.rawValue)), n = \(w.nUsed)"
            )
        }
        notes += result.reasons.map { "\(lang("Not computed")): \($0)" }
        if !result.notInBoth.isEmpty {
            notes.append("\(lang("Not in both periods")): \(result.notInBoth.joined(separator: ", "))")
        }
        notes += conflictNotes(result.conflicts, lang)
        return TableReport(title: title, tables: [Table(columns: columns, rows: rows)], notes: notes)
    }
}
