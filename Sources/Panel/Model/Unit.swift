import Foundation

/// The administrative level of a unit.
public enum UnitLevel: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case national, region, province, ministry, department, district, commune

    /// Reads an English or Vietnamese level name, case- and diacritic-insensitively
    /// ("tỉnh" → province, "huyện" → district, "sở" → department, "bộ" → ministry,
    /// "xã"/"phường" → commune, "vùng" → region, "cả nước"/"toàn quốc" → national).
    public init?(parsing text: String) {
        let key = Names.fold(text)
        if let level = UnitLevel(rawValue: key) {
            self = level
            return
        }
        switch key {
        case "toan quoc", "ca nuoc", "quoc gia", "country", "nation": self = .national
        case "vung", "khu vuc": self = .region
        case "tinh", "cap tinh", "thanh pho truc thuoc trung uong": self = .province
        case "bo", "bo nganh", "co quan ngang bo": self = .ministry
        case "so", "so nganh", "ban nganh", "co quan chuyen mon": self = .department
        case "huyen", "cap huyen", "quan", "thi xa", "thanh pho thuoc tinh": self = .district
        case "xa", "cap xa", "phuong", "thi tran": self = .commune
        default: return nil
        }
    }

    var order: Int { UnitLevel.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: UnitLevel, b: UnitLevel) -> Bool { a.order < b.order }
}

/// The authority that processed dossiers, for rates split by tier.
public enum Tier: String, CaseIterable, Hashable, Sendable, Codable {
    case province, district, commune

    /// A small number per tier, for hashing.
    var hashRank: Int {
        switch self {
        case .province: 0
        case .district: 1
        case .commune: 2
        }
    }

    /// Reads "province"/"tỉnh"/"cấp tỉnh", "district"/"huyện"/"cấp huyện", "commune"/"xã"/"cấp xã".
    public init?(parsing text: String) {
        switch Names.fold(text) {
        case "province", "tinh", "cap tinh": self = .province
        case "district", "huyen", "cap huyen": self = .district
        case "commune", "xa", "cap xa": self = .commune
        default: return nil
        }
    }
}

/// An administrative unit: a province, district, commune, ministry, department, region or
/// the whole country. Its name is stored in NFC.
public struct Unit: Hashable, Sendable, Codable {
    /// The name as written in the data, NFC, spaces collapsed.
    public var name: String
    public var level: UnitLevel?
    /// The parent's name (NFC), e.g. the province of a district.
    public var parent: String?
    /// Other names people use ("TP.HCM" for "Thành phố Hồ Chí Minh").
    public var aliases: [String]
    /// After the 2025 merger: the province this one became part of.
    public var successor: String?

    public init(name: String, level: UnitLevel?, parent: String?, aliases: [String] = [], successor: String? = nil) {
        self.name = name
        self.level = level
        self.parent = parent
        self.aliases = aliases
        self.successor = successor
    }

    /// "Tháp Mười (district, Đồng Tháp)" — enough to tell same-named units apart.
    public var qualifiedName: String {
        let extras = [level?.rawValue, parent].compactMap { $0 }
        return extras.isEmpty ? name : "\(name) (\(extras.joined(separator: ", ")))"
    }
}

/// Well-known other names of provinces, as folded core keys → aliases.
enum KnownAliases {
    static let byCore: [String: [String]] = [
        "ho chi minh": ["TP.HCM", "TPHCM", "HCM", "Sài Gòn", "TP. Hồ Chí Minh"],
        "thua thien hue": ["Huế", "TT-Huế", "TT Huế"],
        "hue": ["Thừa Thiên Huế"],
        "ba ria vung tau": ["BR-VT", "Bà Rịa Vũng Tàu"],
        "ha noi": ["Hanoi", "TP. Hà Nội"],
        "ca nuoc": ["Toàn quốc", "Việt Nam", "Vietnam", "national"],
    ]
}

/// Errors of looking a unit up by what a person typed (the catalog words them).
public enum LookupError: Error, Hashable, Sendable {
    case notFound(query: String, suggestions: [String])
    /// Several units match; `candidates` in the order of their qualified names.
    case ambiguous(query: String, candidates: [Unit])
    /// No unit has the parent given (`--parent`); `suggestions` are the closest parents.
    case unknownParent(query: String, suggestions: [String])
}

