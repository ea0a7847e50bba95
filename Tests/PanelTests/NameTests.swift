import Foundation
import Messages
import Testing

@testable import Panel

@Suite("Names and unit lookup")
struct NameTests {
    /// NFC spelling of a literal, whatever form the source file stores.
    static func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }
    static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    /// A small directory with the cases that matter: a district and its province, a province
    /// and a same-named city, two districts that share a name, and a city with aliases.
    static func directory() -> UnitDirectory {
        var d = UnitDirectory()
        d.add(Unit(name: nfc("Đồng Tháp"), level: .province, parent: nil))
        d.add(Unit(name: nfc("Tiền Giang"), level: .province, parent: nil))
        d.add(Unit(name: nfc("Tháp Mười"), level: .district, parent: nfc("Đồng Tháp")))
        d.add(Unit(name: nfc("Châu Thành"), level: .district, parent: nfc("Đồng Tháp")))
        d.add(Unit(name: nfc("Châu Thành"), level: .district, parent: nfc("Tiền Giang")))
        d.add(Unit(name: nfc("Hòa Bình"), level: .province, parent: nil))
        d.add(Unit(name: nfc("Thành phố Hòa Bình"), level: .district, parent: nfc("Hòa Bình")))
        d.add(Unit(name: nfc("Đà Nẵng"), level: .province, parent: nil))
        d.add(Unit(name: nfc("Thành phố Hồ Chí Minh"), level: .province, parent: nil))
        return d
    }

    static func name(of query: String, level: UnitLevel? = nil, parent: String? = nil) throws -> String {
        let d = directory()
        return d.units[try d.lookup(query, level: level, parent: parent)].name
    }

    // MARK: Folding

    @Test(
        "fold",
        arguments: [
            ("Tháp Mười", "thap muoi"), ("THÁP MƯỜI", "thap muoi"), ("  Tháp \t Mười ", "thap muoi"),
            ("Đồng Tháp", "dong thap"), ("đà nẵng", "da nang"), ("TP. Hồ Chí Minh", "tp ho chi minh"),
            ("TP.Hồ Chí Minh", "tp ho chi minh"), ("TP.HCM", "tp hcm"), ("Bà Rịa–Vũng Tàu", "ba ria vung tau"),
            ("Thừa Thiên (Huế)", "thua thien hue"), ("", ""),
        ])
    func fold(_ name: String, _ key: String) {
        #expect(Names.fold(name) == key)
        #expect(Names.fold(name.decomposedStringWithCanonicalMapping) == key)
    }

    @Test(
        "core drops one administrative prefix",
        arguments: [
            ("huyện Tháp Mười", "thap muoi"), ("Tháp Mười", "thap muoi"), ("Thành phố Hòa Bình", "hoa binh"),
            ("TP. Hồ Chí Minh", "ho chi minh"), ("tỉnh Đồng Tháp", "dong thap"), ("thị xã Sơn Tây", "son tay"),
            ("Quận 1", "1"), ("huyện", "huyen"),  // nothing would remain: kept
        ])
    func core(_ name: String, _ key: String) {
        #expect(Names.core(name) == key)
    }

    @Test func cleanStoresNFCAndCollapsesSpaces() {
        let nfd = "  Tháp \t  Mười\n ".decomposedStringWithCanonicalMapping
        let cleaned = Names.clean(nfd)
        // String == compares canonically; compare scalars to see the normal form.
        #expect(Self.scalars(cleaned) == Self.scalars(Self.nfc("Tháp Mười")))
        #expect(cleaned.unicodeScalars.count == 9)
        #expect(Names.clean("a\u{00A0}\u{00A0}b") == "a b")
        #expect(Names.clean("   ") == "")
    }

    @Test func distanceIsLevenshtein() {
        #expect(Names.distance("thap muoi", "thap muoj") == 1)
        #expect(Names.distance("", "abc") == 3)
        #expect(Names.distance("kitten", "sitting") == 3)
    }

    // MARK: Lookup

    @Test(
        "finds Tháp Mười however it is typed",
        arguments: [
            "thap muoi", "Tháp Mười", "huyện Tháp Mười", "Huyen Thap Muoi", "THÁP MƯỜI", "Tháp  Mười ", "thap m",
            "Tháp Mười".decomposedStringWithCanonicalMapping,
        ])
    func findsThapMuoi(_ query: String) throws {
        #expect(Self.scalars(try Self.name(of: query)) == Self.scalars(Self.nfc("Tháp Mười")))
    }

    @Test(
        "đ folds to d",
        arguments: [
            ("dong thap", "Đồng Tháp"), ("Đồng Tháp", "Đồng Tháp"), ("ĐỒNG THÁP", "Đồng Tháp"),
            ("Đà Nẵng", "Đà Nẵng"), ("da nang", "Đà Nẵng"), ("DA NANG", "Đà Nẵng"),
        ])
    func dFolds(_ query: String, _ expected: String) throws {
        #expect(try Self.name(of: query) == Self.nfc(expected))
    }

    @Test func fullNameWinsOverCore() throws {
        #expect(try Self.name(of: "hoa binh") == Self.nfc("Hòa Bình"))
        #expect(try Self.name(of: "Hoà Bình") == Self.nfc("Hòa Bình"))  // old-style tone placement
        #expect(try Self.name(of: "thanh pho hoa binh") == Self.nfc("Thành phố Hòa Bình"))
        #expect(try Self.name(of: "Thành phố Hòa Bình") == Self.nfc("Thành phố Hòa Bình"))
        #expect(try Self.name(of: "hoa binh", level: .district) == Self.nfc("Thành phố Hòa Bình"))
    }

    @Test(
        "Ho Chi Minh City by its aliases",
        arguments: [
            "TP.HCM", "tp hcm", "TPHCM", "HCM", "Hồ Chí Minh", "TP. Hồ Chí Minh", "sai gon", "thanh pho ho chi minh",
        ])
    func hoChiMinh(_ query: String) throws {
        #expect(try Self.name(of: query) == Self.nfc("Thành phố Hồ Chí Minh"))
    }

    @Test func knownAliasesAreAttached() throws {
        let d = Self.directory()
        let i = try d.lookup("TP.HCM")
        #expect(d.units[i].aliases.contains("TP.HCM"))
        #expect(d.units[i].aliases.contains("Sài Gòn"))
    }

    @Test func sameNameInTwoProvincesIsAmbiguous() {
        let d = Self.directory()
        let error = #expect(throws: LookupError.self) { try d.lookup("chau thanh") }
        let expected = LookupError.ambiguous(
            query: "chau thanh",
            candidates: [
                // Sorted by scalar: "T" (U+0054) before "Đ" (U+0110).
                Unit(name: Self.nfc("Châu Thành"), level: .district, parent: Self.nfc("Tiền Giang")),
                Unit(name: Self.nfc("Châu Thành"), level: .district, parent: Self.nfc("Đồng Tháp")),
            ])
        #expect(error == expected)
        #expect(error.map(Catalog(.en).callAsFunction)?.contains("matches 2 units") == true)
        #expect(d.candidates("Châu Thành").count == 2)
    }

    @Test(arguments: [("dong thap", "Đồng Tháp"), ("tỉnh Tiền Giang", "Tiền Giang"), ("Tien Giang", "Tiền Giang")])
    func parentResolvesTheAmbiguity(_ parent: String, _ expectedParent: String) throws {
        let d = Self.directory()
        let i = try d.lookup("Châu Thành", parent: parent)
        #expect(d.units[i].name == Self.nfc("Châu Thành"))
        #expect(d.units[i].parent == Self.nfc(expectedParent))
    }

    @Test func notFoundSuggestsTheNearestName() {
        let d = Self.directory()
        let error = #expect(throws: LookupError.self) { try d.lookup("thap muoj") }
        #expect(error == .notFound(query: "thap muoj", suggestions: [Self.nfc("Tháp Mười")]))
        #expect(
            error.map(Catalog(.en).callAsFunction)
                == "no unit matches 'thap muoj'; did you mean '\(Self.nfc("Tháp Mười"))'?")
    }

    @Test func notFoundWithNothingClose() {
        let d = Self.directory()
        let error = #expect(throws: LookupError.self) { try d.lookup("zzzzzzzzzzzz") }
        #expect(error == .notFound(query: "zzzzzzzzzzzz", suggestions: []))
        #expect(error.map(Catalog(.en).callAsFunction) == "no unit matches 'zzzzzzzzzzzz'")
    }

    @Test func levelFilterCanExcludeEverything() {
        let d = Self.directory()
        #expect(throws: LookupError.self) { try d.lookup("Tháp Mười", level: .province) }
    }

    @Test func addingTheSameUnitTwiceKeepsOne() {
        var d = UnitDirectory()
        let first = d.add(Unit(name: Self.nfc("Tháp Mười"), level: .district, parent: Self.nfc("Đồng Tháp")))
        let again = d.add(Unit(name: "THAP MUOI", level: nil, parent: "dong thap"))
        #expect(first.index == 0 && first.inserted)
        #expect(again.index == 0 && !again.inserted)
        #expect(d.units.count == 1)
        #expect(d.index(name: "thap muoi", parent: "Đồng Tháp") == 0)
        #expect(d.index(name: "thap muoi", parent: nil) == nil)
        let prefixed = d.add(
            Unit(name: Self.nfc("huyện Tháp Mười"), level: .district, parent: Self.nfc("tỉnh Đồng Tháp")))
        #expect(prefixed.index == 0 && !prefixed.inserted)
        #expect(d.units.count == 1)
    }

    /// Đồng Tháp has both a city and a district named Cao Lãnh (and a town and a district named
    /// Hồng Ngự): they must stay two units.
    @Test func cityAndDistrictOfTheSameNameAreTwoUnits() throws {
        var d = UnitDirectory()
        let parent = Self.nfc("Đồng Tháp")
        let city = d.add(Unit(name: Self.nfc("Thành phố Cao Lãnh"), level: .district, parent: parent))
        #expect(city.inserted)
        let district = d.add(Unit(name: Self.nfc("Huyện Cao Lãnh"), level: .district, parent: parent))
        #expect(district.inserted)
        #expect(d.units.count == 2)
        // Whatever the directory holds, a full name must find the unit of that name.
        let i = try d.lookup("thanh pho cao lanh")
        #expect(d.units[i].name == Self.nfc("Thành phố Cao Lãnh"))
    }

    @Test(
        arguments: [
            ("tỉnh", UnitLevel.province), ("Huyện", .district), ("sở", .department), ("bộ", .ministry),
            ("xã", .commune), ("phường", .commune), ("vùng", .region), ("cả nước", .national), ("district", .district),
        ])
    func levelNames(_ text: String, _ level: UnitLevel) {
        #expect(UnitLevel(parsing: text) == level)
    }
}

