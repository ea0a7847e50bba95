import Panel
import Statistics

/// Which units an analysis looks at: a peer group by level, parent and tier.
public struct Selection: Hashable, Sendable {
    public var level: UnitLevel?
    /// The parent unit's name as typed ("Hòa Bình", "tỉnh Hòa Bình").
    public var parent: String?
    public var tier: Tier?

    public init(level: UnitLevel? = nil, parent: String? = nil, tier: Tier? = nil) {
        self.level = level
        self.parent = parent
        self.tier = tier
    }
}

/// One figure of one metric for one unit (and tier) in one period.
public struct Reading: Hashable, Sendable {
    public var unit: Int
    public var tier: Tier?
    public var period: Period
    public var value: Double?
    /// The rank stated in the data.
    public var officialRank: Int?
    public var rankOf: Int?
    public var numerator: Double?
    public var denominator: Double?
    /// Where the figure's cell is (``Panel/location(_:)`` gives the place).
    public var origin: Origin

    /// Numerator and denominator when both are whole numbers: the rate as a proportion.
    public var counts: Counts? {
        guard let k = numerator.flatMap({ Int(exactly: $0) }), let n = denominator.flatMap({ Int(exactly: $0) }) else {
            return nil
        }
        return Counts(successes: k, trials: n)
    }
}

/// A rate's counts: `successes` of `trials`.
public struct Counts: Hashable, Sendable {
    public var successes: Int
    public var trials: Int
}

/// A series key: a unit, and the tier when figures are given per tier.
public struct SeriesKey: Hashable, Sendable, Comparable {
    public var unit: Int
    public var tier: Tier?

    public init(unit: Int, tier: Tier?) {
        self.unit = unit
        self.tier = tier
    }

    public static func < (a: SeriesKey, b: SeriesKey) -> Bool {
        (a.unit, a.tier?.rawValue ?? "") < (b.unit, b.tier?.rawValue ?? "")
    }
}

/// The figures of one metric, one per unit, tier and period, ready for analysis.
///
/// - A metric `X_rank` with no rows of its own is read from the rank column of `X` (the official
///   ranks, lower is better), so "PAR Index rank 6 → 4" is a comparison like any other.
/// - Where several sources give the same figure, the first row loaded is used; where they
///   disagree, the first is used and ``conflicts`` says which rows disagree (`check` lists them too).
/// - Totals and averages stored as units ("Cả nước", "Trung bình …", "Tổng …") are kept out of
///   peer groups (``isAggregate(_:)``).
public struct MetricView: Sendable {
    public let panel: Panel
    public let metric: Metric
    public let readings: [Reading]
    /// Figures that sources give differently.
    public let conflicts: [Conflict]
    /// How ``label(_:among:)`` names a unit at one of several tiers (default `Tháp Mười [commune]`;
    /// the shell words it in the reader's language).
    public var tierLabel: @Sendable (_ name: String, _ tier: Tier) -> String = canonicalTierLabel

    /// A unit at a tier as machine output names it, the same in every language: `Tháp Mười [district]`.
    public static let canonicalTierLabel: @Sendable (_ name: String, _ tier: Tier) -> String = {
        "\($0) [\($1.rawValue)]"
    }

    /// A figure two sources give differently: the one used (the first row loaded) and another.
    public struct Conflict: Hashable, Sendable {
        public var unit: Int
        /// The unit's name.
        public var unitName: String
        public var period: Period
        /// The value used, and where it was read.
        public var used: Double
        public var usedAt: SourceLocation
        /// The value another row gives, and where.
        public var other: Double
        public var otherAt: SourceLocation
    }

    /// The conflicts that concern some of `units` (in `periods`, when given).
    public func conflicts(among units: Set<Int>, periods: Set<Period>? = nil) -> [Conflict] {
        conflicts.filter { units.contains($0.unit) && (periods?.contains($0.period) ?? true) }
    }

