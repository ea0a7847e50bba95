import Panel
import Statistics

/// Where a unit stands against a target to be reached by a period.
///
/// The rule (stated in every output, worded by the front end):
/// - **met**: the latest value already meets the target;
/// - **on track**: not met, but the OLS trend projected to the target period meets it;
/// - **at risk**: the projection misses it, but the 95 % prediction interval still reaches it;
/// - **off track**: the whole 95 % prediction interval misses it;
/// - **unknown**: not met and fewer than 3 points to project from.
/// Projections and their intervals are clipped to the metric's range (a rate cannot pass 100 %),
/// and ``Row/projectionClipped`` says when that moved them.
/// For a rate given with counts, the Wilson 95 % interval of the latest figure is shown beside it.
///
/// A figure given at several tiers (a district's online filing rate at district tier and at
/// commune tier) is several series and gets one row per tier: tiers are never pooled into one
/// series. A met target has no gap: ``Row/gap`` is what is still missing (0 when met) and
/// ``Row/margin`` how far beyond the target a met one is.
public struct TargetResult: Sendable {
    public enum Verdict: String, Sendable, Hashable {
        case met
        case onTrack = "on_track"
        case atRisk = "at_risk"
        case offTrack = "off_track"
        case unknown
    }

    public struct Row: Sendable {
        /// The unit's name, with the tier when the unit has figures at several tiers.
        public var unit: String
        /// The tier of the series, when the figures are given per tier.
        public var tier: Tier?
        public var target: Double
        public var comparator: Target.Comparator
        public var by: Period
        public var latestPeriod: Period?
        public var latest: Double?
        /// How far the latest value still is from meeting the target, in the metric's unit and in
        /// the direction it must move (≥ 0; 0 when met; nil without a value).
        public var gap: Double?
        /// How far beyond the target a met one is (latest − target for ≥ and >, target − latest
        /// for ≤ and <, 0 for =); nil when not met.
        public var margin: Double?
        public var projection: LinearPrediction?
        /// Whether clipping to the metric's range moved the projection or its intervals.
        public var projectionClipped = false
        public var wilson: ConfidenceInterval?
        public var verdict: Verdict
        public var source: String?
    }

    public var metric: Metric
    public var rows: [Row]
    /// Units whose figures and target period lie across their reorganisation: the projection
    /// runs from the old boundary to the new one.
    public var boundaries: [BoundaryNote] = []

    /// Targets from the data (`--value` not given) or one target for the chosen units.
    public init(
        view: MetricView, selection: Selection, unit: Int?, value: Double?, comparator: Target.Comparator?, by: Period?
    ) throws(AnalysisError) {
        metric = view.metric
        var goals: [(unit: Int, value: Double, comparator: Target.Comparator, by: Period, source: String?)] = []
        if let value, let by {
            let defaultComparator: Target.Comparator = view.metric.better == .lower ? .atMost : .atLeast
            let units: [Int] = unit.map { [$0] } ?? Array(Set(view.peers(selection).readings.map(\.unit))).sorted()
            goals = units.map { ($0, value, comparator ?? defaultComparator, by, nil) }
        } else {
            goals = view.panel.targets.filter { $0.metric == view.metric.id && (unit == nil || $0.unit == unit) }
                .map { ($0.unit, $0.target, $0.comparator, $0.by, $0.source) }
        }
        guard !goals.isEmpty else {
            throw .noData(.noTargets(metric: view.metric.id))
        }
        // Each goal is checked on every series of its unit: one per tier the unit has figures at
        // (only the selection's tier when one is chosen), never the tiers pooled.
        var checks:
            [(
                goal: (unit: Int, value: Double, comparator: Target.Comparator, by: Period, source: String?),
                key: SeriesKey, label: String
            )] = []
        for goal in goals {
            let keys = Set(
                view.readings.filter {
                    $0.unit == goal.unit && $0.value != nil && (selection.tier == nil || $0.tier == selection.tier)
                }.map { SeriesKey(unit: goal.unit, tier: $0.tier) })
            let series = keys.isEmpty ? [SeriesKey(unit: goal.unit, tier: selection.tier)] : keys.sorted()
            checks += series.map { (goal, $0, view.label($0, among: keys)) }
        }
        var notes: Set<BoundaryNote> = []
        for (goal, key, _) in checks {
            let first = TrendResult.series(view, unit: key.unit, tier: key.tier, from: nil, to: goal.by).first
            if let first { notes.formUnion(view.boundaryNotes([key], earlier: first.period, later: goal.by)) }
        }
        boundaries = notes.sorted { Names.fold($0.unit) < Names.fold($1.unit) }
        rows = checks.map { goal, key, label in
            let points = TrendResult.series(view, unit: key.unit, tier: key.tier, from: nil, to: goal.by)
            let latest = points.last
            let met = latest.map { goal.comparator.holds($0.value, goal.value) } ?? false
            var row = Row(
                unit: label, tier: key.tier, target: goal.value, comparator: goal.comparator, by: goal.by,
                latestPeriod: latest?.period, latest: latest?.value,
                gap: latest.map { met ? 0 : Self.shortfall($0.value, goal.value, goal.comparator) },
                margin: latest.flatMap { met ? Self.margin($0.value, goal.value, goal.comparator) : nil },
                projection: nil, wilson: nil, verdict: .unknown, source: goal.source)
            if let last = latest,
                let reading = view.readings.first(where: {
                    $0.unit == key.unit && $0.period == last.period && $0.tier == key.tier
                })
            {
                row.wilson = view.wilsonInterval(reading)
            }
            if met {
                row.verdict = .met
            } else if points.count >= 3,
                let fit = try? LinearTrend(x: points.map(\.period.decimalStart), y: points.map(\.value)),
                let p = try? fit.predict(at: goal.by.decimalStart)
            {
                // A straight line leaves a bounded scale (a rate above 100 %): clip it to the metric's range.
                let unclipped = p
                let p = unclipped.clipped(to: view.metric)
                row.projection = p
                row.projectionClipped = p != unclipped
                let reachable =
                    goal.comparator.holds(p.prediction.upper, goal.value)
                    || goal.comparator.holds(p.prediction.lower, goal.value)
                row.verdict = goal.comparator.holds(p.value, goal.value) ? .onTrack : reachable ? .atRisk : .offTrack
            }
            return row
        }.sorted { a, b in
            a.unit != b.unit ? Names.fold(a.unit) < Names.fold(b.unit) : a.by < b.by
        }
    }

    /// How far `latest` must still move to meet `goal` (≥ 0).
    static func shortfall(_ latest: Double, _ goal: Double, _ comparator: Target.Comparator) -> Double {
        switch comparator {
        case .atLeast, .above: Swift.max(0, goal - latest)
        case .atMost, .below: Swift.max(0, latest - goal)
        case .equal: abs(goal - latest)
        }
    }

    /// How far beyond `goal` a `latest` value that meets it is (≥ 0).
    static func margin(_ latest: Double, _ goal: Double, _ comparator: Target.Comparator) -> Double {
        switch comparator {
        case .atLeast, .above: latest - goal
        case .atMost, .below: goal - latest
        case .equal: 0
        }
    }
}
