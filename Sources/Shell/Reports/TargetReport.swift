import Analysis
import Rendering

extension TargetResult {
    /// The JSON of `target`, keys in the order of the output contract.
    func json() -> JSONValue {
        .object([
            ("metric", .string(metric.id)),
            (
                "rows",
                .array(
                    rows.map { r in
                        .object([
                            ("unit", .string(r.unit)), ("target", .num(r.target)),
                            ("comparator", .string(r.comparator.rawValue)),
                            ("by", .string(r.by.description)),
                            ("latest_period", .str(r.latestPeriod?.description)),
                            ("latest_value", .num(r.latest)), ("gap", .num(r.gap)),
                            ("projected", .num(r.projection?.value)),
                            ("pi95", .pair(r.projection?.prediction.lower, r.projection?.prediction.upper)),
                            ("wilson95", .pair(r.wilson?.lower, r.wilson?.upper)),
                            ("verdict", .string(r.verdict.rawValue)),
                        ])
                    })
            ),
            ("rule", .string(TargetResult.rule)),
        ])
    }

    /// The table of `target`: each unit's target, latest value, gap, projection with its 95 %
    /// prediction interval, Wilson interval and verdict; the rule as the note.
    func report(_ f: Formatter) -> TableReport {
        let lang = f.lang
        let words: [TargetResult.Verdict: (String, String)] = [
            .met: ("met", "đã đạt"), .onTrack: ("on track", "đúng hướng"), .atRisk: ("at risk", "có nguy cơ"),
            .offTrack: ("off track", "chệch hướng"), .unknown: ("unknown", "chưa rõ"),
        ]
        let rows = self.rows.map { r -> [String] in
            [
                r.unit, "\(r.comparator.rawValue) \(f.value(r.target)) (\(r.by))",
                r.latest.map { "\(f.value($0)) (\(r.latestPeriod?.description ?? ""))" } ?? "—",
                f.change(r.gap),
                r.projection.map { "\(f.value($0.value)) \(f.interval($0.prediction, f.decimals))" } ?? "—",
                f.interval(r.wilson, f.decimals),
                lang == .vi ? words[r.verdict]?.1 ?? "" : words[r.verdict]?.0 ?? "",
            ]
        }
        let columns: [Table.Column] = [
            .init(lang("Unit"), wraps: true), .init(lang == .vi ? "Chỉ tiêu" : "Target"),
            .init(lang == .vi ? "Mới nhất" : "Latest", .right),
            .init(lang == .vi ? "Còn thiếu" : "Gap", .right),
            .init(lang == .vi ? "Dự báo (KDB 95%)" : "Projected (95% PI)", .right),
            .init("Wilson 95%", .right), .init(lang("Verdict")),
        ]
        return TableReport(
            title: "\(f.name) · \(lang == .vi ? "chỉ tiêu" : "targets")", tables: [Table(columns: columns, rows: rows)],
            notes: [TargetResult.rule])
    }
}
