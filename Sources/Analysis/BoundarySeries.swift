import Panel

/// A new unit's series on its new boundary (`trend --unit X --basis new`).
///
/// Before the unit's reorganisation (periods wholly before its date) each point is its old units'
/// pooled counts: k = Σ kᵢ, n = Σ nᵢ, rate = k / n (a count metric: Σ xᵢ). A period in which some
/// old unit lacks counts cannot be put on the new boundary, and its point is left out rather than
/// mixed with the others (the unit's own old-boundary figure there covers part of the new unit).
/// From the date on, the points are the unit's own. An index or a score has no counts: nothing is
/// pooled, every old-boundary point is left out, and ``dropped`` says which.
public struct BoundarySeries: Sendable {
    /// The series: pooled points before the date, the unit's own after it.
    public var points: [TrendResult.Point]
    /// The old units pooled.
    public var predecessors: [String]
    /// The periods whose point is pooled.
    public var pooled: [Period]
    /// The periods before the date left out: some old unit has no counts (or no figure) there.
    public var dropped: [Period]
    /// The first day of the new unit.
    public var effective: CalendarDate

    /// The series of unit `unit` of `view` on its new boundary, between two periods when given; nil
    /// when no reorganisation made the unit.
    public init?(view: MetricView, unit: Int, tier: Tier?, from: Period?, to: Period?) {
        guard let r = view.panel.crosswalk.reorganisation(ofUnit: unit), r.role == .successor else { return nil }
        let olds = view.panel.crosswalk.predecessorUnits(ofUnit: unit)
        let oldUnits = olds.compactMap(\.unit)
        let isCount = view.metric.kind == .count
        let inRange = { (p: Period) in (from.map { p >= $0 } ?? true) && (to.map { p <= $0 } ?? true) }
        var byPeriod: [Period: [Int: Reading]] = [:]
        for reading in view.readings
        where (tier == nil || reading.tier == tier) && reading.value != nil && inRange(reading.period)
            && reading.period.side(of: r.effective) == .before && oldUnits.contains(reading.unit)
        {
            byPeriod[reading.period, default: [:]][reading.unit] = reading
        }
        var points = TrendResult.series(view, unit: unit, tier: tier, from: from, to: to).filter {
            $0.period.side(of: r.effective) != .before
        }
        var pooled: [Period] = []
        var dropped: [Period] = []
        let complete = oldUnits.count == olds.count && olds.allSatisfy { $0.entry.change != .split }
        for (period, readings) in byPeriod.sorted(by: { $0.key < $1.key }) {
            let all = oldUnits.compactMap { readings[$0] }
            let value: Double?
            if !complete || all.count < oldUnits.count {
                value = nil
            } else if isCount {
                value = all.compactMap(\.value).reduce(0, +)
            } else {
                let counts = all.compactMap(\.counts)
                let n = counts.reduce(0) { $0 + $1.trials }
                value =
                    counts.count == all.count && n > 0
                    ? view.proportionScale * Double(counts.reduce(0) { $0 + $1.successes }) / Double(n) : nil
            }
            if let value {
                points.append(TrendResult.Point(period: period, value: value))
                pooled.append(period)
            } else {
                dropped.append(period)
            }
        }
        self.points = points.sorted { $0.period < $1.period }
        predecessors = olds.map(\.entry.oldUnit)
        self.pooled = pooled
        self.dropped = dropped
        effective = r.effective
    }
}
