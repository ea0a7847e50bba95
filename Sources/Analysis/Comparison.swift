import Panel
import Statistics

/// A metric in one period against another, unit by unit.
///
/// change = to − from (percentage points for a percent metric), pctChange = 100·change/from —
/// except for ranks: a change of places is not a proportion of a rank (6 → 4 is not "−33 %"),
/// so a rank metric has no pctChange and ``omissions`` says so.
/// `improved` follows the metric's direction (for a lower-is-better metric a fall is an
/// improvement; for a metric with no direction it is nil). Paired tests use the units present in
/// both periods: the paired t-test of (to, from) and the Wilcoxon signed-rank test of to − from.
/// For rates given with counts in both periods each row also has the Wilson intervals, the
/// Newcombe interval of the difference and the pooled two-proportion z-test, Holm-adjusted over
/// the rows.
///
/// Across a reorganisation (a unit's two periods on different sides of its crosswalk's date, or
/// one straddling it) ``boundaries`` holds a note per unit; a rank metric's row there is judged by
/// percentile ranks (``PercentileRank``), never by places in rankings of different sizes: its
/// ``Row/percentiles`` are set when both periods give the ranking's size, and `improved` follows
/// them (nil without them), and the paired tests run on them.
public struct CompareResult: Sendable {
    public struct Row: Sendable {
        public var unit: String
        public var from: Double
        public var to: Double
        public var change: Double { to - from }
        /// 100·change/from; nil when `from` is 0 and for ranks.
        public var pctChange: Double? { from == 0 || isRank ? nil : 100 * (to - from) / from }
        /// Whether the values are ranks (which have no percent change).
        public var isRank: Bool
        public var improved: Bool?
        public var counts: Counts?
        /// The row's figures lie across a reorganisation: of the unit (``boundaries`` says which), or
        /// for a rank, of the units ranked (63 provinces, then 34).
        public var acrossBoundary: Bool = false
        /// For a rank across a reorganisation: the percentile ranks of both periods.
        public var percentiles: PercentilePair?

        /// What the row compares: the unit with itself, pooled old units, or one old unit.
        public var basis: RowBasis = .asPublished

        /// What the verdict rests on: the change of percentile rank where there is one, else `change`.
        public var movement: Double { percentiles.map { $0.to - $0.from } ?? change }
    }

    /// A rank of each period as a percentile rank (0 = first, 100 = last).
    public struct PercentilePair: Hashable, Sendable {
        /// The earlier period's percentile rank.
        public var from: Double
        /// The later period's percentile rank.
        public var to: Double
    }

    /// The proportion view of a row whose rate comes with counts (intervals in the rate's scale).
    public struct Counts: Sendable {
        public var fromInterval: ConfidenceInterval
        public var toInterval: ConfidenceInterval
        public var differenceInterval: ConfidenceInterval
        public var pValue: Double?
        public var pAdjusted: Double?
    }

    public var metric: Metric
    public var from: Period
    public var to: Period
    public var level: UnitLevel?
    /// The tier the figures were chosen at (`--tier`), nil for every tier.
    public var tier: Tier?
    public var rows: [Row]
    public var pairedT: PairedTTest?
    public var wilcoxon: WilcoxonSignedRank?
    /// The tests not computed, and why.
    public var omissions: [Omission]
    public var notInBoth: [String]
    public var conflicts: [MetricView.Conflict]
    /// The two periods are of different kinds (a quarter and 9 months), compared because that
    /// was allowed explicitly.
    public var mixedPeriods: Bool
    /// Units whose two periods lie on different sides of a reorganisation.
    public var boundaries: [BoundaryNote] = []
    /// Rank rows across a reorganisation without the ranking's size in both periods: no
    /// percentile rank, so no verdict.
    public var ranksWithoutSize: [String] = []
    /// The boundary asked for across reorganisations (`--basis`), and how each new unit was set
    /// against its old units on it.
    public var basis: BoundaryBasis?
    public var basisNotes: [BasisNote] = []

    public var improvedCount: Int { rows.filter { $0.improved == true }.count }
    public var worsenedCount: Int { rows.filter { $0.improved == false && $0.movement != 0 }.count }

