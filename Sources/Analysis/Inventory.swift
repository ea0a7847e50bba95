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
    public var crosswalk: (entries: Int, newProvinces: Int, effective: [CalendarDate])
    /// The crosswalks of other levels (districts, communes), one per level.
    public var otherCrosswalks: [CrosswalkSummary] = []

    /// What a crosswalk of one level holds: its rows, the new units they lead to, when.
    public struct CrosswalkSummary: Hashable, Sendable {
        public var level: UnitLevel
        /// Rows: one per old unit (a split has one per part).
        public var entries: Int
        /// The distinct new units.
        public var newUnits: Int
        /// The dates the changes take effect.
        public var effective: [CalendarDate]
    }
    public var files: [LoadedFile]
    /// Keys given by more than one source.
    public var corroborated: Int

    public init(_ panel: Panel) {
        // One pass over the figures, tallied per metric as it goes (no copy of the figures).
        let unitCount = panel.units.units.count
        var perUnit = [Int](repeating: 0, count: unitCount)
        var tallies: [Tally] = []
        var tallyOf: [String: Int] = [:]
        var (withCounts, rankOnly, computed) = (0, 0, 0)
        var last: (metric: String, tally: Int)?
        for o in panel.observations {
            perUnit[o.unit] += 1
            let hasCounts = o.numerator != nil || o.denominator != nil
            let isRankOnly = o.value == nil && o.rank != nil
            if hasCounts { withCounts += 1 }
            if isRankOnly { rankOnly += 1 }
            if o.valueComputed { computed += 1 }
            let m: Int
            if let last, last.metric == o.metric {
                m = last.tally
            } else {
                m = tallyOf[o.metric] ?? tallies.count
                if m == tallies.count {
                    tallies.append(Tally(units: unitCount))
                    tallyOf[o.metric] = m
                }
                last = (o.metric, m)
            }
            tallies[m].add(o, hasCounts: hasCounts, rankOnly: isRankOnly)
        }
        observations = panel.observations.count
        self.withCounts = withCounts
        self.rankOnly = rankOnly
        computedFromCounts = computed
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
        metrics = tallyOf.keys.sorted().map { id in
            let tally = tallies[tallyOf[id] ?? 0]
            return MetricLine(
                metric: panel.metric(id), known: panel.metrics[id] != nil, observations: tally.observations,
                units: tally.unitCount, periods: tally.periods.sorted(), withCounts: tally.withCounts,
                rankOnly: tally.rankOnly, summary: try? Summary(tally.values))
        }
        targets = panel.targets.count
        otherCrosswalks = Dictionary(grouping: panel.crosswalk.entries.filter { $0.level != .province }, by: \.level)
            .sorted { $0.key < $1.key }.map { level, rows in
                CrosswalkSummary(
                    level: level, entries: rows.count, newUnits: Set(rows.map { Names.core($0.newUnit) }).count,
                    effective: Set(rows.map(\.effective)).sorted())
            }
        // The line reads "63 → 34 provinces": the province rows (other levels' crosswalks aside).
        let provinces = panel.crosswalk.entries.filter { $0.level == .province }
        crosswalk = (
            provinces.count, Set(provinces.map { Names.core($0.newUnit) }).count,
            Set(provinces.map(\.effective)).sorted()
        )
        files = panel.files
        corroborated = panel.repeatedKeys().count
    }
}

extension Inventory {
    /// What ``MetricLine`` counts of one metric, gathered figure by figure.
    struct Tally {
        var observations = 0
        var withCounts = 0
        var rankOnly = 0
        var values: [Double] = []
        var periods: Set<Period> = []
        var lastPeriod: Period?
        /// One bit per unit of the panel: the metric has a figure of it.
        var seen: [UInt64]
        var unitCount = 0

        init(units: Int) { seen = [UInt64](repeating: 0, count: (units + 63) / 64) }

        mutating func add(_ o: Observation, hasCounts: Bool, rankOnly isRankOnly: Bool) {
            observations += 1
            if hasCounts { withCounts += 1 }
            if isRankOnly { rankOnly += 1 }
            if let v = o.value { values.append(v) }
            if o.period != lastPeriod {
                periods.insert(o.period)
                lastPeriod = o.period
            }
            let (word, bit) = (o.unit / 64, UInt64(1) << UInt64(o.unit % 64))
            if seen[word] & bit == 0 {
                seen[word] |= bit
                unitCount += 1
            }
        }
    }
}
