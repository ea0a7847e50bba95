/// The crosswalks loaded (province, district, commune: any level), with lookups.
///
/// A unit of the data is tied to the rows that name it when loading ends: by the same name
/// lookup a person's typing goes through (aliases included: "Thành phố Hồ Chí Minh" is the
/// crosswalk's "Hồ Chí Minh"), at the row's level. A name that carries on ("Đồng Nai" before and
/// after 1 July 2025) is one unit of the data that is both an old unit and a new one: which
/// boundary a figure is on depends on its period (``Period/side(of:)``).
public struct Crosswalk: Sendable {
    /// Every row, in load order.
    public private(set) var entries: [CrosswalkEntry] = []
    /// Unit index → rows where the unit is the old unit.
    private var fromOld: [Int: [Int]] = [:]
    /// Unit index → rows where the unit is the new unit.
    private var intoNew: [Int: [Int]] = [:]
    /// Row → the units of the data its old unit names.
    private var oldUnitsOfEntry: [[Int]] = []

    /// A crosswalk of `entries`, tied to no unit yet (the loader ties them when loading ends).
    public init(_ entries: [CrosswalkEntry] = []) {
        self.entries = entries
    }

    /// Whether no crosswalk was loaded.
    public var isEmpty: Bool { entries.isEmpty }
    /// The number of rows.
    public var count: Int { entries.count }

    mutating func append(_ entry: CrosswalkEntry) { entries.append(entry) }

    /// Ties each row to the units of `directory` it names.
    mutating func attach(to directory: UnitDirectory) {
        fromOld = [:]
        intoNew = [:]
        oldUnitsOfEntry = []
        for (i, entry) in entries.enumerated() {
            let old = directory.candidates(entry.oldUnit, level: entry.level)
            oldUnitsOfEntry.append(old)
            for u in old { fromOld[u, default: []].append(i) }
            for u in directory.candidates(entry.newUnit, level: entry.level) { intoNew[u, default: []].append(i) }
        }
    }

    /// The rows by which unit `unit` of the data became one or more new units (several for a split).
    public func successors(ofUnit unit: Int) -> [CrosswalkEntry] { (fromOld[unit] ?? []).map { entries[$0] } }

    /// The rows of the old units that unit `unit` of the data is made of (itself among them when it
    /// keeps its name).
    public func predecessors(ofUnit unit: Int) -> [CrosswalkEntry] { (intoNew[unit] ?? []).map { entries[$0] } }

    /// The old units that unit `unit` of the data is made of, each with the unit of the data it
    /// names (nil when the data has no unit of that name, or several).
    public func predecessorUnits(ofUnit unit: Int) -> [(entry: CrosswalkEntry, unit: Int?)] {
        (intoNew[unit] ?? []).map { i in
            let units = oldUnitsOfEntry.indices.contains(i) ? oldUnitsOfEntry[i] : []
            return (entries[i], units.count == 1 ? units.first : nil)
        }
    }

    /// The rows whose old unit is named `name` (folded, without its administrative prefix), at
    /// `level` when given.
    public func successors(of name: String, level: UnitLevel? = nil) -> [CrosswalkEntry] {
        let key = Names.core(name)
        return entries.filter { Names.core($0.oldUnit) == key && (level == nil || $0.level == level) }
    }

    /// The rows whose new unit is named `name`, at `level` when given.
    public func predecessors(of name: String, level: UnitLevel? = nil) -> [CrosswalkEntry] {
        let key = Names.core(name)
        return entries.filter { Names.core($0.newUnit) == key && (level == nil || $0.level == level) }
    }

    /// What became of unit `unit` of the data, when a change that is not ``BoundaryChange/unchanged``
    /// touches it: as a new unit made of others (Đồng Nai from 1 July 2025), or, for a unit whose
    /// name ends (Bình Phước), as the old unit of its successor(s).
    public func reorganisation(ofUnit unit: Int) -> Reorganisation? {
        let made = predecessors(ofUnit: unit)
        if let r = Reorganisation(made, role: .successor) { return r }
        return Reorganisation(successors(ofUnit: unit), role: .predecessor)
    }
}

/// A change that touches a unit: the new unit, the old units it is made of, and when.
public struct Reorganisation: Hashable, Sendable {
    /// Whether the unit asked about is the new unit or one of the old units.
    public enum Role: String, Hashable, Sendable, Codable {
        /// The unit is the new unit (Đồng Nai from 1 July 2025).
        case successor
        /// The unit is an old unit whose name ends there (Bình Phước, now part of Đồng Nai).
        case predecessor
    }

    /// From which side the unit asked about sees the change.
    public var role: Role
    /// The new unit(s): one for a merger or a rename, several for a split.
    public var successors: [String]
    /// The old units, in the crosswalk's order.
    public var predecessors: [String]
    /// The strongest change among the rows: split, then merged, then renamed.
    public var change: BoundaryChange
    /// The first day of the new units.
    public var effective: CalendarDate
    /// The split shares of the rows, when given (for a predecessor: the share going to each successor).
    public var shares: [Double?]

    /// The reorganisation the rows describe; nil when every row is ``BoundaryChange/unchanged``
    /// (or there are none). A predecessor whose name carries on (its only row leads to a unit of
    /// its own name) is described from the successor's side instead: nil here.
    public init?(_ rows: [CrosswalkEntry], role: Role) {
        let changed = rows.filter { $0.change != .unchanged }
        guard let first = changed.first else { return nil }
        if role == .predecessor,
            changed.allSatisfy({ Names.core($0.newUnit) == Names.core($0.oldUnit) })
        {
            return nil
        }
        self.role = role
        successors = Self.unique(rows.map(\.newUnit))
        predecessors = Self.unique(rows.map(\.oldUnit))
        let kinds = Set(changed.map(\.change))
        change = kinds.contains(.split) ? .split : kinds.contains(.merged) ? .merged : .renamed
        effective = changed.map(\.effective).min() ?? first.effective
        shares = rows.map(\.share)
    }

    /// Whether a comparison of `earlier` with `later` must state the change: the periods lie on
    /// different sides of the date, or one of them straddles it (its months are of both).
    public func separates(_ earlier: Period, _ later: Period) -> Bool {
        let a = earlier.side(of: effective)
        let b = later.side(of: effective)
        return a != b || a == .straddles
    }

    /// Whether figures of `earlier` are on the old boundary and those of `later` on the new one
    /// (a straddling period is read on the new boundary, ``PeriodSide``): what changes the units a
    /// figure covers, and so what pooling, percentile ranks and place changes go by.
    public func changesBoundary(_ earlier: Period, _ later: Period) -> Bool {
        earlier.side(of: effective) == .before && later.side(of: effective) != .before
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert(Names.core($0)).inserted }
    }
}
