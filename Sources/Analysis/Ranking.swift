import Panel
import Statistics

/// The ranking of a peer group in one period, optionally against an earlier period.
///
/// `rank` is the competition rank (1, 2, 2, 4) among the units with a value, in the metric's
/// better direction (rank 1 = the highest value for a higher-is-better metric, the lowest for a
/// lower-is-better one) — among ``ranked`` units, which may be a part of the published ranking
/// (``isPartial``: Hà Nội ranks 1 among the 3 provinces with a 2024 score, not 1 of 63).
///
/// `rankChange` = previous rank − rank (positive = moved up), only ever between ranks of one
/// basis, the same for the whole table (``changeBasis``):
/// - **official** when the data gives official ranks in both periods for some unit: the change of
///   each unit's published ranks (none where a unit lacks one, or where both state a ranking
///   size and the sizes differ: 5/12 is not 5/34), and `previousRank` is the published one;
/// - else **computed** when the same units have values in both periods: the change of the ranks
///   computed among them;
/// - else none: ranks computed among different sets of units are not compared.
/// Spearman and Kendall compare the values of the units present in both periods.
///
/// Across a reorganisation of the ranked level (``acrossReorganisation``: 63 provinces ranked in
/// 2024, 34 in 2025) published places are never compared: each row has its percentile ranks
/// instead (``PercentileRank``, from the official rank and the ranking's size), and no place
/// change; a computed change is dropped for the units the reorganisation touched. ``boundaries``
/// states each touched unit.
public struct RankResult: Sendable {
    public struct Row: Sendable {
        public var unit: String
        public var value: Double?
        public var rank: Int?
        public var officialRank: Int?
        public var previousValue: Double?
        public var previousRank: Int?
        public var rankChange: Int?
        /// Across a reorganisation: the percentile rank of the official rank now and before.
        public var percentile: Double?
        public var previousPercentile: Double?
    }

    public var metric: Metric
    public var period: Period
    public var versus: Period?
    public var level: UnitLevel?
    /// The tier the figures were chosen at (`--tier`), nil for every tier.
    public var tier: Tier?
    public var otherLevels: [UnitLevel]
    public var rows: [Row]
    /// How many units have a value in the period: the set the computed ranks are among.
    public var ranked: Int
    /// How many units the period's published ranking has, when the data says (the largest
    /// `rank_of`).
    public var rankingSize: Int?
    /// The computed ranks are among a part of the published ranking: fewer units have values than
    /// it ranks (its `rank_of` or its largest official rank), or some units have an official rank
    /// and no value.
    public var isPartial: Bool
    /// What the rank changes are computed between (nil without an earlier period).
    public var changeBasis: ChangeBasis?
    /// How many units have a value in the earlier period.
    public var rankedBefore: Int
    /// The parents (provinces of districts, …) of the ranked units when there are several and no
    /// parent was chosen: units that each rank among their own parent's are ranked across them.
    public var parents: [String]

    /// What a table's rank changes are computed between.
    public enum ChangeBasis: Hashable, Sendable {
        /// The published ranks of both periods.
        case official
        /// Ranks computed among the same `units` in both periods.
        case computed(units: Int)
        /// No change: no official ranks in both periods, and the computed ranks are among
        /// different units (`now` and `before` with values).
        case differentSets(now: Int, before: Int)
    }
    public var spearman: SpearmanCorrelation?
    public var kendall: KendallTau?
    /// The correlations not computed, and why.
    public var omissions: [Omission]
    /// Units with a figure in only one of the two periods.
    public var notInBoth: [String]
    public var conflicts: [MetricView.Conflict]
    /// The two periods are of different kinds (a quarter and 9 months), compared because that
    /// was allowed explicitly.
    public var mixedPeriods: Bool
    /// A reorganisation of the ranked level lies between the two periods.
    public var acrossReorganisation: Bool = false
    /// The ranked units that a reorganisation touched between the two periods.
    public var boundaries: [BoundaryNote] = []

