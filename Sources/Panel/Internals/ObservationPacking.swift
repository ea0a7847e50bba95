extension ObservationList {
    /// One figure in 32 bytes: what every figure has. The numerator, denominator, ranks, source
    /// and note live in the list's sparse columns.
    @usableFromInline
    struct Row: Sendable {
        /// ``Packing/noNumber`` for none.
        @usableFromInline var value: Double
        @usableFromInline var unit: UInt32
        /// ``Packing/pack(_:)``, or ``Packing/widePeriod`` | an index into the wide periods.
        @usableFromInline var period: UInt32
        @usableFromInline var line: Int32
        /// An index into the metric texts.
        @usableFromInline var metric: UInt32
        /// The columns of the record's start, value cell and rank cell (when all fit 16 bits).
        @usableFromInline var column: UInt16
        @usableFromInline var valueColumn: UInt16
        @usableFromInline var rankColumn: UInt16
        /// The value's decimals, ``Packing/noDecimals`` for none.
        @usableFromInline var decimals: UInt8
        /// The tier (two bits), ``Packing/computed`` and ``Packing/wideColumns``.
        @usableFromInline var flags: UInt8
    }
}

/// How an ``ObservationList`` packs the parts of a figure.
@usableFromInline
enum Packing {
    /// A signalling NaN no parsed or computed number is (arithmetic makes quiet NaNs): no number.
    @usableFromInline static let noNumber = Double(bitPattern: 0x7FF4_0000_0000_0A11)
    @usableFromInline static let noDecimals = UInt8.max
    @usableFromInline static let noRank = Int32.min
    /// The rank or ranking size does not fit 32 bits: it is in the big ranks.
    @usableFromInline static let bigRank = Int32.max
    @usableFromInline static let computed: UInt8 = 1 << 2
    @usableFromInline static let wideColumns: UInt8 = 1 << 3
    @usableFromInline static let widePeriod: UInt32 = 1 << 31

    @inlinable static func number(_ x: Double) -> Double? { x.bitPattern == noNumber.bitPattern ? nil : x }
    static func number(_ x: Double?) -> Double { x ?? noNumber }

    @inlinable static func rank(_ x: Int32) -> Int? { x == noRank || x == bigRank ? nil : Int(x) }
    static func pack(rank: Int?) -> Int32 {
        guard let rank else { return noRank }
        return rank > Int(Int32.min) && rank < Int(Int32.max) ? Int32(rank) : bigRank
    }

    static func narrow(_ column: Int32) -> Bool { column >= 0 && column < Int32(UInt16.max) }

    static func flags(tier: Tier?, computed isComputed: Bool) -> UInt8 {
        let t: UInt8 =
            switch tier {
            case nil: 0
            case .province: 1
            case .district: 2
            case .commune: 3
            }
        return t | (isComputed ? computed : 0)
    }

    @inlinable static func tier(_ flags: UInt8) -> Tier? {
        switch flags & 3 {
        case 1: .province
        case 2: .district
        case 3: .commune
        default: nil
        }
    }

    /// A period in 31 bits: the first month (15 bits: years 0–2730), the months after it (11
    /// bits) and the day (5 bits, 0 for none); nil when it does not fit.
    static func pack(_ p: Period) -> UInt32? {
        let length = p.lastMonth - p.firstMonth
        let day = p.day ?? 0
        guard p.firstMonth >= 0, p.firstMonth < 1 << 15, length >= 0, length < 1 << 11, day >= 0, day < 32,
            p.day != 0
        else { return nil }
        return UInt32(p.firstMonth) | UInt32(length) << 15 | UInt32(day) << 26
    }

    @inlinable static func period(_ x: UInt32) -> Period {
        let first = Int(x & 0x7FFF)
        let day = Int(x >> 26 & 31)
        return Period(firstMonth: first, lastMonth: first + Int(x >> 15 & 0x7FF), day: day == 0 ? nil : day)
    }
}
