/// One figure: a unit's metric in a period, with its counts, rank and provenance.
public struct Observation: Hashable, Sendable {
    /// Index into ``Panel/units``.
    public var unit: Int
    public var period: Period
    public var metric: String
    /// The authority that processed the dossiers, for rates split by tier.
    public var tier: Tier?
    /// The value as given, or computed from the counts (see ``valueComputed``).
    public var value: Double?
    /// Decimals the value was written with (for rounding-aware checks); nil if computed.
    public var valueDecimals: Int?
    public var valueComputed: Bool
    public var numerator: Double?
    public var denominator: Double?
    /// The official rank stated in the data (1 = best) and the size of the ranking.
    public var rank: Int?
    public var rankOf: Int?
    public var source: String?
    public var note: String?
    /// Where the record starts, and where its value / rank / numerator cells are.
    public var origin: SourceLocation
    public var valueColumn: Int
    public var rankColumn: Int

    /// The denominator a rate implies when only the value and numerator are given:
    /// numerator / (value / 100), e.g. 2,384 online at 50.43 % → about 4,727.
    public var impliedDenominator: Double? {
        guard denominator == nil, let numerator, let value, value > 0 else { return nil }
        return numerator / (value / 100)
    }

    /// The place of the value cell.
    public var valueLocation: SourceLocation {
        SourceLocation(file: origin.file, line: origin.line, column: valueColumn)
    }

    /// The place of the rank cell.
    public var rankLocation: SourceLocation {
        SourceLocation(file: origin.file, line: origin.line, column: rankColumn)
    }
}

/// What makes two observations the same figure: unit, period, metric, tier.
public struct ObservationKey: Hashable, Sendable {
    public var unit: Int
    public var period: Period
    public var metric: String
    public var tier: Tier?

    public init(_ o: Observation) {
        unit = o.unit
        period = o.period
        metric = o.metric
        tier = o.tier
    }
}

/// A target such as "≥ 50 % of communes by 2025" (Kết luận 862-KL/TU).
public struct Target: Hashable, Sendable {
    public enum Comparator: String, Hashable, Sendable, Codable, CaseIterable {
        case atLeast = ">="
        case atMost = "<="
        case above = ">"
        case below = "<"
        case equal = "="

        /// Whether `value` meets a target `goal`.
        public func holds(_ value: Double, _ goal: Double) -> Bool {
            switch self {
            case .atLeast: value >= goal
            case .atMost: value <= goal
            case .above: value > goal
            case .below: value < goal
            case .equal: value == goal
            }
        }
    }

    public var unit: Int
    public var metric: String
    public var comparator: Comparator
    public var target: Double
    public var by: Period
    public var source: String?
    public var note: String?
    public var origin: SourceLocation
}

/// A row of the 2025 province merger crosswalk.
public struct CrosswalkEntry: Hashable, Sendable {
    public var oldProvince: String
    public var newProvince: String
    public var change: String
    public var effective: String
    public var source: String?
    public var origin: SourceLocation
}
