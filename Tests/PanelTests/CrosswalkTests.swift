import Foundation
import Testing

@testable import Panel

/// The crosswalk model (issue 17): dates, a period's side of a change, both file headers, the
/// lookups, and the located errors of bad rows.
@Suite("Crosswalk")
struct CrosswalkTests {
    static let july2025 = CalendarDate(year: 2025, month: 7, day: 1)

    @Test(arguments: [
        ("2025-07-01", "2025-07-01"), ("1/7/2025", "2025-07-01"), ("01/07/2025", "2025-07-01"),
        ("2024-02-29", "2024-02-29"),
    ])
    func aDateIsRead(_ text: String, _ canonical: String) {
        #expect(CalendarDate(parsing: text)?.description == canonical)
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "7/2025", "2025-07", "1/7/25", "", "x-y-z", "32/1/2025"])
    func aNonDateIsRefused(_ text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    /// Each period against 1 July 2025, decided by hand from the days it covers.
    @Test(arguments: [
        ("2024", PeriodSide.before), ("2025-H1", .before), ("2025-Q2", .before), ("2025-06", .before),
        ("2025-06-30", .before), ("2025-H2", .after), ("2025-Q3", .after), ("2025-07", .after),
        ("2025-07-01", .after), ("2025-07/08", .after), ("2026", .after), ("2025", .straddles),
        ("2025-9M", .straddles), ("2024-2026", .straddles), ("2025-06/07", .straddles),
    ])
    func aPeriodLiesOnOneSideOrStraddles(_ text: String, _ side: PeriodSide) throws {
        let date = try #require(Self.july2025)
        #expect(try Period(parsing: text).side(of: date) == side, "\(text)")
    }

    @Test(arguments: [
        ("merged", BoundaryChange.merged), ("Sáp nhập", .merged), ("đổi tên", .renamed), ("split", .split),
        ("chia tách", .split), ("UNCHANGED", .unchanged),
    ])
    func aChangeIsRead(_ text: String, _ kind: BoundaryChange) {
        #expect(BoundaryChange(parsing: text) == kind)
    }

    @Test func theRealProvinceCrosswalkMapsSixtyThreeToThirtyFour() throws {
        let path = repositoryRoot.appendingPathComponent("datasets/province_merger_2025.csv").path
        let r = Loader.load([path])
        #expect(r.errors.isEmpty)
        let xwalk = r.panel.crosswalk
        #expect(xwalk.count == 63)
        #expect(Set(xwalk.entries.map { Names.core($0.newUnit) }).count == 34)
        #expect(xwalk.entries.allSatisfy { $0.level == .province && $0.effective == Self.july2025 })
        #expect(xwalk.predecessors(of: "Đồng Nai").map(\.oldUnit) == ["Đồng Nai", "Bình Phước"])
        #expect(
            xwalk.predecessors(of: "Hồ Chí Minh").map(\.oldUnit) == ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"])
        #expect(xwalk.successors(of: "bình phước").map(\.newUnit) == ["Đồng Nai"])
        #expect(xwalk.successors(of: "Hà Nội").map(\.change) == [.unchanged])
        #expect(xwalk.entries.filter { $0.change == .unchanged }.count == 11)
    }

    static let communes = repositoryRoot.appendingPathComponent(
        "Tests/ShellTests/Fixtures/crosswalk/commune_crosswalk_synthetic.csv"
    ).path

    @Test func aSyntheticCommuneCrosswalkReadsEveryKindOfChange() throws {
        let r = Loader.load([Self.communes])
        #expect(r.diagnostics.isEmpty)
        let xwalk = r.panel.crosswalk
        #expect(xwalk.entries.allSatisfy { $0.level == .commune })
        #expect(xwalk.predecessors(of: "Xã Mây Bạc").map(\.oldUnit) == ["Xã Mây Hồng", "Xã Suối Bạc"])
        #expect(xwalk.successors(of: "Xã Cỏ Lau").map(\.change) == [.renamed])
        // "1/7/2025" and "2025-07-01" are one date.
        #expect(Set(xwalk.entries.map(\.effective)) == [Self.july2025])
        let split = xwalk.successors(of: "Xã Đá Vàng")
        #expect(split.map(\.newUnit) == ["Xã Đá Vàng Đông", "Xã Đá Vàng Tây"])
        #expect(split.map(\.change) == [.split, .split])
        #expect(split.map(\.share) == [0.6, 0.4])
        #expect(xwalk.successors(of: "Xã Sen Hồ", level: .province).isEmpty)
    }

    @Test func aUnitOfTheDataFindsItsReorganisation() throws {
        let data = repositoryRoot.appendingPathComponent(
            "Tests/ShellTests/Fixtures/crosswalk/communes_synthetic.csv"
        ).path
        let panel = Loader.load([Self.communes, data]).panel
        func unit(_ name: String) throws -> Int { try panel.units.lookup(name) }
        let made = try #require(panel.crosswalk.reorganisation(ofUnit: try unit("Xã Mây Bạc")))
        #expect(made.role == .successor)
        #expect(made.predecessors == ["Xã Mây Hồng", "Xã Suối Bạc"])
        #expect(made.change == .merged)
        let ended = try #require(panel.crosswalk.reorganisation(ofUnit: try unit("Xã Suối Bạc")))
        #expect(ended.role == .predecessor)
        #expect(ended.successors == ["Xã Mây Bạc"])
        #expect(panel.crosswalk.reorganisation(ofUnit: try unit("Xã Sen Hồ")) == nil)
        #expect(made.separates(try Period(parsing: "2024"), try Period(parsing: "2025-H2")))
        #expect(made.separates(try Period(parsing: "2024"), try Period(parsing: "2025")))
        #expect(!made.separates(try Period(parsing: "2025-H2"), try Period(parsing: "2026")))
        #expect(!made.separates(try Period(parsing: "2023"), try Period(parsing: "2025-H1")))
    }

    /// Bad rows: the code and the place, counted by hand from the text; the row is left out.
    @Test(arguments: [
        ("old_unit,new_unit,level,change,effective\nA,B,commune,swallowed,2025-07-01\n", "bad-change@2:13"),
        ("old_unit,new_unit,level,change,effective\nA,B,commune,merged,2025-02-30\n", "bad-effective-date@2:20"),
        ("old_unit,new_unit,level,change,effective,share\nA,B,commune,split,2025-07-01,1.5x\n", "bad-share@2:30"),
        ("old_unit,new_unit,level,change,effective,share\nA,B,commune,split,2025-07-01,-3\n", "bad-share@2:30"),
        ("old_unit,new_unit,level,change,effective\nA,B,planet,merged,2025-07-01\n", "bad-level@2:5"),
        ("old_unit,new_unit,change,effective\nA,B,merged,2025-07-01\n", "bad-level@2:1"),
        ("old_province,new_province,change,effective\nA,B,,2025-07-01\n", "bad-change@2:5"),
    ])
    func aBadCrosswalkRowIsLocated(_ text: String, _ expected: String) {
        let r = Loader.load(text: text, name: "x.csv")
        #expect(RuleTests.places(r) == [expected], "\(text)")
        #expect(r.panel.crosswalk.isEmpty)
    }
}