/// All units of a panel with lookup by typed name.
///
/// Lookup tries, in order, and stops at the first step that finds anything:
/// 1. the folded full name or alias ("hoa binh" → Hòa Bình, not Thành phố Hòa Bình);
/// 2. the folded name without an administrative prefix ("huyện Tháp Mười" → Tháp Mười);
/// 3. names whose core starts with the typed core ("thap m" → Tháp Mười).
/// More than one unit at the deciding step is an ambiguity that lists the candidates.
public struct UnitDirectory: Sendable {
    public private(set) var units: [Unit] = []
    /// Folded name and parent core → unit; the same without the name's prefix → units.
    private var byIdentity: [Key: Int] = [:]
    /// The first unit of each core key; units after it (rare: "Huyện Cao Lãnh" and "Thành phố Cao
    /// Lãnh") in `moreByCoreIdentity`, in order.
    private var byCoreIdentity: [Key: Int] = [:]
    private var moreByCoreIdentity: [Key: [Int]] = [:]
    /// Lookup by typed name, built on the first lookup (loading only adds).
    private var names = NameIndex()
    /// The last parent seen, its core and the core's hash: the units of a file share a few parents.
    private var lastParent: (name: String, core: String, hash: Int)?

    /// A folded name with its parent's core. The two strings' hashes are combined once, when the
    /// key is made; a dictionary then hashes that one number.
    private struct Key: Hashable {
        let name: String
        let parent: String
        let hash: Int

        init(name: String, parent: String, parentHash: Int? = nil) {
            self.name = name
            self.parent = parent
            hash = name.hashValue &* 31 &+ (parentHash ?? parent.hashValue)
        }

        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.name == b.name && a.parent == b.parent }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    public init() {}

    /// The index of the unit with this name and parent, if known.
    public func index(name: String, parent: String?) -> Int? {
        byIdentity[Key(name: Names.fold(name), parent: parent.map(Names.core) ?? "")]
    }

    /// Adds a unit, or returns the existing one it names.
    ///
    /// Names are compared without case and diacritics, parents also without their prefix.
    /// A unit's own prefix matters when both names carry one ("Thành phố Cao Lãnh" and
    /// "Huyện Cao Lãnh" are two units of Đồng Tháp); a name without a prefix is the same unit
    /// as the one prefixed name of that core under the same parent, when their levels agree
    /// ("huyện Tháp Mười" = "Tháp Mười").
    @discardableResult
    public mutating func add(_ unit: Unit) -> (index: Int, inserted: Bool) {
        let folded = Names.fold(unit.name)
        var parentCore = ""
        var parentHash = "".hashValue
        if let parent = unit.parent {
            if let last = lastParent, last.name == parent {
                (parentCore, parentHash) = (last.core, last.hash)
            } else {
                parentCore = Names.core(parent)
                parentHash = parentCore.hashValue
                lastParent = (parent, parentCore, parentHash)
            }
        }
        let id = Key(name: folded, parent: parentCore, parentHash: parentHash)
        if let existing = byIdentity[id] { return (existing, false) }
        let core = Names.stripPrefix(folded)
        let coreID = Key(name: core, parent: parentCore, parentHash: parentHash)
        let unitPrefixed = folded != core
        let sameCore = byCoreIdentity[coreID].map { [$0] + (moreByCoreIdentity[coreID] ?? []) }
        if let sameCore {
            let compatible = sameCore.filter { i in
                let other = units[i]
                let levelsAgree = other.level == nil || unit.level == nil || other.level == unit.level
                let otherFolded = Names.fold(other.name)
                let onePrefixed = (otherFolded == Names.stripPrefix(otherFolded)) != !unitPrefixed
                return levelsAgree && onePrefixed
            }
            if compatible.count == 1, let existing = compatible.first {
                byIdentity[id] = existing
                return (existing, false)
            }
        }
        var unit = unit
        if let aliases = KnownAliases.byCore[core] {
            for alias in aliases where !unit.aliases.contains(alias) { unit.aliases.append(alias) }
        }
        let index = units.count
        units.append(unit)
        byIdentity[id] = index
        if sameCore == nil {
            byCoreIdentity[coreID] = index
        } else {
            moreByCoreIdentity[coreID, default: []].append(index)
        }
        if !isKnownUniquelyReferenced(&names) { names = NameIndex() }
        return (index, true)
    }

    /// Sets a unit's level when it had none.
    public mutating func setLevel(_ level: UnitLevel, at index: Int) {
        if units[index].level == nil { units[index].level = level }
    }

    /// Records the post-2025 successor of a unit.
    public mutating func setSuccessor(_ successor: String, at index: Int) {
        units[index].successor = successor
    }

