import Panel
import Statistics

/// What a panel holds: the answer to `parlens info`.
public struct Inventory: Sendable {
    public struct MetricLine: Sendable, Hashable {
        public var metric: Metric
        public var known: Bool
        public var observations: Int
        public var units: Int
        public var periods: [Period]
        public var withCounts: Int
        public var rankOnly: Int
        /// Summary of the values (nil when there are none).
        public var summary: Summary?
    }

    public struct UnitLine: Sendable, Hashable {
        public var name: String
        public var level: UnitLevel?
        public var parent: String?
        public var observations: Int
    }

    public var observations: Int
    public var withCounts: Int
    public var rankOnly: Int
    public var computedFromCounts: Int
    public var units: [UnitLine]
    public var unitsByLevel: [(level: UnitLevel?, count: Int)]
    public var periods: [Period]
    public var periodsByKind: [(kind: Period.Kind, count: Int)]
    public var metrics: [MetricLine]
    public var targets: Int
    public var crosswalk: (entries: Int, newProvinces: Int, effective: [String])
    public var files: [LoadedFile]
    /// Keys given by more than one source.
    public var corroborated: Int

    public init(_ panel: Panel) {
        let obs = panel.observations
        observations = obs.count
        withCounts = obs.count { $0.numerator != nil || $0.denominator != nil }
        rankOnly = obs.count { $0.value == nil && $0.rank != nil }
        computedFromCounts = obs.count(where: \.valueComputed)
        var perUnit = [Int](repeating: 0, count: panel.units.units.count)
        for o in obs { perUnit[o.unit] += 1 }
        units = panel.units.units.enumerated().map { i, u in
            UnitLine(name: u.name, level: u.level, parent: u.parent, observations: perUnit[i])
        }
        var levelCounts: [UnitLevel?: Int] = [:]
        for u in panel.units.units { levelCounts[u.level, default: 0] += 1 }
        unitsByLevel = levelCounts.map { ($0.key, $0.value) }.sorted { a, b in
            switch (a.level, b.level) {
            case (let x?, let y?): x < y
            case (nil, _): false
            case (_, nil): true
            }
        }
        periods = panel.periods
        var kinds: [Period.Kind: Int] = [:]
        for p in periods { kinds[p.kind, default: 0] += 1 }
        let kindOrder: [Period.Kind] = [.year, .half, .quarter, .month, .cumulative, .years, .monthRange, .day]
        periodsByKind = kindOrder.compactMap { k in kinds[k].map { (k, $0) } }
        var byMetric: [String: [Observation]] = [:]
        for o in obs { byMetric[o.metric, default: []].append(o) }
        metrics = byMetric.keys.sorted().map { id in
            let list = byMetric[id] ?? []
            let values = list.compactMap(\.value)
            return MetricLine(
                metric: panel.metric(id), known: panel.metrics[id] != nil, observations: list.count,
                units: Set(list.map(\.unit)).count, periods: Array(Set(list.map(\.period))).sorted(),
                withCounts: list.count { $0.numerator != nil || $0.denominator != nil },
                rankOnly: list.count { $0.value == nil && $0.rank != nil },
                summary: try? Summary(values))
        }
        targets = panel.targets.count
        crosswalk = (
            panel.crosswalk.count, Set(panel.crosswalk.map(\.newProvince)).count,
            Array(Set(panel.crosswalk.map(\.effective))).sorted()
        )
        files = panel.files
        corroborated = panel.repeatedKeys().count
    }
}
