import Analysis
import Rendering

extension RankResult {
    /// The JSON of `rank`, keys in the order of the output contract.
    func json() -> JSONValue {
        let r = self
        return .object([
            ("metric", .string(r.metric.id)), ("period", .string(r.period.description)),
            ("vs", .str(r.versus?.description)),
            ("direction", .string(r.metric.better.rawValue)),
            (
                "rows",
                .array(
                    r.rows.map { row in
                        .object([
                            ("unit", .string(row.unit)), ("value", .num(row.value)), ("rank", .int(row.rank)),
                            ("official_rank", .int(row.officialRank)), ("prev_value", .num(row.previousValue)),
                            ("prev_rank", .int(row.previousRank)), ("rank_change", .int(row.rankChange)),
                        ])
                    })
            ),
            ("spearman", StatisticsJSON.spearman(r.spearman, n: 0)),
            ("kendall", StatisticsJSON.kendall(r.kendall, n: 0)),
            ("not_in_both", .strings(r.notInBoth)),
            ("notes", .strings(r.reasons + r.conflicts)),
        ])
    }

    /// The table of `rank`: ranks, values, official and earlier ranks; notes on the level, the
    /// biggest movers, the rank correlation with the earlier period and conflicting sources.
    /// `levelChosen`: whether `--level` was given (else a note names the other levels present).
    func report(_ f: Formatter, levelChosen: Bool) -> TableReport {
        let lang = f.lang
        let hasOfficial = self.rows.contains { $0.officialRank != nil }
        var columns: [Table.Column] = [
            .init(lang("Rank"), .right), .init(lang("Unit"), wraps: true), .init(lang("Value"), .right),
        ]
        if hasOfficial { columns.append(.init(lang("Official rank"), .right)) }
        if versus != nil {
            columns += [
                .init(lang("Prev. value"), .right), .init(lang("Prev. rank"), .right), .init(lang("Change"), .right),
            ]
        }
        let rows = self.rows.map { r -> [String] in
            var cells = [r.rank.map(String.init) ?? "—", r.unit, f.value(r.value)]
            if hasOfficial { cells.append(r.officialRank.map(String.init) ?? "—") }
            if versus != nil {
                cells += [
                    f.value(r.previousValue), r.previousRank.map(String.init) ?? "—", rankChange(r.rankChange, f),
                ]
            }
            return cells
        }
        let title =
            "\(f.name) · \(period)" + (versus.map { " vs \($0)" } ?? "")
            + " · \(level.map { lang($0.rawValue) } ?? "") · \(f.direction)"
        var notes: [String] = []
        if !otherLevels.isEmpty, !levelChosen {
            notes.append(
                "\(lang("Level")): \(level.map { lang($0.rawValue) } ?? "—") (\(lang("also present")): \(otherLevels.map { lang($0.rawValue) }.joined(separator: ", ")); \(lang("use --level to choose")))"
            )
        }
        if let up = biggestRise {
            notes.append(
                "\(lang("Moved up most")): \(up.units.joined(separator: ", ")) (+\(up.places) \(lang("places")))")
        }
        if let down = biggestFall {
            notes.append(
                "\(lang("Moved down most")): \(down.units.joined(separator: ", ")) (\(down.places) \(lang("places")))")
        }
        if versus != nil {
            if let s = spearman, let k = kendall {
                notes.append(
                    "\(lang("Rank correlation with the earlier period")): Spearman ρ = \(f.number(s.rho, 3)) (p = \(f.p(s.pValue))), Kendall τ-b = \(f.number(k.tauB, 3)) (p = \(f.p(k.pValue))), n = \(s.n)"
                )
            }
            notes += reasons.map { "\(lang("Not computed")): \($0)" }
            if !notInBoth.isEmpty {
                notes.append("\(lang("Not in both periods")): \(notInBoth.joined(separator: ", "))")
            }
        }
        notes += conflictNotes(conflicts, lang)
        return TableReport(title: title, tables: [Table(columns: columns, rows: rows)], notes: notes)
    }
}

/// ▲ n for a unit that moved up n places, ▼ n for down, ＝ for no change, — when unknown.
private func rankChange(_ change: Int?, _ f: Formatter) -> String {
    guard let change else { return "—" }
    return change > 0
        ? f.mark(better: true, "\(change)") : change < 0 ? f.mark(better: false, "\(-change)") : f.mark(better: nil)
}