    /// The metric named `query` (its id, or its id typed with spaces or dashes), without the
    /// figures of the rows that `leavingOut` (errors from ``dataErrors(in:metric:)``) point to.
    /// - Throws: ``AnalysisError/unknownMetric(_:suggestions:)`` with the closest ids.
    public init(panel: Panel, metric query: String, leavingOut errors: [Diagnostic] = []) throws(AnalysisError) {
        let id = try Self.resolveMetric(query, in: panel)
        let badRows = Set(errors.compactMap { $0.location.map { "\($0.file)\u{1F}\($0.line)" } })
        self.panel = panel
        self.metric = panel.metric(id)
        var readings: [Reading] = []
        var conflicts: [Conflict] = []
        let observations = panel.observations
        let rankBase: String? =
            id.hasSuffix("_rank") && observations.indices(ofMetric: id).isEmpty ? String(id.dropLast(5)) : nil
        // Readings of one key (unit, period, tier) are merged. Only the panel's repeated keys can
        // hold several, so the first reading of each repeated key is remembered by group.
        let groups = panel.repeatedKeys()
        var groupOf = [Int32](repeating: -1, count: groups.isEmpty ? 0 : observations.count)
        for (g, members) in groups.enumerated() {
            for i in members { groupOf[i] = Int32(g) }
        }
        var chosen = [(index: Int, observation: Int)?](repeating: nil, count: groups.count)
        // Room for every observation of the metric.
        let positions = observations.indices(ofMetric: rankBase ?? id)
        readings.reserveCapacity(positions.count)
        let fromRank = rankBase != nil
        let obs = observations
        for i in positions {
            let o = obs[i]
            if fromRank, o.rank == nil { continue }
            if !badRows.isEmpty, badRows.contains("\(panel.input(of: o.origin))\u{1F}\(o.origin.line)") {
                continue
            }
            let group = groupOf.isEmpty ? -1 : Int(groupOf[i])
            if group >= 0, let (at, firstIndex) = chosen[group] {
                let first = obs[firstIndex]
                let reading = Self.reading(of: o, fromRank: fromRank)
                var kept = readings[at]
                if kept.value == nil, reading.value != nil {
                    kept.value = reading.value
                    kept.numerator = reading.numerator
                    kept.denominator = reading.denominator
                } else if let a = kept.value, let b = reading.value, !fromRank,
                    case .conflict = Agreement.between(first, o)
                {
                    conflicts.append(
                        Conflict(
                            unit: o.unit, unitName: panel.units.units[o.unit].name, period: o.period, used: a,
                            usedAt: panel.location(kept.origin), other: b, otherAt: panel.location(reading.origin)))
                }
                if kept.officialRank == nil { kept.officialRank = reading.officialRank }
                if kept.rankOf == nil { kept.rankOf = reading.rankOf }
                readings[at] = kept
                continue
            }
            if group >= 0 { chosen[group] = (readings.count, i) }
            readings.append(Self.reading(of: o, fromRank: fromRank))
        }
        self.readings = readings
        self.conflicts = conflicts
    }

    /// An observation as a reading: its value, or (for a metric `X_rank` read from `X`) its
    /// official rank as the value.
    static func reading(of o: Observation, fromRank: Bool) -> Reading {
        if fromRank {
            return Reading(
                unit: o.unit, tier: o.tier, period: o.period, value: o.rank.map { Double($0) }, officialRank: o.rank,
                rankOf: o.rankOf, numerator: nil, denominator: nil, origin: o.rankOrigin)
        }
        return Reading(
            unit: o.unit, tier: o.tier, period: o.period, value: o.value, officialRank: o.rank, rankOf: o.rankOf,
            numerator: o.numerator, denominator: o.denominator, origin: o.valueOrigin)
    }

    /// What `check` calls errors among the figures a view of `query` reads (its own, or for a
    /// metric `X_rank` read from `X`, those of `X`), with their places: an analysis refuses to run
    /// on them, or leaves their rows out (``init(panel:metric:leavingOut:)``) and says so. With
    /// `periods`, only the errors of figures of those periods (and those of no one period) count.
    public static func dataErrors(in panel: Panel, metric query: String, periods: Set<Period> = [])
        throws(AnalysisError)
        -> [Diagnostic]
    {
        let id = try resolveMetric(query, in: panel)
        var metrics: Set<String> = [id]
        if id.hasSuffix("_rank") { metrics.insert(String(id.dropLast(5))) }
        let errors = Consistency.errors(among: metrics, in: panel)
        return periods.isEmpty ? errors : errors.filter { $0.problem.period.map(periods.contains) ?? true }
    }

    static func resolveMetric(_ query: String, in panel: Panel) throws(AnalysisError) -> String {
        if panel.metrics[query] != nil { return query }
        let known = Set(panel.metrics.ids).union(panel.observations.metricIDs)
        if known.contains(query) { return query }
        let key = Names.fold(query).replacingOccurrences(of: " ", with: "_")
        if let match = known.first(where: { $0.lowercased() == key }) { return match }
        throw .unknownMetric(query, suggestions: Names.suggestions(for: query, among: known.sorted()))
    }

    /// What a proportion is multiplied by to be shown in this metric's unit (100 for percent).
    public var proportionScale: Double { metric.kind == .percent ? 100 : 1 }

    /// The Wilson 95 % interval of a reading given with counts, in the metric's unit.
    public func wilsonInterval(_ reading: Reading) -> ConfidenceInterval? {
        guard let c = reading.counts, let w = try? WilsonInterval(successes: c.successes, trials: c.trials) else {
            return nil
        }
        return w.interval.scaled(by: proportionScale)
    }

    /// Whether a unit is a total or an average rather than a peer (national level, or a name
    /// that says so).
    public func isAggregate(_ unit: Int) -> Bool {
        if panel.units.units[unit].level == .national { return true }
        let key = Names.fold(panel.units.units[unit].name)
        // Each starts with a, b, c or t: other keys need no comparison.
        guard let first = key.utf8.first, first == 0x61 || first == 0x62 || first == 0x63 || first == 0x74 else {
            return false
        }
        return key == "cong" || Self.aggregatePrefixes.contains { key.hasPrefix($0) }
    }

