import Analysis
import Messages
import Rendering

extension CompareResult {
    /// The JSON of `compare`, keys in the order of the output contract (the interval and test keys
    /// of a row only for rates given with counts).
    func json() -> JSONValue {
        let r = self
        return .object([
            ("metric", .string(r.metric.id)), ("from", .string(r.from.description)), ("to", .string(r.to.description)),
            ("basis", .str(r.basis?.rawValue)),
            (
                "rows",
                .array(
                    r.rows.map { row in
                        var members: [(String, JSONValue)] = [
                            ("unit", .string(row.unit)), ("from_value", .num(row.from)), ("to_value", .num(row.to)),
                            ("change", .num(row.change)), ("pct_change", .num(row.pctChange)),
                            ("improved", row.improved.map(JSONValue.bool) ?? .null),
                        ]
                        if row.acrossBoundary { members.append(("across_boundary", .bool(true))) }
                        switch row.basis {
                        case .asPublished: break
                        case .pooled(let olds): members.append(("pooled_from", .strings(olds)))
                        case .predecessor(let old): members.append(("predecessor", .string(old)))
                        case .reconstructed(let olds, let weight):
                            members += [("reconstructed_from", .strings(olds)), ("weight", .string(weight))]
                        }
                        if let q = row.percentiles {
                            members += [("from_percentile_rank", .num(q.from)), ("to_percentile_rank", .num(q.to))]
                        }
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
            (
                "notes",
                jsonNotes(
                    r.omissions, r.conflicts, (r.mixedPeriods ? [.mixedPeriods(r.from, r.to)] : []) + r.boundaryFindings
                )
            ),
        ])
    }

    /// The statements of the comparison across reorganisations: each unit's, then how ranks are
    /// compared across them.
    var boundaryFindings: [Finding] {
        var out = boundaries.map(Finding.acrossBoundary) + basisNotes.map(Finding.basis)
        if basis == nil, boundaries.contains(where: { $0.reorganisation.role == .successor }) {
            out.append(.basisAvailable)
        }
        if rows.contains(where: { $0.percentiles != nil }) { out.append(.percentileRanks) }
        if !ranksWithoutSize.isEmpty { out.append(.ranksWithoutSize(ranksWithoutSize)) }
        return out
    }

    /// The table of `compare`: each unit's two values, change, change in percent and whether it
    /// improved (with Newcombe intervals and Holm-adjusted p for rates with counts); notes on
    /// the paired t-test, Wilcoxon, what could not be computed and conflicting sources.
    func report(_ f: Formatter) -> TableReport {
        let say = Catalog(f.lang)
        let result = self
        let withCounts = result.rows.contains { $0.counts != nil }
        // No percent change of a rank (see CompareResult), nor in a table of a percentage: beside
        // its change in percentage points, "+0.63%" is the figure reports misquote. JSON keeps it.
        let withPercent = result.metric.kind != .rank && result.metric.kind != .percent
        var columns: [Table.Column] = [
            .init(say(.unit), wraps: true), .init(say.periodLabel(result.from), .right),
            .init(say.periodLabel(result.to), .right),
            .init(say(.change), .right),
        ]
        if withPercent { columns.append(.init(say(.changePercent), .right)) }
        // A rank across a reorganisation: its places do not compare, its percentile ranks do.
        let withPercentiles = result.rows.contains { $0.isRank && $0.acrossBoundary }
        if withPercentiles { columns.append(.init(say(.percentileRank), .right)) }
        columns.append(.init(say(.improved)))
        if withCounts {
            columns += [
                .init(say(.newcombeDifference), .right), .init(say(.p), .right), .init(say(.pHolm), .right),
            ]
        }
        let rows = result.rows.map { r -> [String] in
            let mark: String =
                switch r.improved {
                case true?: f.mark(better: true, say(.yes))
                case false? where r.movement == 0: f.mark(better: nil)
                case false?: f.mark(better: false, say(.no))
                case nil: "—"
                }
            let placesCompare = !(r.isRank && r.acrossBoundary)
            // A reconstruction is labelled as one: it is the analyst's estimate, not a published figure.
            let name: String = if case .reconstructed = r.basis { say(.reconstructedUnit(r.unit)) } else { r.unit }
            var cells = [name, f.value(r.from), f.value(r.to), placesCompare ? f.change(r.change) : "—"]
            if withPercent { cells.append(r.pctChange.map { f.change($0, decimals: 0) + "%" } ?? "—") }
            if withPercentiles {
                cells.append(
                    r.percentiles.map { "\(f.number($0.from, 1))% → \(f.number($0.to, 1))%" } ?? "—")
            }
            cells.append(mark)
            if withCounts {
                cells += [
                    f.interval(r.counts?.differenceInterval, f.decimals), f.p(r.counts?.pValue),
                    f.p(r.counts?.pAdjusted),
                ]
            }
            return cells
        }
        let title = say(
            .compareTitle(result.metric, from: result.from, to: result.to, level: result.level, tier: result.tier))
        var notes: [String] = []
        if result.mixedPeriods { notes.append(say(.mixedPeriods(result.from, result.to))) }
        // Ranks across a reorganisation: their changes and tests are in percentile points, not places.
        let onPercentiles = result.rows.contains { $0.percentiles != nil }
        notes.append(
            onPercentiles
                ? say(.testsOnPercentileRanks)
                : say(.changes(result.metric.kind, improved: result.improvedCount, worsened: result.worsenedCount)))
        notes += result.boundaryFindings.map { say($0) }
        if let t = result.pairedT {
            notes.append(
                say(
                    .pairedT(
                        meanChange: f.change(t.meanDifference, decimals: 1), interval: f.interval(t.interval),
                        t: f.number(t.t, 2), df: t.degreesOfFreedom, p: f.p(t.pValue))))
        }
        if let w = result.wilcoxon {
            notes.append(
                say(.wilcoxon(w: f.number(w.statistic, 1), p: f.p(w.pValue), method: w.pMethod, n: w.nUsed)))
        }
        // The table has no percent column for ranks and rates: nothing is missing from it.
        notes += result.omissions.filter { $0 != .percentChangeOfRank }.map { say(.notComputed($0)) }
        if !result.notInBoth.isEmpty { notes.append(say(.notInBothPeriods(result.notInBoth))) }
        notes += conflictNotes(result.conflicts, say)
        var report = TableReport(title: title, tables: [Table(columns: columns, rows: rows)], notes: notes)
        if result.rows.count >= 2 {
            // The largest moves in places, of the rows whose places compare.
            let placed = result.rows.filter { !($0.isRank && $0.acrossBoundary) }
            let best = placed.filter { $0.improved == true }.max { abs($0.change) < abs($1.change) }
            let worst = placed.filter { $0.improved == false }.max { abs($0.change) < abs($1.change) }
            report.findings = say(
                .changes(
                    from: result.from, to: result.to, improved: result.improvedCount, worsened: result.worsenedCount,
                    total: result.rows.count, best: best?.unit, bestChange: f.change(best?.change),
                    worst: worst?.unit, worstChange: f.change(worst?.change), kind: result.metric.kind,
                    p: result.pairedT.map { f.p($0.pValue) }, significant: (result.pairedT?.pValue ?? 1) < 0.05))
        }
        if let across = reorganisationSummary(result.boundaries) {
            report.findings = [report.findings, say(across)].filter { !$0.isEmpty }.joined(separator: " ")
        }
        return report
    }
}

/// The sentence of findings for units compared across a reorganisation (nil when none is): the
/// units, in the order of the notes, and the first date a change took effect.
func reorganisationSummary(_ notes: [BoundaryNote]) -> Summary? {
    guard let first = notes.map(\.reorganisation.effective).min() else { return nil }
    var seen = Set<String>()
    return .acrossReorganisation(units: notes.map(\.unit).filter { seen.insert($0).inserted }, effective: first)
}