    /// - Throws: ``AnalysisError/incomparablePeriods(earlier:later:reversed:mixedKinds:)`` when
    ///   `from` comes after `to`, or when they are of different kinds and `allowMixedPeriods` is false.
    public init(
        view: MetricView, selection: Selection, from: Period, to: Period, unit: Int?, allowMixedPeriods: Bool = false,
        basis: BoundaryBasis? = nil, weights: MetricView? = nil
    ) throws(AnalysisError) {
        self.basis = basis
        mixedPeriods = try PeriodPair(earlier: from, later: to).check(allowMixedKinds: allowMixedPeriods)
        // "Bình Phước" asked for in 2025: it is part of Đồng Nai then, said as such.
        if let unit, let ended = view.endedUnit(unit, in: to) { throw ended }
        let peers = view.peers(selection)
        metric = view.metric
        self.from = from
        self.to = to
        level = unit.map { view.panel.units.units[$0].level } ?? peers.level
        tier = selection.tier
        omissions = []
        let pool =
            unit.map { u in
                view.readings.filter { $0.unit == u && (selection.tier == nil || $0.tier == selection.tier) }
            } ?? peers.readings
        var before: [SeriesKey: Reading] = [:]
        var after: [SeriesKey: Reading] = [:]
        for r in pool where r.value != nil {
            if r.period == from { before[SeriesKey(unit: r.unit, tier: r.tier)] = r }
            if r.period == to { after[SeriesKey(unit: r.unit, tier: r.tier)] = r }
        }
        let keys = Set(before.keys).union(after.keys)
        guard !keys.isEmpty else {
            throw .noData(.noFigures(metric: view.metric.id, periods: [from, to]))
        }
        let rankingChanged = view.reorganisationBetween(level: level, earlier: from, later: to)
        let (pairs, taken, basisNotes) = view.comparedPairs(
            before: before, after: after, keys: keys, basis: basis, from: from, to: to, weights: weights)
        self.basisNotes = basisNotes
        var rows: [Row] = []
        for pair in pairs {
            let (key, a, b) = (pair.key, pair.from, pair.to)
            guard let x = a.value, let y = b.value else { continue }
            let improved: Bool? =
                switch view.metric.better {
                case .higher: y > x
                case .lower: y < x
                default: nil
                }
            var row = Row(
                unit: pair.label, from: x, to: y, isRank: view.metric.kind == .rank, improved: improved, counts: nil,
                basis: pair.basis)
            let isRank = view.metric.kind == .rank
            if view.crossesBoundary(key, earlier: from, later: to) || (isRank && rankingChanged) {
                row.acrossBoundary = true
                if isRank {
                    // Places in rankings of different sizes do not compare: percentile ranks do.
                    if let ra = a.officialRank, let na = a.rankOf, let rb = b.officialRank, let nb = b.rankOf,
                        let pa = PercentileRank.of(rank: ra, among: na), let pb = PercentileRank.of(rank: rb, among: nb)
                    {
                        row.percentiles = PercentilePair(from: pa, to: pb)
                        row.improved = pb < pa
                    } else {
                        row.improved = nil
                        ranksWithoutSize.append(row.unit)
                    }
                }
            }
            if let c0 = a.counts, let c1 = b.counts, let w0 = view.wilsonInterval(a), let w1 = view.wilsonInterval(b),
                let d = try? NewcombeInterval(
                    successes1: c1.successes, trials1: c1.trials, successes2: c0.successes, trials2: c0.trials)
            {
                let z = try? TwoProportionZTest(
                    successes1: c1.successes, trials1: c1.trials, successes2: c0.successes, trials2: c0.trials)
                row.counts = Counts(
                    fromInterval: w0, toInterval: w1, differenceInterval: d.interval.scaled(by: view.proportionScale),
                    pValue: z?.pValue, pAdjusted: nil)
            }
            rows.append(row)
        }
        let withP = rows.indices.filter { rows[$0].counts?.pValue != nil }
        if let adjusted = try? MultipleTesting.holm(withP.compactMap { rows[$0].counts?.pValue }) {
            for (i, p) in zip(withP, adjusted) { rows[i].counts?.pAdjusted = p }
        }
        rows.sort { $0.change != $1.change ? $0.change > $1.change : Names.fold($0.unit) < Names.fold($1.unit) }
        let compared = Set(pairs.map(\.key))
        notInBoth = keys.filter {
            (before[$0] == nil) != (after[$0] == nil) && !taken.contains($0) && !compared.contains($0)
        }
        .map { view.label($0, among: keys) }.sorted { Names.fold($0) < Names.fold($1) }
        conflicts = view.conflicts(among: Set(keys.map(\.unit)), periods: [from, to])
        // Each unit of the later period that a reorganisation made (compared or not) is stated.
        boundaries = view.boundaryNotes(after.keys, earlier: from, later: to)
        if view.metric.kind == .rank { omissions.append(.percentChangeOfRank) }
        // Ranks across a reorganisation are tested on their percentile ranks, never on places; a new
        // unit beside each of its old units is one unit, not several: those rows are not tested.
        let independent = rows.filter { if case .predecessor = $0.basis { false } else { true } }
        let tested =
            rankingChanged && view.metric.kind == .rank ? independent.filter { $0.percentiles != nil } : independent
        let x = tested.map { $0.percentiles?.from ?? $0.from }
        let y = tested.map { $0.percentiles?.to ?? $0.to }
        if unit != nil {
            // One unit: the rows are its tiers at most; paired tests across units do not apply.
        } else if tested.count >= 2 {
            do { pairedT = try PairedTTest(after: y, before: x) } catch { omissions.append(.failed(.pairedT, error)) }
        } else {
            omissions.append(.tooFewUnits(.pairedT, needed: 2, got: tested.count))
        }
        if !tested.isEmpty, unit == nil {
            do { wilcoxon = try WilcoxonSignedRank(differences: zip(y, x).map { $0 - $1 }) } catch {
                omissions.append(.failed(.wilcoxon, error))
            }
        }
        self.rows = rows
    }
}