    /// Folded beginnings of names that are totals or averages, not units ("Tổng cộng", "Toàn
    /// tỉnh", "Bình quân"…); a row named just "Cộng" is a total too.
    static let aggregatePrefixes = [
        "trung binh", "tong ", "binh quan", "ca nuoc", "toan quoc", "toan tinh", "toan huyen", "toan thanh pho",
        "average", "total",
    ]

    /// The unit a person typed, within the selection.
    public func lookupUnit(_ query: String, selection: Selection) throws(AnalysisError) -> Int {
        do {
            return try panel.units.lookup(query, level: selection.level, parent: selection.parent)
        } catch {
            // Prefer units that have figures of this metric when the name is ambiguous.
            if case .ambiguous = error {
                let withData = Set(readings.map(\.unit))
                let matches = panel.units.candidates(query, level: selection.level, parent: selection.parent).filter(
                    withData.contains)
                if matches.count == 1, let only = matches.first { return only }
            }
            // A name the data lacks but a crosswalk knows as an old unit: say what it became.
            if case .notFound = error,
                let r = Reorganisation(
                    panel.crosswalk.successors(of: query, level: selection.level), role: .predecessor)
            {
                throw .noData(
                    .partOfSuccessor(
                        unit: r.predecessors.first ?? query, successors: r.successors, effective: r.effective,
                        metric: metric.id, period: nil))
            }
            throw .unknownUnit(error)
        }
    }

    /// The period a person typed, which must have figures of this metric.
    public func lookupPeriod(_ text: String) throws(AnalysisError) -> Period {
        let present = Set(readings.filter { $0.value != nil }.map(\.period))
        let listed = present.sorted().map(\.description)
        let period: Period
        do {
            period = try Period(parsing: text)
        } catch {
            throw .unknownPeriod(text, .unreadable, suggestions: Names.suggestions(for: text, among: listed))
        }
        guard present.contains(period) else {
            let near = present.sorted {
                abs($0.decimalStart - period.decimalStart) < abs($1.decimalStart - period.decimalStart)
            }
            throw .unknownPeriod(
                text, .noFigures(metric: metric.id), suggestions: near.prefix(3).map(\.description).sorted())
        }
        return period
    }

    /// The readings of the peer group: units of the selection's level (or, if none is given, of
    /// the level most units have), parent and tier, aggregates left out.
    public func peers(_ selection: Selection) -> (readings: [Reading], level: UnitLevel?, otherLevels: [UnitLevel]) {
        let (indices, level, others) = peerIndices(selection)
        return (indices.map { readings[$0] }, level, others)
    }

    /// ``peers(_:)`` as indices into ``readings``.
    func peerIndices(_ selection: Selection) -> (indices: [Int], level: UnitLevel?, otherLevels: [UnitLevel]) {
        let units = panel.units.units
        let parentKey = selection.parent.map { Names.stripPrefix(Names.fold($0)) }
        // Whether a unit may be a peer (not an aggregate, under the parent), decided once per unit.
        var admitted = [Int8](repeating: -1, count: units.count)
        func admits(_ unit: Int) -> Bool {
            if admitted[unit] < 0 {
                var ok = !isAggregate(unit)
                if ok, let parentKey {
                    if let p = units[unit].parent {
                        ok = Names.stripPrefix(Names.fold(p)) == parentKey
                    } else {
                        ok = false
                    }
                }
                admitted[unit] = ok ? 1 : 0
            }
            return admitted[unit] == 1
        }
        var pool: [Int] = []
        pool.reserveCapacity(readings.count)
        // Units per level, each counted once.
        var counts: [UnitLevel?: Int] = [:]
        var counted = [Bool](repeating: false, count: units.count)
        for k in readings.indices {
            let unit = readings[k].unit
            if !admits(unit) { continue }
            if let tier = selection.tier, readings[k].tier != tier { continue }
            pool.append(k)
            if !counted[unit] {
                counted[unit] = true
                counts[units[unit].level, default: 0] += 1
            }
        }
        // Most units wins; on a tie, the higher level (province before district).
        let level: UnitLevel? =
            selection.level
            ?? counts.sorted { a, b in
                a.value != b.value ? a.value > b.value : Self.levelOrder(a.key) < Self.levelOrder(b.key)
            }.first?.key ?? nil
        let peers = pool.filter { units[readings[$0].unit].level == level }
        let others = counts.keys.compactMap { $0 }.filter { $0 != level }.sorted()
        return (peers, level, others)
    }

    static func levelOrder(_ level: UnitLevel?) -> Int {
        guard let level else { return UnitLevel.allCases.count }
        return UnitLevel.allCases.firstIndex(of: level) ?? 0
    }

    /// A unit's display name, with the tier when the same unit has figures at several tiers.
    public func label(_ key: SeriesKey, among keys: Set<SeriesKey>) -> String {
        let name = panel.units.units[key.unit].name
        guard let tier = key.tier, keys.contains(where: { $0.unit == key.unit && $0.tier != tier }) else { return name }
        return tierLabel(name, tier)
    }
}
