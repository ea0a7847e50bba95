import Analysis
import Messages
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
                            ("projection_clipped", .bool(r.projectionClipped)), ("margin", .num(r.margin)),
                        ])
                    })
            ),
            ("rule", .string(Catalog(.en)(.targetRule))),
            ("notes", jsonNotes([], [], boundaries.map(Finding.acrossBoundary))),
        ])
    }

    /// The table of `target`: each series' target ("≥ 50.00% (2025)"), latest value, how far it
    /// still is from the target ("2.50 to go") or, when met, how far beyond it ("2.82 above"),
    /// projection with its 95 % prediction interval, Wilson interval and verdict; the rule as the
    /// note.
    func report(_ f: Formatter) -> TableReport {
        let say = Catalog(f.lang)
        let rows = self.rows.map { r -> [String] in
            let gap: String =
                if let margin = r.margin {
                    // A margin that shows as zero is the target met exactly, not "0.00 above".
                    f.number(margin, f.decimals) == f.number(0, f.decimals)
                        ? say(.targetMargin(f.number(margin, f.decimals), .equal))
                        : say(.targetMargin(f.number(margin, f.decimals), r.comparator))
                } else if let gap = r.gap {
                    say(.targetShortfall(f.number(gap, f.decimals)))
                } else {
                    "—"
                }
            return [
                r.unit, "\(say(.comparator(r.comparator))) \(f.value(r.target)) (\(say.periodLabel(r.by)))",
                r.latest.map { "\(f.value($0)) (\(r.latestPeriod.map(say.periodLabel) ?? ""))" } ?? "—",
                gap,
                r.projection.map { "\(f.value($0.value)) \(f.interval($0.prediction, f.decimals))" } ?? "—",
                f.interval(r.wilson, f.decimals),
                say(.targetVerdict(r.verdict)),
            ]
        }
        let columns: [Table.Column] = [
            .init(say(.unit), wraps: true), .init(say(.target)), .init(say(.latest), .right), .init(say(.gap), .right),
            .init(say(.projected), .right), .init(say(.wilson95), .right), .init(say(.verdict)),
        ]
        var notes = [say(.targetRule)]
        let clipped = self.rows.filter(\.projectionClipped).map(\.unit)
        if !clipped.isEmpty { notes.append(say(.projectionsClipped(range: f.range, units: clipped))) }
        notes += boundaries.map { say(.acrossBoundary($0)) }
        return TableReport(
            title: say(.targetsTitle(metric)), tables: [Table(columns: columns, rows: rows)], notes: notes)
    }
}