@Suite("Fast folding")
struct FastFoldTests {
    @Test func everyTableLetterFoldsAsDecompositionDoes() {
        for (value, _) in Names.vietnameseBase {
            let text = String(Character(Unicode.Scalar(value)!))
            #expect(Names.fold(text) == Names.foldByDecomposition(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        "Thừa Thiên Huế", "TP. Hồ Chí Minh", "Sở Lao động - Thương binh và Xã hội", "ĐỒNG THÁP", "Bà Rịa–Vũng Tàu",
        "Tháp Mười", "Huyện  Đam Rông", "Quảng Nam (cấp tỉnh)", "Thành phố Hòa Bình", "O'Reilly_Test", "Ấp Ông Ất",
        "Tha\u{0301}p Mươ\u{0300}i", "Ñandú", "  Trung bình\u{00A0}cấp huyện ",
    ])
    func namesFoldAsDecompositionDoes(_ name: String) {
        #expect(Names.fold(name) == Names.foldByDecomposition(name))
    }

    /// Found by the `names` fuzz harness: the table path took TAB, LF and CR for white space but
    /// not VT and FF, which decomposition (Unicode's White_Space) does.
    @Test(arguments: ["\u{09}", "\u{0A}", "\u{0B}", "\u{0C}", "\u{0D}", "\u{0B}\u{0C} "])
    func everyASCIIWhiteSpaceSeparatesWords(_ space: String) {
        let name = "Tuyên" + space + "Quang"
        #expect(Names.fold(name) == "tuyen quang")
        #expect(Names.fold(name) == Names.foldByDecomposition(name))
    }