/// Whether two metrics agree across the units of a peer group in one period.
public struct CorrelationResult: Sendable {
    public var first: Metric
    public var second: Metric
    public var period: Period
    public var level: UnitLevel?
    public var n: Int
    public var pearson: PearsonCorrelation?
    public var spearman: SpearmanCorrelation?
    public var kendall: KendallTau?
    /// The correlations not computed, and why.
    public var omissions: [Omission]
    /// Units with only one of the two metrics.
    public var onlyOne: [String]

    public init(_ a: MetricView, _ b: MetricView, selection: Selection, period: Period) throws(AnalysisError) {
        first = a.metric
        second = b.metric
        self.period = period
        let pa = a.peers(selection)
        level = pa.level
        var sel = selection
        sel.level = pa.level
        let pb = b.peers(sel)
        func values(_ readings: [Reading]) -> [SeriesKey: Double] {
            var out: [SeriesKey: Double] = [:]
            for r in readings where r.period == period {
                if let v = r.value { out[SeriesKey(unit: r.unit, tier: r.tier)] = v }
            }
            return out
        }
        let va = values(pa.readings)
        let vb = values(pb.readings)
        let both = Set(va.keys).intersection(vb.keys).sorted()
        let keys = Set(va.keys).union(vb.keys)
        onlyOne = keys.subtracting(both).map { a.label($0, among: keys) }.sorted { Names.fold($0) < Names.fold($1) }
        n = both.count
        omissions = []
        guard !keys.isEmpty else { throw .noData(.noFiguresOfEither(a.metric.id, b.metric.id, period: period)) }
        let x = both.compactMap { va[$0] }
        let y = both.compactMap { vb[$0] }
        do { pearson = try PearsonCorrelation(x: x, y: y) } catch { omissions.append(.failed(.pearson, error)) }
        do { spearman = try SpearmanCorrelation(x: x, y: y) } catch { omissions.append(.failed(.spearman, error)) }
        do { kendall = try KendallTau(x: x, y: y) } catch { omissions.append(.failed(.kendall, error)) }
    }
}

/// The distribution of a metric across a peer group in one period.
///
/// Outliers are the units more than 3 scaled MADs from the median (MAD × 1.4826, the normal
/// consistency constant; scipy's `median_abs_deviation(scale='normal')`).
public struct DistributionResult: Sendable {
    public var metric: Metric
    public var period: Period
    public var level: UnitLevel?
    public var summary: Summary
    /// The values summarised, in no particular order.
    public var values: [Double]
    public var lowest: [String]
    public var highest: [String]
    public var outliers: [String]

    public init(view: MetricView, selection: Selection, period: Period) throws(AnalysisError) {
        let peers = view.peers(selection)
        metric = view.metric
        self.period = period
        level = peers.level
        let rows = peers.readings.filter { $0.period == period && $0.value != nil }
        let keys = Set(rows.map { SeriesKey(unit: $0.unit, tier: $0.tier) })
        let named = rows.compactMap { r in
            r.value.map { (view.label(SeriesKey(unit: r.unit, tier: r.tier), among: keys), $0) }
        }
        guard let summary = try? Summary(named.map(\.1)) else {
            throw .noData(.noFigures(metric: view.metric.id, periods: [period]))
        }
        self.summary = summary
        values = named.map(\.1)
        let sortNames = { (xs: [String]) in xs.sorted { Names.fold($0) < Names.fold($1) } }
        lowest = sortNames(named.filter { $0.1 == summary.min }.map(\.0))
        highest = sortNames(named.filter { $0.1 == summary.max }.map(\.0))
        let cut = 3 * 1.4826 * summary.mad
        outliers = sortNames(named.filter { abs($0.1 - summary.median) > cut && cut > 0 }.map(\.0))
    }
}
