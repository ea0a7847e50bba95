/// The observations of a panel, in load order: a random-access collection of ``Observation``.
///
/// Stored compactly (see ``ObservationList/Row``): 32 bytes a figure for the unit, period,
/// metric, tier, value and place, and columns for the numerator, denominator, ranks, source and
/// note that take room only once some figure has one. An observation is made whole when it is
/// read (`list[i]`); the metric and source texts are shared, not copied per figure.
public struct ObservationList: RandomAccessCollection, Sendable {
    @usableFromInline var rows: [Row] = []
    /// The texts that ``Row/metric`` indexes.
    @usableFromInline var metricNames: [String] = []
    /// Periods that do not pack into 31 bits (``Row/period`` with the top bit set indexes them).
    @usableFromInline var widePeriods: [Period] = []
    /// Sparse columns: empty until a figure has one, then one entry per row.
    @usableFromInline var numerators: [Double] = []
    @usableFromInline var denominators: [Double] = []
    @usableFromInline var ranks: [Int32] = []
    @usableFromInline var ranksOf: [Int32] = []
    /// Ranks beyond ±2³¹, by row (``ranks`` holds ``Packing/bigRank`` there); `.0` the rank,
    /// `.1` the ranking size.
    @usableFromInline var bigRanks: [Int: (Int?, Int?)] = [:]
    /// 0 for none, else 1 + an index into ``sourceNames`` / ``noteTexts``.
    @usableFromInline var sources: [UInt32] = []
    @usableFromInline var sourceNames: [String] = []
    @usableFromInline var notes: [UInt32] = []
    @usableFromInline var noteTexts: [String] = []
    /// Columns that do not fit 16 bits, by row (the row's ``Packing/wideColumns`` flag is set).
    @usableFromInline var wideColumns: [Int: (Int32, Int32, Int32)] = [:]
    /// The input of rows `start…` up to the next run's start (a table's rows come together).
    @usableFromInline var inputRuns: [(start: Int, input: Int32)] = []
    /// Lookups for appending: a text's index in ``metricNames`` and ``sourceNames``.
    var metricIndex: [String: UInt32] = [:]
    var sourceIndex: [String: UInt32] = [:]
    var lastMetric: UInt32?

    public init() {}

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { rows.count }

    // Inlined so that a caller reading one part (`list[i].metric`) loads only that part.
    @inlinable @inline(__always)
    public subscript(i: Int) -> Observation {
        let r = rows[i]
        let packed = Packing.self
        var columns = (Int32(r.column), Int32(r.valueColumn), Int32(r.rankColumn))
        if r.flags & packed.wideColumns != 0, let wide = wideColumns[i] { columns = wide }
        var rank: Int?
        var rankOf: Int?
        if !ranks.isEmpty {
            rank = packed.rank(ranks[i])
            rankOf = packed.rank(ranksOf[i])
            if ranks[i] == packed.bigRank || ranksOf[i] == packed.bigRank, let big = bigRanks[i] {
                (rank, rankOf) = big
            }
        }
        return Observation(
            unit: Int(r.unit),
            period: r.period & packed.widePeriod != 0
                ? widePeriods[Int(r.period & ~packed.widePeriod)]
                : packed.period(r.period),
            metric: metricNames[Int(r.metric)], tier: packed.tier(r.flags), value: packed.number(r.value),
            valueDecimals: r.decimals == packed.noDecimals ? nil : Int(r.decimals),
            valueComputed: r.flags & packed.computed != 0,
            numerator: numerators.isEmpty ? nil : packed.number(numerators[i]),
            denominator: denominators.isEmpty ? nil : packed.number(denominators[i]), rank: rank, rankOf: rankOf,
            source: sources.isEmpty || sources[i] == 0 ? nil : sourceNames[Int(sources[i] - 1)],
            note: notes.isEmpty || notes[i] == 0 ? nil : noteTexts[Int(notes[i] - 1)],
            origin: Origin(input: Int(input(of: i)), line: Int(r.line), column: Int(columns.0)),
            valueColumn: Int(columns.1), rankColumn: Int(columns.2))
    }

    /// The positions of the figures of metric `id`, in order, found without building them.
    public func indices(ofMetric id: String) -> [Int] {
        guard let key = metricIndex[id] else { return [] }
        var out: [Int] = []
        for i in rows.indices where rows[i].metric == key { out.append(i) }
        return out
    }

    /// The index of figure `i`'s metric in ``metricIDs`` and its value as its input wrote it (nil
    /// when it has none or it was computed), read without building the figure.
    @inlinable @inline(__always)
    public func writtenValue(at i: Int) -> (metric: Int, value: Double?) {
        let r = rows[i]
        return (Int(r.metric), r.flags & Packing.computed != 0 ? nil : Packing.number(r.value))
    }

    /// The rank of figure `i` and the size of its ranking, read without building the figure.
    @inlinable @inline(__always)
    public func ranking(at i: Int) -> (rank: Int?, of: Int?) {
        guard !ranks.isEmpty else { return (nil, nil) }
        if ranks[i] == Packing.bigRank || ranksOf[i] == Packing.bigRank, let big = bigRanks[i] { return big }
        return (Packing.rank(ranks[i]), Packing.rank(ranksOf[i]))
    }

    /// Whether any figure has a numerator and denominator (false: no rate can contradict its counts).
    public var hasCounts: Bool { !numerators.isEmpty }

    /// Whether any figure has a rank (false: no rank can contradict its ranking or the scores).
    public var hasRanks: Bool { !ranks.isEmpty }