    @Test func simpleNamesNeedNoNormalisation() {
        #expect(Names.isSimpleNFC("Thừa Thiên Huế"))
        #expect(!Names.isSimpleNFC("Tha\u{0301}p Mười"))
        #expect(Names.clean("Tha\u{0301}p  Mười ") == "Tháp Mười")
    }
}

@Suite("Lookups as analysts type them")
struct TypedLookupTests {
    static func directory() -> UnitDirectory {
        var units = UnitDirectory()
        for (name, parent) in [
            ("Huyện Cao Lãnh", "Đồng Tháp"), ("Thành phố Cao Lãnh", "Đồng Tháp"), ("Tháp Mười", "Đồng Tháp"),
            ("Sở Tư pháp", "Hòa Bình"),
        ] {
            units.add(Unit(name: name, level: name.hasPrefix("Sở") ? .department : .district, parent: parent))
        }
        return units
    }

    @Test(arguments: [
        ("tp cao lanh", "Thành phố Cao Lãnh"), ("TP. Cao Lãnh", "Thành phố Cao Lãnh"),
        ("thanh pho cao lanh", "Thành phố Cao Lãnh"), ("huyen cao lanh", "Huyện Cao Lãnh"),
    ])
    func aTypedPrefixPicksTheUnitWrittenWithIt(_ query: String, _ expected: String) throws {
        let units = Self.directory()
        #expect(units.units[try units.lookup(query)].name == expected)
    }

