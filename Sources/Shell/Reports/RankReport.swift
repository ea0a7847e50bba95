import Analysis
import Messages
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
            (
                "notes",
                jsonNotes(
                    r.omissions, r.conflicts, r.mixedPeriods ? r.versus.map { [.mixedPeriods($0, r.period)] } ?? [] : []
                )
            ),
        ])
    }

    /// The table of `rank`: ranks, values, official and earlier ranks; notes on the level, the
    /// biggest movers, the rank correlation with the earlier period and conflicting sources.
    /// `levelChosen`: whether `--level` was given (else a note names the other levels present).
    func report(_ f: Formatter, levelChosen: Bool) -> TableReport {
        let say = Catalog(f.lang)
        let hasOfficial = rows.contains { $0.officialRank != nil }
        var columns: [Table.Column] = [
            .init(say(.rank), .right), .init(say(.unit), wraps: true), .init(say(.value), .right),
        ]
        if hasOfficial { columns.append(.init(say(.officialRank), .right)) }
        if versus != nil {
            columns += [
                .init(say(.previousValue), .right), .init(say(.previousRank), .right), .init(say(.change), .right),
            ]
        }
        let cells = rows.map { r -> [String] in
            var cells = [r.rank.map(String.init) ?? "—", r.unit, f.value(r.value)]
            if hasOfficial { cells.append(r.officialRank.map(String.init) ?? "—") }
            if versus != nil {
                cells += [
                    f.value(r.previousValue), r.previousRank.map(String.init) ?? "—", rankChange(r.rankChange, f),
                ]
            }
            return cells
        }
        let title = say(.rankTitle(metric, period: period, versus: versus, level: level))
        var notes: [String] = []
        if !otherLevels.isEmpty, !levelChosen { notes.append(say(.levelChoice(level, others: otherLevels))) }
        if mixedPeriods, let versus { notes.append(say(.mixedPeriods(versus, period))) }
        if let up = biggestRise { notes.append(say(.movedUpMost(up.units, places: up.places))) }
        if let down = biggestFall { notes.append(say(.movedDownMost(down.units, places: down.places))) }
        if versus != nil {
            if let s = spearman, let k = kendall {
                notes.append(
                    say(
                        .rankCorrelation(
                            rho: f.number(s.rho, 3), rhoP: f.p(s.pValue), tau: f.number(k.tauB, 3), tauP: f.p(k.pValue),
                            n: s.n)))
            }
            notes += omissions.map { say(.notComputed($0)) }
            if !notInBoth.isEmpty { notes.append(say(.notInBothPeriods(notInBoth))) }
        }
        notes += conflictNotes(conflicts, say)
        return TableReport(title: title, tables: [Table(columns: columns, rows: cells)], notes: notes)
    }
}

/// ▲ n for a unit that moved up n places, ▼ n for down, ＝ for no change, — when unknown.
private func rankChange(_ change: Int?, _ f: Formatter) -> String {
    guard let change else { return "—" }
    return change > 0
        ? f.mark(better: true, "\(change)") : change < 0 ? f.mark(better: false, "\(-change)") : f.mark(better: nil)
}
