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
public struct TargetResult: Sendable {
    public enum Verdict: String, Sendable, Hashable {
        case met
        case onTrack = "on_track"
        case atRisk = "at_risk"
        case offTrack = "off_track"
        case unknown
    }

    public struct Row: Sendable {
        public var unit: String
        public var target: Double
        public var comparator: Target.Comparator
        public var by: Period
        public var latestPeriod: Period?
        public var latest: Double?
        /// target − latest, in the metric's unit.
        public var gap: Double?
        public var projection: LinearPrediction?
        /// Whether clipping to the metric's range moved the projection or its intervals.
        public var projectionClipped = false
        public var wilson: ConfidenceInterval?
        public var verdict: Verdict
        public var source: String?
    }

    public var metric: Metric
    public var rows: [Row]

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
        rows = goals.map { goal in
            let points = TrendResult.series(view, unit: goal.unit, tier: selection.tier, from: nil, to: goal.by)
            let latest = points.last
            var row = Row(
                unit: view.panel.units.units[goal.unit].name, target: goal.value, comparator: goal.comparator,
                by: goal.by,
                latestPeriod: latest?.period, latest: latest?.value, gap: latest.map { goal.value - $0.value },
                projection: nil, wilson: nil, verdict: .unknown, source: goal.source)
            if let last = latest,
                let reading = view.readings.first(where: {
                    $0.unit == goal.unit && $0.period == last.period
                        && (selection.tier == nil || $0.tier == selection.tier)
                })
            {
                row.wilson = view.wilsonInterval(reading)
            }
            if let value = latest?.value, goal.comparator.holds(value, goal.value) {
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
        }.sorted { Names.fold($0.unit) < Names.fold($1.unit) }
    }
}