    /// Finds the one unit a person means by `query`, optionally among a level and parent.
    public func lookup(_ query: String, level: UnitLevel? = nil, parent: String? = nil) throws(LookupError) -> Int {
        if let parent { try checkParent(parent) }
        let matches = candidates(query, level: level, parent: parent)
        if matches.count == 1, let only = matches.first { return only }
        if matches.isEmpty {
            let pool = units.filter { unit in
                (level == nil || unit.level == level)
                    && (parent == nil || unit.parent.map(Names.fold) == parent.map(Names.fold))
            }.map(\.name)
            throw .notFound(query: query, suggestions: Names.suggestions(for: query, among: pool))
        }
        throw .ambiguous(
            query: query, candidates: matches.map { units[$0] }.sorted { $0.qualifiedName < $1.qualifiedName })
    }

    /// Throws when no unit has `parent` as its parent (accents and prefixes optional), with the
    /// parents that are closest.
    public func checkParent(_ parent: String) throws(LookupError) {
        let key = Names.fold(parent)
        let core = Names.stripPrefix(key)
        let parents = Set(units.compactMap(\.parent))
        guard
            !parents.contains(where: { p in
                let pk = Names.fold(p)
                return pk == key || Names.stripPrefix(pk) == core
            })
        else { return }
        throw .unknownParent(query: parent, suggestions: Names.suggestions(for: parent, among: parents.sorted()))
    }

    /// The level a typed prefix names: "tỉnh …" a province, "huyện …" a district, "xã …" a commune.
    static func impliedLevel(_ folded: String) -> UnitLevel? {
        for (prefix, level) in [
            ("tinh ", UnitLevel.province), ("huyen ", .district), ("xa ", .commune), ("phuong ", .commune),
            ("thi tran ", .commune),
        ]
        where folded.hasPrefix(prefix) {
            return level
        }
        return nil
    }

    /// Every unit the lookup rules would consider at the deciding step.
    public func candidates(_ query: String, level: UnitLevel? = nil, parent: String? = nil) -> [Int] {
        let full = Names.fold(query)
        let core = Names.stripPrefix(full)
        let parentKey = parent.map(Names.fold)
        func keep(_ i: Int) -> Bool {
            let u = units[i]
            if let level, u.level != level { return false }
            if let parentKey {
                guard let p = u.parent else { return false }
                let pk = Names.fold(p)
                if pk != parentKey && Names.stripPrefix(pk) != Names.stripPrefix(parentKey) { return false }
            }
            return true
        }
        func unique(_ xs: [Int]) -> [Int] { Array(Set(xs.filter(keep))).sorted() }
        let (full1, core1, prefixed) = names.lookup(full: full, core: core, in: units)
        let exact = unique(full1)
        if !exact.isEmpty { return exact }
        var byCoreMatch = unique(core1)
        // A typed prefix picks, among units of one core, those written with it ("tp Cao Lãnh" is
        // the city, not the district), else those of the level it names.
        if byCoreMatch.count > 1, let typed = Names.prefix(of: full) {
            let written = byCoreMatch.filter { Names.prefix(of: Names.fold(units[$0].name)) == typed }
            if !written.isEmpty { byCoreMatch = written }
        }
        if byCoreMatch.count > 1, let implied = Self.impliedLevel(full) {
            let narrowed = byCoreMatch.filter { units[$0].level == implied }
            if !narrowed.isEmpty { byCoreMatch = narrowed }
        }
        if !byCoreMatch.isEmpty { return byCoreMatch }
        guard !core.isEmpty else { return [] }
        return unique(prefixed())
    }
}

/// The units by folded full name and by core (names and aliases), for lookups. Built when first
/// asked and extended to units added since; a directory that adds units while another copy
/// shares its index starts a new one (``UnitDirectory/add(_:)``).
private final class NameIndex: @unchecked Sendable {
    // @unchecked: every access to the tables holds `lock`.
    private let lock = NSLock()
    private var byFull: [String: [Int]] = [:]
    private var byCore: [String: [Int]] = [:]
    private var indexed = 0

    /// The units of the full name and of the core, and a function giving those of the cores that
    /// start with `core`.
    func lookup(full: String, core: String, in units: [Unit]) -> ([Int], [Int], () -> [Int]) {
        lock.lock()
        defer { lock.unlock() }
        while indexed < units.count {
            let unit = units[indexed]
            for name in [unit.name] + unit.aliases {
                let folded = Names.fold(name)
                byFull[folded, default: []].append(indexed)
                byCore[Names.stripPrefix(folded), default: []].append(indexed)
            }
            indexed += 1
        }
        let cores = byCore
        return (byFull[full] ?? [], byCore[core] ?? [], { cores.filter { $0.key.hasPrefix(core) }.flatMap(\.value) })
    }
}