    @Test func withoutAPrefixTwoUnitsOfOneNameAreAmbiguous() {
        #expect(throws: LookupError.self) { try Self.directory().lookup("cao lanh") }
    }

    @Test func aMisspelledNameWithAPrefixStillGetsASuggestion() {
        #expect(throws: LookupError.notFound(query: "Huyen Thap Muoii", suggestions: ["Tháp Mười"])) {
            try Self.directory().lookup("Huyen Thap Muoii")
        }
    }

    @Test func aMisspelledParentIsNamedWithTheClosestParents() {
        #expect(throws: LookupError.unknownParent(query: "Hoa Bnh", suggestions: ["Hòa Bình"])) {
            try Self.directory().lookup("Sở Tư pháp", parent: "Hoa Bnh")
        }
        #expect(throws: Never.self) { try Self.directory().checkParent("tinh hoa binh") }
    }

    /// The suggestions as first written (every candidate's distance computed), kept as the
    /// reference for the version that skips candidates too far by length alone.
    static func referenceSuggestions(for query: String, among candidates: [String], limit: Int = 3) -> [String] {
        let q = Names.fold(query)
        let qCore = Names.stripPrefix(q)
        let threshold = max(2, qCore.count / 3)
        let scored = candidates.map { c -> (String, Int) in
            let folded = Names.fold(c)
            return (c, min(Names.distance(q, folded), Names.distance(qCore, Names.stripPrefix(folded))))
        }
        .filter { $0.1 <= threshold || Names.fold($0.0).hasPrefix(q) && !q.isEmpty }
        .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        var seen = Set<String>()
        return scored.compactMap { seen.insert($0.0).inserted ? $0.0 : nil }.prefix(limit).map { $0 }
    }

    @Test func suggestionsSkipOnlyCandidatesTooFarByLength() {
        let candidates = [
            "par_index", "sipas", "papi", "pci", "on_time_rate", "online_filing_rate", "ddci", "index_766",
            NameTests.nfc("Tháp Mười"), NameTests.nfc("Huyện Tháp Mười"), NameTests.nfc("Thành phố Hòa Bình"),
            NameTests.nfc("Hòa Bình"), "Xã Mỹ An",
            "tinh_ha_noi", "p", "",
        ]
        var generator = SeededGenerator(seed: 766)
        let alphabet = Array("abcdehilmnoprstuxy_ 7àáđêơư") + ["\u{301}"]
        var queries = candidates + ["par-index", "Huyen Thap Muoii", "thap muoj", "zzzzzzzzzzzz", "on time", "x"]
        for _ in 0..<400 {
            let length = Int.random(in: 0...24, using: &generator)
            queries.append(
                String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }))
        }
        for query in queries {
            #expect(
                Names.suggestions(for: query, among: candidates)
                    == Self.referenceSuggestions(for: query, among: candidates), "\(query)")
        }
    }
}
