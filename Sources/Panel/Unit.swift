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

/// Errors of looking a unit up by what a person typed.
public enum LookupError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFound(query: String, suggestions: [String])
    case ambiguous(query: String, candidates: [String])

    public var description: String {
        switch self {
        case let .notFound(query, suggestions):
            suggestions.isEmpty
                ? "no unit matches '\(query)'"
                : "no unit matches '\(query)'; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
        case let .ambiguous(query, candidates):
            "'\(query)' matches \(candidates.count) units: \(candidates.joined(separator: "; ")); add --level or --parent, or type more of the name"
        }
    }
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
    private var byIdentity: [String: Int] = [:]
    private var byFull: [String: [Int]] = [:]
    private var byCore: [String: [Int]] = [:]
    private var byCoreIdentity: [String: [Int]] = [:]

    public init() {}

    static func identity(name: String, parent: String?) -> String {
        Names.fold(name) + "\u{1F}" + (parent.map(Names.core) ?? "")
    }

    /// The index of the unit with this name and parent, if known.
    public func index(name: String, parent: String?) -> Int? {
        byIdentity[Self.identity(name: name, parent: parent)]
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
        let id = Self.identity(name: unit.name, parent: unit.parent)
        if let existing = byIdentity[id] { return (existing, false) }
        let coreID = Names.core(unit.name) + "\u{1F}" + (unit.parent.map(Names.core) ?? "")
        let compatible = (byCoreIdentity[coreID] ?? []).filter { i in
            let other = units[i]
            let levelsAgree = other.level == nil || unit.level == nil || other.level == unit.level
            let onePrefixed = (Names.fold(other.name) == Names.core(other.name)) != (Names.fold(unit.name) == Names.core(unit.name))
            return levelsAgree && onePrefixed
        }
        if compatible.count == 1, let existing = compatible.first {
            byIdentity[id] = existing
            return (existing, false)
        }
        var unit = unit
        let core = Names.core(unit.name)
        for alias in KnownAliases.byCore[core] ?? [] where !unit.aliases.contains(alias) {
            unit.aliases.append(alias)
        }
        let index = units.count
        units.append(unit)
        byIdentity[id] = index
        byCoreIdentity[coreID, default: []].append(index)
        for name in [unit.name] + unit.aliases {
            byFull[Names.fold(name), default: []].append(index)
            let c = Names.core(name)
            byCore[c, default: []].append(index)
        }
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
        let matches = candidates(query, level: level, parent: parent)
        if matches.count == 1, let only = matches.first { return only }
        if matches.isEmpty {
            let pool = units.filter { unit in
                (level == nil || unit.level == level) && (parent == nil || unit.parent.map(Names.fold) == parent.map(Names.fold))
            }.map(\.name)
            throw .notFound(query: query, suggestions: Names.suggestions(for: query, among: pool))
        }
        throw .ambiguous(query: query, candidates: matches.map { units[$0].qualifiedName }.sorted())
    }

    /// The level a typed prefix names: "tỉnh …" a province, "huyện …" a district, "xã …" a commune.
    static func impliedLevel(_ folded: String) -> UnitLevel? {
        for (prefix, level) in [("tinh ", UnitLevel.province), ("huyen ", .district), ("xa ", .commune), ("phuong ", .commune), ("thi tran ", .commune)]
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
        let exact = unique(byFull[full] ?? [])
        if !exact.isEmpty { return exact }
        var byCoreMatch = unique(byCore[core] ?? [])
        if byCoreMatch.count > 1, let implied = Self.impliedLevel(full) {
            let narrowed = byCoreMatch.filter { units[$0].level == implied }
            if !narrowed.isEmpty { byCoreMatch = narrowed }
        }
        if !byCoreMatch.isEmpty { return byCoreMatch }
        guard !core.isEmpty else { return [] }
        let prefixed = byCore.filter { $0.key.hasPrefix(core) }.flatMap(\.value)
        return unique(prefixed)
    }
}