    /// The metric ids the figures have, in the order they first appear.
    public var metricIDs: [String] { metricNames }

    /// The input of row `i`.
    @inlinable @inline(__always)
    func input(of i: Int) -> Int32 {
        if inputRuns.count == 1 { return inputRuns[0].input }
        var (low, high) = (0, inputRuns.count)
        while high - low > 1 {
            let mid = (low + high) / 2
            if inputRuns[mid].start <= i { low = mid } else { high = mid }
        }
        return inputRuns.isEmpty ? 0 : inputRuns[low].input
    }

    /// The bytes the list holds for its rows and sparse columns (not the shared texts), for tests
    /// of the memory a panel costs.
    var storageBytes: Int {
        rows.capacity * MemoryLayout<Row>.stride + (numerators.capacity + denominators.capacity) * 8
            + (ranks.capacity + ranksOf.capacity + sources.capacity + notes.capacity) * 4
    }

    mutating func reserveCapacity(_ n: Int) { rows.reserveCapacity(n) }

    /// The periods of the figures, each once, in no order.
    func distinctPeriods() -> Set<Period> {
        var packed: Set<UInt32> = []
        var last: UInt32?
        for r in rows where r.period != last {
            packed.insert(r.period)
            last = r.period
        }
        return Set(
            packed.map {
                $0 & Packing.widePeriod != 0 ? widePeriods[Int($0 & ~Packing.widePeriod)] : Packing.period($0)
            })
    }

    /// Adds `o` at the end.
    mutating func append(_ o: Observation) {
        let i = rows.count
        let packed = Packing.self
        if inputRuns.last?.input != o.origin.input { inputRuns.append((i, o.origin.input)) }
        var flags = packed.flags(tier: o.tier, computed: o.valueComputed)
        let columns = (
            o.origin.column, Int32(truncatingIfNeeded: o.valueColumn), Int32(truncatingIfNeeded: o.rankColumn)
        )
        let narrow = packed.narrow(columns.0) && packed.narrow(columns.1) && packed.narrow(columns.2)
        if !narrow {
            flags |= packed.wideColumns
            wideColumns[i] = columns
        }
        var period = packed.pack(o.period)
        if period == nil {
            period = packed.widePeriod | UInt32(widePeriods.count)
            widePeriods.append(o.period)
        }
        rows.append(
            Row(
                value: packed.number(o.value), unit: UInt32(truncatingIfNeeded: o.unit), period: period ?? 0,
                line: o.origin.line, metric: metricID(o.metric),
                column: narrow ? UInt16(columns.0) : 0, valueColumn: narrow ? UInt16(columns.1) : 0,
                rankColumn: narrow ? UInt16(columns.2) : 0,
                decimals: o.valueDecimals.map { UInt8(clamping: Swift.min($0, Int(packed.noDecimals) - 1)) }
                    ?? packed.noDecimals,
                flags: flags))
        Self.set(&numerators, i, packed.number(o.numerator), absent: packed.noNumber, room: rows.capacity)
        Self.set(&denominators, i, packed.number(o.denominator), absent: packed.noNumber, room: rows.capacity)
        let (rank, rankOf) = (packed.pack(rank: o.rank), packed.pack(rank: o.rankOf))
        if !ranks.isEmpty || rank != packed.noRank || rankOf != packed.noRank {
            // The rank and the ranking size: both columns, or neither.
            if ranks.isEmpty {
                ranks = [Int32](repeating: packed.noRank, count: i)
                ranks.reserveCapacity(rows.capacity)
                ranksOf = ranks
                ranksOf.reserveCapacity(rows.capacity)
            }
            ranks.append(rank)
            ranksOf.append(rankOf)
        }
        if rank == packed.bigRank || rankOf == packed.bigRank { bigRanks[i] = (o.rank, o.rankOf) }
        Self.set(&sources, i, o.source.map { 1 + sourceID($0) } ?? 0, absent: 0, room: rows.capacity)
        if let note = o.note { noteTexts.append(note) }
        Self.set(&notes, i, o.note == nil ? 0 : UInt32(noteTexts.count), absent: 0, room: rows.capacity)
    }

    /// Sets entry `i` of a sparse column that has `i` entries (or none while all were `absent`).
    /// The column gets room for as many rows as the list has room for.
    /// (Absence is compared by bits: ``Packing/noNumber`` is a NaN, unequal to itself.)
    private static func set<T: BitwiseCopyable>(_ column: inout [T], _ i: Int, _ value: T, absent: T, room: Int) {
        if column.isEmpty {
            guard !withUnsafeBytes(of: value, { a in withUnsafeBytes(of: absent) { a.elementsEqual($0) } }) else {
                return
            }
            column = [T](repeating: absent, count: i)
            column.reserveCapacity(room)
        }
        column.append(value)
    }

    /// The index of `text` in ``metricNames`` (the previous row's metric is tried first: rows of a
    /// metric come together).
    private mutating func metricID(_ text: String) -> UInt32 {
        if let last = lastMetric, metricNames[Int(last)] == text { return last }
        let id = metricIndex[text] ?? UInt32(metricNames.count)
        if id == metricNames.count {
            metricNames.append(text)
            metricIndex[text] = id
        }
        lastMetric = id
        return id
    }

    private mutating func sourceID(_ text: String) -> UInt32 {
        if let known = sourceIndex[text] { return known }
        let id = UInt32(sourceNames.count)
        sourceNames.append(text)
        sourceIndex[text] = id
        return id
    }
}