    /// The largest move in one direction and every unit that made it.
    public struct Mover: Sendable, Hashable {
        public var places: Int
        public var units: [String]
    }

    /// Largest positive rank change (moved up), over all rows (before `top` cuts the table).
    public var biggestRise: Mover?
    /// Largest negative rank change (moved down), over all rows.
    public var biggestFall: Mover?

    static func extreme(_ rows: [Row], _ better: (Int, Int) -> Bool) -> Mover? {
        let changes = rows.compactMap(\.rankChange).filter { $0 != 0 }
        guard let best = changes.max(by: { better($1, $0) }), better(best, 0) else { return nil }
        return Mover(places: best, units: rows.filter { $0.rankChange == best }.map(\.unit))
    }

    /// - Throws: ``AnalysisError/incomparablePeriods(earlier:later:reversed:mixedKinds:)`` when
    ///   `versus` comes after `period`, or when they are of different kinds and
    ///   `allowMixedPeriods` is false.
    public init(
        view: MetricView, selection: Selection, period: Period, versus: Period?, top: Int?,
        allowMixedPeriods: Bool = false
    ) throws(AnalysisError) {
        mixedPeriods =
            try versus.map { v throws(AnalysisError) in
                try PeriodPair(earlier: v, later: period).check(allowMixedKinds: allowMixedPeriods)
            } ?? false
        let peers = view.peers(selection)
        metric = view.metric
        self.period = period
        self.versus = versus
        level = peers.level
        tier = selection.tier
        otherLevels = peers.otherLevels
        omissions = []
        let order: Ranking.Order = view.metric.better == .lower ? .ascending : .descending
        let keys = Set(
            peers.readings.filter { $0.period == period || $0.period == versus }.map {
                SeriesKey(unit: $0.unit, tier: $0.tier)
            })
        func table(_ p: Period?) -> [SeriesKey: Reading] {
            guard let p else { return [:] }
            var out: [SeriesKey: Reading] = [:]
            for r in peers.readings where r.period == p { out[SeriesKey(unit: r.unit, tier: r.tier)] = r }
            return out
        }
        func ranks(_ t: [SeriesKey: Reading]) -> [SeriesKey: Int] {
            let valued = t.filter { $0.value.value != nil }.sorted { $0.key < $1.key }
            let r = Ranking.ranks(valued.compactMap(\.value.value), method: .competition, order: order)
            return Dictionary(uniqueKeysWithValues: zip(valued.map(\.key), r.map { Int($0) }))
        }
        let now = table(period)
        let before = table(versus)
        guard !now.isEmpty else { throw .noData(.noFigures(metric: view.metric.id, periods: [period])) }
        let nowRanks = ranks(now)
        let beforeRanks = ranks(before)
        ranked = nowRanks.count
        rankedBefore = beforeRanks.count
        rankingSize = now.values.compactMap(\.rankOf).max()
        let largestOfficial = now.values.compactMap(\.officialRank).max() ?? 0
        isPartial =
            ranked < Swift.max(rankingSize ?? 0, largestOfficial)
            || now.values.contains { $0.value == nil && $0.officialRank != nil }
        // One basis for the whole table: official ranks when both periods have some, else ranks
        // computed among the same units, else none.
        if versus == nil {
            changeBasis = nil
        } else if keys.contains(where: { now[$0]?.officialRank != nil && before[$0]?.officialRank != nil }) {
            changeBasis = .official
        } else if Set(nowRanks.keys) == Set(beforeRanks.keys), !nowRanks.isEmpty {
            changeBasis = .computed(units: nowRanks.count)
        } else {
            changeBasis = .differentSets(now: nowRanks.count, before: beforeRanks.count)
        }
        let ranksLevel = peers.level
        let reorganised =
            versus.map { view.reorganisationBetween(level: ranksLevel, earlier: $0, later: period) } ?? false
        var touched: Set<Int> = []
        if let versus {
            // Each ranked unit a reorganisation made is stated, whether or not it had a figure before.
            boundaries = view.boundaryNotes(keys.filter { now[$0] != nil }, earlier: versus, later: period)
            touched = Set(keys.filter { view.crossesBoundary($0, earlier: versus, later: period) }.map(\.unit))
        }
        acrossReorganisation = reorganised
        let sizeNow = rankingSize
        let sizeBefore = before.values.compactMap(\.rankOf).max()
        var rows: [Row] = []
        for key in keys.sorted() where now[key] != nil {
            let r = now[key]
            let p = before[key]
            var change: Int? = nil
            var previousRank: Int? = nil
            switch changeBasis {
            case .official?:
                previousRank = p?.officialRank
                let sizes = (r?.rankOf, p?.rankOf)
                let sameSize = sizes.0 == nil || sizes.1 == nil || sizes.0 == sizes.1
                if let a = r?.officialRank, let b = p?.officialRank, sameSize { change = b - a }
            case .computed?:
                previousRank = beforeRanks[key]
                if let a = nowRanks[key], let b = beforeRanks[key] { change = b - a }
            case .differentSets?:
                previousRank = beforeRanks[key]
            case nil:
                break
            }
            var percentile: Double? = nil
            var previousPercentile: Double? = nil
            if reorganised {
                // Places of rankings of different sizes do not compare; percentile ranks do.
                if changeBasis == .official || touched.contains(key.unit) { change = nil }
                percentile = r?.officialRank.flatMap { PercentileRank.of(rank: $0, among: r?.rankOf ?? sizeNow ?? 0) }
                previousPercentile = p?.officialRank.flatMap {
                    PercentileRank.of(rank: $0, among: p?.rankOf ?? sizeBefore ?? 0)
                }
            }
            rows.append(
                Row(
                    unit: view.label(key, among: keys), value: r?.value, rank: nowRanks[key],
                    officialRank: r?.officialRank, previousValue: p?.value, previousRank: previousRank,
                    rankChange: change, percentile: percentile, previousPercentile: previousPercentile))
        }
        // Units that rank within their parent (districts in a province, departments of a
        // province), ranked across several parents: say so unless a parent was chosen.
        let parentNames = Set(now.keys.compactMap { view.panel.units.units[$0.unit].parent })
        parents =
            selection.parent == nil && parentNames.count > 1
            ? parentNames.sorted { Names.fold($0) < Names.fold($1) } : []
        rows.sort { a, b in
            let ra = a.rank ?? a.officialRank ?? Int.max
            let rb = b.rank ?? b.officialRank ?? Int.max
            return ra != rb ? ra < rb : Names.fold(a.unit) < Names.fold(b.unit)
        }
        if versus != nil {
            notInBoth = keys.filter { (now[$0]?.value == nil) != (before[$0]?.value == nil) }.map {
                view.label($0, among: keys)
            }
            .sorted { Names.fold($0) < Names.fold($1) }
            let both = keys.sorted().filter { now[$0]?.value != nil && before[$0]?.value != nil }
            let x = both.compactMap { before[$0]?.value }
            let y = both.compactMap { now[$0]?.value }
            do { spearman = try SpearmanCorrelation(x: x, y: y) } catch { omissions.append(.failed(.spearman, error)) }
            do { kendall = try KendallTau(x: x, y: y) } catch { omissions.append(.failed(.kendall, error)) }
        } else {
            notInBoth = []
        }
        conflicts = view.conflicts(among: Set(keys.map(\.unit)), periods: Set([period] + (versus.map { [$0] } ?? [])))
        biggestRise = Self.extreme(rows, >)
        biggestFall = Self.extreme(rows, <)
        if let top, top > 0 { rows = Array(rows.prefix(top)) }
        self.rows = rows
    }
}
