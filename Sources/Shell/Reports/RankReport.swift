import Analysis
import Messages
import Rendering

extension RankResult {
    /// The JSON of `rank`, keys in the order of the output contract; `ranked_among` and
    /// `change_basis` (official, computed or none) come before `notes`. `prev_rank` is on the
    /// change basis.
    func json() -> JSONValue {
        let r = self
        let basis: String? =
            switch r.changeBasis {
            case .official?: "official"
            case .computed?: "computed"
            case .differentSets?: "none"
            case nil: nil
            }
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
                            ("percentile_rank", .num(row.percentile)),
                            ("prev_percentile_rank", .num(row.previousPercentile)),
                        ])
                    })
            ),
            ("spearman", StatisticsJSON.spearman(r.spearman, n: 0)),
            ("kendall", StatisticsJSON.kendall(r.kendall, n: 0)),
            ("not_in_both", .strings(r.notInBoth)),
            ("ranked_among", .int(r.ranked)),
            ("change_basis", .str(basis)),
            ("notes", jsonNotes(r.omissions, r.conflicts, findings)),
        ])
    }

    /// What qualifies the ranks and their changes: periods of different kinds, ranks among a part
    /// of the published ranking, units of several parents ranked together, the change basis.
    var findings: [Finding] {
        var out: [Finding] = []
        if mixedPeriods, let versus { out.append(.mixedPeriods(versus, period)) }
        // One published ranking only: units of several parents come from several rankings.
        if isPartial, parents.isEmpty, let rankingSize, rankingSize > ranked {
            out.append(.rankedAmong(ranked: ranked, size: rankingSize, period: period))
        }
        if !parents.isEmpty { out.append(.rankedAcrossParents(level, parents: parents)) }
        if let changeBasis, let versus { out.append(.rankChangeBasis(changeBasis, period: period, versus: versus)) }
        out += boundaries.map(Finding.acrossBoundary)
        if acrossReorganisation { out.append(.percentileRanks) }
        return out
    }

    /// The table of `rank`: ranks, values, official and earlier ranks; notes on the level, what
    /// the ranks and their changes are computed among, the biggest movers, the rank correlation
    /// with the earlier period and conflicting sources.
    /// `levelChosen`: whether `--level` was given (else a note names the other levels present).
    ///
    /// A computed rank among a part of the units says so in its heading ("Rank among 3 with
    /// data"); the earlier rank's heading names its basis ("Prev. official rank" when the changes
    /// are between published ranks); without a change basis there is no Change column.
    func report(_ f: Formatter, levelChosen: Bool) -> TableReport {
        let say = Catalog(f.lang)
        let hasOfficial = rows.contains { $0.officialRank != nil }
        let differentSets: Bool = if case .differentSets? = changeBasis { true } else { false }
        var columns: [Table.Column] = [
            .init(isPartial || differentSets ? say(.rankAmong(ranked)) : say(.rank), .right),
            .init(say(.unit), wraps: true), .init(say(.value), .right),
        ]
        if hasOfficial { columns.append(.init(say(.officialRank), .right)) }
        if let changeBasis {
            let previous: String =
                switch changeBasis {
                case .official: say(.previousOfficialRank)
                case .computed: say(.previousRank)
                case .differentSets: say(.previousRankAmong(rankedBefore))
                }
            columns += [.init(say(.previousValue), .right), .init(previous, .right)]
            if !differentSets { columns.append(.init(say(.change), .right)) }
        }
        // Across a reorganisation both are shown: the published places and their percentile ranks.
        if acrossReorganisation {
            columns += [.init(say(.previousPercentileRank), .right), .init(say(.percentileRank), .right)]
        }
        let cells = rows.map { r -> [String] in
            var cells = [r.rank.map(String.init) ?? "—", r.unit, f.value(r.value)]
            if hasOfficial { cells.append(r.officialRank.map(String.init) ?? "—") }
            if changeBasis != nil {
                cells += [f.value(r.previousValue), r.previousRank.map(String.init) ?? "—"]
                if !differentSets { cells.append(rankChange(r.rankChange, f)) }
            }
            if acrossReorganisation {
                cells += [r.previousPercentile, r.percentile].map { p in p.map { f.number($0, 1) + "%" } ?? "—" }
            }
            return cells
        }
        let title = say(.rankTitle(metric, period: period, versus: versus, level: level, tier: tier))
        var notes: [String] = []
        if !otherLevels.isEmpty, !levelChosen { notes.append(say(.levelChoice(level, others: otherLevels))) }
        notes += findings.map { say($0) }
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
        var report = TableReport(title: title, tables: [Table(columns: columns, rows: cells)], notes: notes)
        report.findings = say.paragraph(summaries(f, differentSets: differentSets))
        return report
    }

    /// The ranking in words: who leads and how its rank moved, who rose and fell most, how
    /// closely the ranking agrees with the earlier one.
    func summaries(_ f: Formatter, differentSets: Bool) -> [Summary] {
        var out: [Summary] = []
        if let top = rows.first(where: { $0.rank == 1 }), let value = top.value {
            out.append(
                .leader(
                    unit: top.unit, value: f.value(value), period: period, move: differentSets ? nil : top.rankChange,
                    versus: versus, among: isPartial ? ranked : nil))
        }
        if biggestRise != nil || biggestFall != nil {
            out.append(
                .biggestMoves(
                    up: biggestRise?.units ?? [], upPlaces: biggestRise?.places ?? 0, down: biggestFall?.units ?? [],
                    downPlaces: abs(biggestFall?.places ?? 0)))
        }
        if let versus, let s = spearman {
            out.append(
                .rankingsAgree(period: period, versus: versus, rho: f.number(s.rho, 3), strength: .init(rho: s.rho)))
        }
        if let across = reorganisationSummary(boundaries) { out.append(across) }
        return out
    }
}

/// ▲ n for a unit that moved up n places, ▼ n for down, ＝ for no change, — when unknown.
private func rankChange(_ change: Int?, _ f: Formatter) -> String {
    guard let change else { return "—" }
    return change > 0
        ? f.mark(better: true, "\(change)") : change < 0 ? f.mark(better: false, "\(-change)") : f.mark(better: nil)
}
