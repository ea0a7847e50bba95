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
    /// Where the record starts (``Panel/location(_:)`` makes it a ``SourceLocation``), and the
    /// columns of its value and rank cells.
    public var origin: Origin
    public var valueColumn: Int
    public var rankColumn: Int

    @inlinable
    init(
        unit: Int, period: Period, metric: String, tier: Tier?, value: Double?, valueDecimals: Int?,
        valueComputed: Bool, numerator: Double?, denominator: Double?, rank: Int?, rankOf: Int?, source: String?,
        note: String?, origin: Origin, valueColumn: Int, rankColumn: Int
    ) {
        self.unit = unit
        self.period = period
        self.metric = metric
        self.tier = tier
        self.value = value
        self.valueDecimals = valueDecimals
        self.valueComputed = valueComputed
        self.numerator = numerator
        self.denominator = denominator
        self.rank = rank
        self.rankOf = rankOf
        self.source = source
        self.note = note
        self.origin = origin
        self.valueColumn = valueColumn
        self.rankColumn = rankColumn
    }

    /// The denominator a rate implies when only the value and numerator are given:
    /// numerator / (value / 100), e.g. 2,384 online at 50.43 % → about 4,727.
    public var impliedDenominator: Double? {
        guard denominator == nil, let numerator, let value, value > 0 else { return nil }
        return numerator / (value / 100)
    }

    /// Where the value cell is.
    public var valueOrigin: Origin { origin.at(column: valueColumn) }

    /// Where the rank cell is.
    public var rankOrigin: Origin { origin.at(column: rankColumn) }
}

/// Where something was read: the input (an index into ``Panel/inputs``), the line and the column.
///
/// Kept instead of a ``SourceLocation`` so that a figure does not carry its file's name: a panel
/// of 120,000 figures from one file holds the name once, and renaming inputs for display
/// (``Panel/relativizePaths(_:)``) touches no figure.
public struct Origin: Hashable, Sendable {
    public var input: Int32
    public var line: Int32
    public var column: Int32

    @inlinable
    public init(input: Int, line: Int, column: Int) {
        self.input = Int32(truncatingIfNeeded: input)
        self.line = Int32(truncatingIfNeeded: line)
        self.column = Int32(truncatingIfNeeded: column)
    }

    /// The same line in another column.
    public func at(column: Int) -> Origin { Origin(input: Int(input), line: Int(line), column: column) }
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
    public var origin: Origin
}
