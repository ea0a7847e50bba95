import Panel

/// The consistency report a careful analyst wants before writing a review.
///
/// Rules (each finding is a ``Diagnostic`` with a stable code):
/// - `out-of-range` (error): a value outside its metric's valid range.
/// - `rank-exceeds-rank-of` / `bad-rank` (error): a rank larger than the size of its ranking, or below 1.
/// - `rate-mismatch` (error): a rate that differs from 100 · numerator / denominator by more
///   than half a unit of its last written decimal (99.17 allows ±0.005).
/// - `numerator-exceeds-denominator` (error), `zero-denominator` (error).
/// - `counts-do-not-add-up` (error): resolved + pending + ineligible ≠ received, or known parts
///   exceeding the total; on-time + late ≠ resolved.
/// - `denominator-mismatch` (warning): a rate's denominator differs from the dossier count it
///   should equal (on-time → resolved, online filing → received).
/// - `rank-contradicts-scores` (error): within a metric, period and peer group (level, parent,
///   tier, same ranking size) a unit with a better score holds a worse official rank.
///   `tied-scores-different-ranks` (warning): equal scores, different ranks (often rounding).
/// - `source-conflict` (warning): different sources give different figures for the same
///   unit, period, metric and tier (same-source contradictions are load errors).
/// - `gap` (warning): a unit's series lacks periods, between its first and last, in which its
///   peers (same level and parent) have the metric.
/// - `unit-after-its-end`, `unit-before-its-start`, `mixed-boundaries` (warnings): figures that
///   do not fit a crosswalk's dates (``boundaries(_:)``).
public enum Consistency {
    /// The errors among the figures of `metrics` (and the dossier counts they add up with): the
    /// rules of ``check(_:)`` that make a figure wrong — ranges, ranks, rates against their
    /// counts, totals, ranks against scores — without the warnings, on those metrics only.
    /// Analyses use it to refuse (or leave out) figures that `check` calls errors.
    public static func errors(among metrics: Set<String>, in panel: Panel) -> [Diagnostic] {
        let only = indices(of: metrics, in: panel)
        var out = ranges(panel, only) + rates(panel, only) + rankOrder(panel, only)
        if !metrics.isDisjoint(with: dossierMetrics) {
            out += countTotals(panel, indices(of: dossierMetrics, in: panel))
        }
        return out.filter { $0.severity == .error }
    }

    /// The indices of the observations of `metrics`.
    static func indices(of metrics: Set<String>, in panel: Panel) -> [Int] {
        // By metric, without building every figure; merged back into the panel's order.
        metrics.flatMap { panel.observations.indices(ofMetric: $0) }.sorted()
    }

    /// The metrics the dossier totals relate.
    static let dossierMetrics: Set<String> = [
        "dossiers_received", "dossiers_resolved", "dossiers_pending", "dossiers_ineligible", "on_time_rate",
        "late_rate", "online_filing_rate",
    ]

    public static func check(_ panel: Panel) -> [Diagnostic] {
        var out: [Diagnostic] = []
        out += ranges(panel)
        out += rates(panel)
        out += countTotals(panel)
        out += rankOrder(panel)
        out += sourceConflicts(panel)
        out += gaps(panel)
        out += boundaries(panel)
        return out.sorted {
            ($0.location ?? .init(file: "", line: 0, column: 0)) < ($1.location ?? .init(file: "", line: 0, column: 0))
        }
    }

    static func figure(_ panel: Panel, _ o: Observation) -> FigureName {
        FigureName(unit: panel.unit(of: o).name, period: o.period, metric: o.metric, tier: o.tier)
    }

    // MARK: ranges and ranks

