import Testing

@testable import Panel

@Suite("NumberReader")
struct NumberTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var convention: DecimalConvention
        var value: Double
        var decimals: Int
        var percent: Bool = false
        var testDescription: String { "\(text.debugDescription) under \(convention)" }
    }

    static let readable: [Case] = [
        Case(text: "99.17", convention: .point, value: 99.17, decimals: 2),
        Case(text: "99,17", convention: .comma, value: 99.17, decimals: 2),
        Case(text: "1,234.5", convention: .point, value: 1234.5, decimals: 1),
        Case(text: "1.234,5", convention: .comma, value: 1234.5, decimals: 1),
        Case(text: "7.554.000", convention: .comma, value: 7_554_000, decimals: 0),
        Case(text: "7,554,000", convention: .point, value: 7_554_000, decimals: 0),
        Case(text: "-3.5", convention: .point, value: -3.5, decimals: 1),
        Case(text: "\u{2212}3,5", convention: .comma, value: -3.5, decimals: 1),  // U+2212 minus
        Case(text: "+2", convention: .point, value: 2, decimals: 0),
        Case(text: "86.45%", convention: .point, value: 86.45, decimals: 2, percent: true),
        Case(text: "86,45 %", convention: .comma, value: 86.45, decimals: 2, percent: true),
        Case(text: " 1 234,5", convention: .comma, value: 1234.5, decimals: 1),
        Case(text: "1\u{00A0}234,5\u{00A0}", convention: .comma, value: 1234.5, decimals: 1),  // NBSP
        Case(text: "1\u{202F}234\u{202F}567", convention: .point, value: 1_234_567, decimals: 0),  // narrow NBSP
        Case(text: "1,234", convention: .point, value: 1234, decimals: 0),  // grouping of the other convention
        Case(text: "1.234", convention: .point, value: 1.234, decimals: 3),
        Case(text: "1.234", convention: .comma, value: 1234, decimals: 0),
        Case(text: "0.50", convention: .point, value: 0.5, decimals: 2),
        Case(text: ",5", convention: .comma, value: 0.5, decimals: 1),
        Case(text: "42", convention: .comma, value: 42, decimals: 0),
    ]

    @Test("reads numbers as written", arguments: readable)
    func reads(_ c: Case) throws {
        let n = try #require(NumberReader.parse(c.text, convention: c.convention))
        #expect(n.value == c.value)
        #expect(n.decimals == c.decimals)
        #expect(n.percentSign == c.percent)
    }

    @Test(
        "count context: three-digit groups are thousands under either convention",
        arguments: [
            ("7.554", 7554.0), ("7,554", 7554.0), ("7.554.000", 7_554_000.0), ("7,554,000", 7_554_000.0),
            ("12", 12.0), ("-7.554", -7554.0), ("1 234", 1234.0),
        ], DecimalConvention.allCases)
    func countContext(_ c: (text: String, value: Double), _ convention: DecimalConvention) throws {
        let n = try #require(NumberReader.parse(c.text, convention: convention, count: true))
        #expect(n.value == c.value)
        #expect(n.decimals == 0)
    }

    @Test(
        "count context: a fractional count is not a count",
        arguments: ["7.5", "7,5", "12,34", "1.234,5", "1,234.5", "0.25"], DecimalConvention.allCases)
    func fractionalCount(_ text: String, _ convention: DecimalConvention) {
        #expect(NumberReader.parse(text, convention: convention, count: true) == nil)
    }

    @Test func countOutsideCountContextFollowsTheConvention() throws {
        #expect(NumberReader.parse("7.554", convention: .point)?.value == 7.554)
        #expect(NumberReader.parse("7,554", convention: .comma)?.value == 7.554)
        #expect(NumberReader.parse("7.5", convention: .point)?.value == 7.5)
    }

    @Test(
        "rejects what is not a number",
        arguments: [
            ("abc", DecimalConvention.point), ("abc", .comma), ("", .point), ("", .comma), ("   ", .point),
            ("-", .point), ("%", .point), ("1.2.3", .point), ("12,34", .point), ("1,23,456", .point),
            ("12.34", .comma), ("1,234.5", .comma), ("1.234,5", .point), ("12a", .point), ("1e5", .point),
            ("--3", .point), ("3-", .point), ("1,2.3", .point),
        ])
    func rejects(_ text: String, _ convention: DecimalConvention) {
        #expect(NumberReader.parse(text, convention: convention) == nil)
    }

    /// Leading spaces and no-break spaces before the sign are skipped.
    @Test func leadingNoBreakSpaceBeforeASign() {
        #expect(NumberReader.parse(" \u{2212}3,5", convention: .comma)?.value == -3.5)
        #expect(NumberReader.parse("\u{00A0}\u{2212}3,5", convention: .comma)?.value == -3.5)
        #expect(NumberReader.parse("\u{00A0}-3.5", convention: .point)?.value == -3.5)
    }

    @Test(arguments: ["", "-", "—", "–", "NA", "n/a", "N/A", "na", "N.A.", "..", "…"])
    func missingMarkers(_ text: String) {
        #expect(NumberReader.isMissing(text))
    }

    @Test(arguments: ["0", "abc", "nan", "NaN", "-0", "null"])
    func notMissing(_ text: String) {
        #expect(!NumberReader.isMissing(text))
    }

    // MARK: Detecting the convention

    @Test func mostlyCommaCellsGiveComma() {
        let d = NumberReader.detect(["99,17", "12,5", "7.554", "3", "abc", "1.234,5", "0.5"])
        #expect(d.convention == .comma)
        #expect(d.ambiguousExample == nil)
        #expect(d.votes.comma == 3)
        #expect(d.votes.point == 1)
    }

    @Test func mostlyPointCellsGivePoint() {
        let d = NumberReader.detect(["99.17", "7,554,000", "1,234.5", "12,5"])
        #expect(d.convention == .point)
        #expect(d.ambiguousExample == nil)
        #expect(d.votes.point == 3)
        #expect(d.votes.comma == 1)
    }

    @Test func onlyAmbiguousCellsDefaultToPointAndSayWhy() {
        let d = NumberReader.detect(["7.554", "1,234", "12", "NA"])
        #expect(d.convention == .point)
        #expect(d.ambiguousExample == "7.554")
        #expect(d.votes.point == 0)
        #expect(d.votes.comma == 0)
    }

    @Test func aTieDefaultsToPoint() {
        let plain = NumberReader.detect(["99.17", "99,17"])
        #expect(plain.convention == .point)
        #expect(plain.ambiguousExample == nil)  // nothing was ambiguous

        let withAmbiguous = NumberReader.detect(["99.17", "7,554", "99,17", "1.000"])
        #expect(withAmbiguous.convention == .point)
        #expect(withAmbiguous.ambiguousExample == "7,554")
        #expect(withAmbiguous.votes.point == 1)
        #expect(withAmbiguous.votes.comma == 1)
    }

    @Test func noCellsDefaultToPoint() {
        let d = NumberReader.detect([String]())
        #expect(d.convention == .point)
        #expect(d.ambiguousExample == nil)
    }
}