    static func ranges(_ panel: Panel, _ only: [Int]? = nil) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let observations = panel.observations
        let metricIDs = observations.metricIDs
        // Figures come in runs of one metric: its definition is looked up once per run. Only the
        // packed value and rank are read; a figure is built when it has a problem to report.
        var current: (key: Int, metric: Metric)?
        for i in only ?? Array(observations.indices) {
            let (key, written) = observations.writtenValue(at: i)
            if let v = written {
                if current?.key != key { current = (key, panel.metric(metricIDs[key])) }
                if let m = current?.metric, !m.accepts(v) {
                    let o = observations[i]
                    out.append(
                        Diagnostic(
                            .outOfRange(figure(panel, o), value: v, min: m.min, max: m.max),
                            at: panel.location(o.valueOrigin)))
                }
            }
            let (rank, rankOf) = observations.ranking(at: i)
            guard let r = rank, r < 1 || rankOf.map({ r > $0 }) == true else { continue }
            let o = observations[i]
            if r < 1 {
                out.append(
                    Diagnostic(.rankBelowOne(figure(panel, o), rank: r), at: panel.location(o.rankOrigin)))
            }
            if let of = o.rankOf, r > of {
                out.append(
                    Diagnostic(.rankExceedsRankOf(figure(panel, o), rank: r, of: of), at: panel.location(o.rankOrigin)))
            }
        }
        return out
    }

    static func rates(_ panel: Panel, _ only: [Int]? = nil) -> [Diagnostic] {
        // Without counts there is nothing to check, and no figure need be built.
        guard panel.observations.hasCounts else { return [] }
        var out: [Diagnostic] = []
        let observations = panel.observations
        for i in only ?? Array(observations.indices) {
            let o = observations[i]
            guard let n = o.numerator, let d = o.denominator else { continue }
            let m = panel.metric(o.metric)
            let isRate = m.kind == .percent || panel.metrics[o.metric] == nil
            guard isRate else { continue }
            if d == 0 {
                out.append(
                    Diagnostic(.zeroDenominator(figure(panel, o)), at: panel.location(o.origin)))
                continue
            }
            if n > d {
                out.append(
                    Diagnostic(
                        .numeratorExceedsDenominator(figure(panel, o), numerator: n, denominator: d),
                        at: panel.location(o.origin)))
            }
            guard let v = o.value, !o.valueComputed else { continue }
            let expected = 100 * n / d
            let decimals = o.valueDecimals ?? 2
            var unit = 1.0
            for _ in 0..<decimals { unit /= 10 }
            let tolerance = unit / 2 + 1e-9
            if (v - expected).magnitude > tolerance {
                out.append(
                    Diagnostic(
                        .rateMismatch(figure(panel, o), value: v, numerator: n, denominator: d, decimals: decimals),
                        at: panel.location(o.valueOrigin)))
            }
        }
        return out
    }

    // MARK: counts

    struct CountKey: Hashable {
        var unit: Int
        var period: Period
        var tier: Tier?
    }

    static func countTotals(_ panel: Panel, _ only: [Int]? = nil) -> [Diagnostic] {
        var byKey: [CountKey: [String: Observation]] = [:]
        for i in only ?? Array(panel.observations.indices) {
            let o = panel.observations[i]
            let key = CountKey(unit: o.unit, period: o.period, tier: o.tier)
            if byKey[key]?[o.metric] == nil { byKey[key, default: [:]][o.metric] = o }
        }
        var out: [Diagnostic] = []
        for (key, metrics) in byKey {
            let what = FigureName(
                unit: panel.units.units[key.unit].name, period: key.period, metric: nil, tier: key.tier)
            func v(_ id: String) -> Double? { metrics[id]?.value }
            if let received = metrics["dossiers_received"], let total = received.value {
                let partIDs = ["dossiers_resolved", "dossiers_pending", "dossiers_ineligible"]
                let parts = partIDs.compactMap { id in v(id).map { CountPart(metric: id, value: $0) } }
                let sum = parts.reduce(0) { $0 + $1.value }
                if parts.count == partIDs.count, sum != total {
                    out.append(
                        Diagnostic(
                            .partsDoNotAddUp(what, parts: parts, total: total), at: panel.location(received.valueOrigin)
                        ))
                } else if parts.count < partIDs.count, sum > total {
                    out.append(
                        Diagnostic(
                            .partsExceedTotal(what, parts: parts, total: total),
                            at: panel.location(received.valueOrigin)))
                }
            }
            if let resolved = v("dossiers_resolved") {
                if let onTime = metrics["on_time_rate"], let n = onTime.numerator,
                    let late = metrics["late_rate"]?.numerator,
                    n + late != resolved
                {
                    out.append(
                        Diagnostic(
                            .onTimeAndLateDoNotAddUp(what, onTime: n, late: late, resolved: resolved),
                            at: panel.location(onTime.origin)))
                }
                for id in ["on_time_rate", "late_rate"] {
                    if let o = metrics[id], let d = o.denominator, d != resolved {
                        out.append(
                            Diagnostic(
                                .denominatorIsNotResolved(what, metric: id, denominator: d, resolved: resolved),
                                at: panel.location(o.origin)))
                    }
                }
            }
            if let received = v("dossiers_received"), let o = metrics["online_filing_rate"], let d = o.denominator,
                d != received
            {
                out.append(
                    Diagnostic(
                        .denominatorIsNotReceived(
                            what, metric: "online_filing_rate", denominator: d, received: received),
                        at: panel.location(o.origin)))
            }
        }
        return out
    }

    // MARK: ranks against scores

    struct PeerKey: Hashable {
        var metric: String
        var period: Period
        var level: UnitLevel?
        var parent: String?
        var tier: Tier?
    }

    static func rankOrder(_ panel: Panel, _ only: [Int]? = nil) -> [Diagnostic] {
        guard panel.observations.hasRanks else { return [] }
        var groups: [PeerKey: [Observation]] = [:]
        let observations = panel.observations
        for i in only ?? Array(observations.indices) {
            let o = observations[i]
            guard o.rank != nil, o.value != nil, !o.valueComputed else { continue }
            let u = panel.unit(of: o)
            let key = PeerKey(
                metric: o.metric, period: o.period, level: u.level, parent: u.parent.map(Names.fold), tier: o.tier)
            groups[key, default: []].append(o)
        }
        var out: [Diagnostic] = []
        for (key, list) in groups {
            let better = panel.metric(key.metric).better
            guard better != .none, list.count > 1 else { continue }
            var seen: Set<[Int]> = []
            let sorted = list.sorted { panel.location($0.origin) < panel.location($1.origin) }
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] where a.unit != b.unit {
                    if let x = a.rankOf, let y = b.rankOf, x != y { continue }
                    guard let va = a.value, let vb = b.value, let ra = a.rank, let rb = b.rank else { continue }
                    let units = [min(a.unit, b.unit), max(a.unit, b.unit)]
                    guard !seen.contains(units) else { continue }
                    let aBetter = better == .higher ? va > vb : va < vb
                    let bBetter = better == .higher ? vb > va : vb < va
                    let pair = RankPair(
                        metric: key.metric, period: key.period, unit: panel.unit(of: b).name, value: vb, rank: rb,
                        other: panel.unit(of: a).name, otherValue: va, otherRank: ra, otherLine: Int(a.origin.line),
                        otherFile: a.origin.input == b.origin.input ? nil : panel.input(of: a.origin))
                    if (aBetter && ra > rb) || (bBetter && rb > ra) {
                        seen.insert(units)
                        out.append(
                            Diagnostic(
                                .rankContradictsScores(pair, better: better), at: panel.location(b.rankOrigin),
                                related: [panel.location(a.origin)]))
                    } else if va == vb, ra != rb {
                        seen.insert(units)
                        out.append(
                            Diagnostic(
                                .tiedScoresDifferentRanks(pair), at: panel.location(b.rankOrigin),
                                related: [panel.location(a.origin)]))
                    }
                }
            }
        }
        return out
    }

    // MARK: sources

    static func sourceConflicts(_ panel: Panel) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for group in panel.repeatedKeys() {
            let list = group.map { panel.observations[$0] }
            guard sourcesConflict(list), let first = list.first, let last = list.last else { continue }
            let figures = list.map { o in
                SourcedFigure(
                    value: o.value, rank: o.rank, rankOf: o.rankOf, line: Int(o.origin.line),
                    file: o.origin.input == last.origin.input ? nil : panel.input(of: o.origin), source: o.source)
            }
            out.append(
                Diagnostic(
                    .sourceConflict(figure(panel, first), figures: figures), at: panel.location(last.valueOrigin),
                    related: list.dropLast().map { panel.location($0.origin) }))
        }
        return out
    }

    // MARK: gaps

    struct SeriesKey: Hashable {
        var unit: Int
        var metric: String
        var tier: Tier?
        var kind: Period.Kind
    }

    struct PeerSeriesKey: Hashable {
        var level: UnitLevel?
        var parent: String?
        var metric: String
        var tier: Tier?
        var kind: Period.Kind
    }

    static func gaps(_ panel: Panel) -> [Diagnostic] {
        var series: [SeriesKey: [Period: Observation]] = [:]
        var peerPeriods: [PeerSeriesKey: Set<Period>] = [:]
        let regular: Set<Period.Kind> = [.year, .half, .quarter, .month, .cumulative]
        for o in panel.observations where regular.contains(o.period.kind) {
            let u = panel.unit(of: o)
            let key = SeriesKey(unit: o.unit, metric: o.metric, tier: o.tier, kind: o.period.kind)
            if series[key]?[o.period] == nil { series[key, default: [:]][o.period] = o }
            let peer = PeerSeriesKey(
                level: u.level, parent: u.parent.map(Names.fold), metric: o.metric, tier: o.tier, kind: o.period.kind)
            peerPeriods[peer, default: []].insert(o.period)
        }
        var out: [Diagnostic] = []
        for (key, byPeriod) in series {
            let periods = byPeriod.keys.sorted()
            guard let first = periods.first, let last = periods.last, periods.count >= 2 else { continue }
            let u = panel.units.units[key.unit]
            let peer = PeerSeriesKey(
                level: u.level, parent: u.parent.map(Names.fold), metric: key.metric, tier: key.tier, kind: key.kind)
            let expected = (peerPeriods[peer] ?? []).filter { $0 > first && $0 < last && $0.kind == key.kind }
            let missing = expected.subtracting(periods).sorted()
            guard let firstMissing = missing.first else { continue }
            let after = periods.first { $0 > firstMissing } ?? last
            let place = byPeriod[after].map { panel.location($0.origin) }
            out.append(
                Diagnostic(
                    .gap(unit: u.name, metric: key.metric, tier: key.tier, from: first, to: last, missing: missing),
                    at: place))
        }
        return out
    }
}
