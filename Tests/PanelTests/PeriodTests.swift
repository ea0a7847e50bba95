import Foundation
import Messages
import Testing

@testable import Panel

/// Every written form of ``Period`` and the canonical text it reads as.
@Suite("Period")
struct PeriodTests {
    static let forms: [(String, String)] = [
        ("2022", "2022"),
        ("năm 2023", "2023"),
        ("  2022  ", "2022"),
        ("2022-H1", "2022-H1"),
        ("2022-H2", "2022-H2"),
        ("H1/2022", "2022-H1"),
        ("h2/2022", "2022-H2"),
        ("6 tháng đầu năm 2022", "2022-H1"),
        ("6 tháng cuối năm 2022", "2022-H2"),
        ("2022-Q3", "2022-Q3"),
        ("Q3/2024", "2024-Q3"),
        ("Q3 2024", "2024-Q3"),
        ("quý III/2024", "2024-Q3"),
        ("Quý IV/2024", "2024-Q4"),
        ("Quý 3 năm 2024", "2024-Q3"),
        ("quý iii năm 2024", "2024-Q3"),
        ("2023-11", "2023-11"),
        ("2023-1", "2023-01"),
        ("11/2023", "2023-11"),
        ("tháng 11/2023", "2023-11"),
        ("Tháng 11 năm 2023", "2023-11"),
        ("2022-9M", "2022-9M"),
        ("9T/2022", "2022-9M"),
        ("9 tháng đầu năm 2022", "2022-9M"),
        ("9 tháng năm 2022", "2022-9M"),
        ("2021-2023", "2021-2023"),
        ("2021–2023", "2021-2023"),  // en dash
        ("2021 — 2023", "2021-2023"),  // em dash with spaces
        ("giai đoạn 2021-2023", "2021-2023"),
        ("2023-11-27", "2023-11-27"),
        ("27/11/2023", "2023-11-27"),
        ("2024-02-29", "2024-02-29"),
        ("2025-07/08", "2025-07/08"),
        // Cumulative 3, 6 and 12 months from January are Q1, H1 and the year.
        ("2022-3M", "2022-Q1"),
        ("6T/2022", "2022-H1"),
        ("12T/2022", "2022"),
    ]

    @Test("parses to the canonical text", arguments: forms)
    func parses(_ input: String, _ canonical: String) throws {
        let period = try Period(parsing: input)
        #expect(period.description == canonical)
    }

    @Test("NFD input reads like NFC", arguments: forms)
    func decomposedInput(_ input: String, _ canonical: String) throws {
        let nfd = input.decomposedStringWithCanonicalMapping
        let period = try Period(parsing: nfd)
        #expect(period.description == canonical)
        #expect(period == (try Period(parsing: input.precomposedStringWithCanonicalMapping)))
    }

    @Test("the canonical text reads back as the same period", arguments: forms)
    func roundTrip(_ input: String, _ canonical: String) throws {
        let period = try Period(parsing: input)
        #expect(try Period(parsing: period.description) == period)
    }

    @Test(
        "rejects what is not a period",
        arguments: [
            "", "   ", "abc", "2022-H3", "2022-H0", "2022-Q5", "Q0/2022", "13/2023", "0/2023", "2023-2021",
            "2022-2022", "15T/2022", "0T/2022", "1899", "2101", "22", "20222", "2022-13", "2023-02-30",
            "2023-02-29", "2023-11-31", "2025-08/07", "quý V/2024", "tháng 11", "13 tháng đầu năm 2022",
        ])
    func rejects(_ input: String) {
        #expect(throws: PeriodParseError.self) { try Period(parsing: input) }
    }

    @Test func errorNamesTheTextAndTheReason() {
        let error = #expect(throws: PeriodParseError.self) { try Period(parsing: "2022-Q5") }
        #expect(error?.text == "2022-Q5")
        #expect(error?.reason == .outOfRange(.quarter, text: "5", range: 1...4))
        #expect(error.map(Catalog(.en).callAsFunction) == "'2022-Q5' is not a period: quarter '5' is outside 1–4")

        let year = #expect(throws: PeriodParseError.self) { try Period(parsing: "1899") }
        #expect(year?.reason == .yearOutOfRange(1899))
        #expect(year.map(Catalog(.en).callAsFunction) == "'1899' is not a period: year 1899 is outside 1900–2100")
    }

    @Test(
        "kind",
        arguments: [
            ("2022", Period.Kind.year), ("2022-H2", .half), ("2022-Q3", .quarter), ("2023-11", .month),
            ("2022-9M", .cumulative), ("2021-2023", .years), ("2025-07/08", .monthRange), ("2023-11-27", .day),
            ("6 tháng đầu năm 2022", .half), ("2022-3M", .quarter),
        ])
    func kind(_ input: String, _ kind: Period.Kind) throws {
        #expect(try Period(parsing: input).kind == kind)
    }

    @Test func kindRawValues() {
        #expect(Period.Kind.monthRange.rawValue == "month_range")
        #expect(Period.Kind.cumulative.rawValue == "cumulative")
    }

    @Test func cumulativeSixAndThreeMonthsAreHalfAndQuarter() throws {
        #expect(Period.cumulative(2022, months: 6) == .half(2022, 1))
        #expect(Period.cumulative(2022, months: 3) == .quarter(2022, 1))
        #expect(Period.cumulative(2022, months: 12) == .year(2022))
        #expect(try Period(parsing: "6 tháng đầu năm 2022") == Period(parsing: "2022-H1"))
        #expect(try Period(parsing: "3T/2022") == Period(parsing: "Q1/2022"))
        #expect(Period.cumulative(2022, months: 9) != .quarter(2022, 3))
    }

    @Test func factoriesMatchParsing() throws {
        #expect(try Period(parsing: "2022-H2") == .half(2022, 2))
        #expect(try Period(parsing: "2024-Q3") == .quarter(2024, 3))
        #expect(try Period(parsing: "2023-11") == .month(2023, 11))
        #expect(try Period(parsing: "2021-2023") == .years(2021, 2023))
        #expect(try Period(parsing: "2025-07/08") == .months(2025, 7, 8))
        #expect(try Period(parsing: "2023-11-27") == .day(2023, 11, 27))
        #expect(Period.year(2022).year == 2022)
        #expect(Period.day(2023, 11, 27).day == 27)
        #expect(Period.month(2023, 11).day == nil)
    }

    // MARK: Order

    @Test func orderIsByFirstMonthThenLastMonthThenDay() throws {
        let texts = [
            "2022-H2", "2022", "2022-9M", "2021", "2022-Q1", "2022-H1", "2022-01", "2022-07", "2021-2023",
            "2023-11-27", "2023-11", "2023-11-01",
        ]
        let sorted = try texts.map { try Period(parsing: $0) }.sorted().map(\.description)
        #expect(
            sorted == [
                "2021", "2021-2023",  // both start in January 2021; the year ends first
                "2022-01", "2022-Q1", "2022-H1", "2022-9M", "2022",
                "2022-07", "2022-H2",
                "2023-11", "2023-11-01", "2023-11-27",
            ])
    }

    @Test func halfYearSitsAroundTheYear() throws {
        let h1 = try Period(parsing: "2022-H1")
        let year = try Period(parsing: "2022")
        let h2 = try Period(parsing: "2022-H2")
        #expect(h1 < year)
        #expect(year < h2)
        #expect(h1 < h2)
        #expect(!(year < h1))
        #expect(!(year < year))
    }

    // MARK: Time axis and neighbours

    /// Periods and their start on the time axis, in decimal years.
    static let starts: [(String, Double)] = [
        ("2021", 2021.0), ("2021-H2", 2021.5), ("2021-Q2", 2021.25), ("2021-Q4", 2021.75),
        ("2021-03", 2021.0 + 2.0 / 12.0), ("2021-2023", 2021.0), ("2021-9M", 2021.0),
        ("2025-07/08", 2025.5),
        ("2023-11-01", 2023.0 + 10.0 / 12.0),
        ("2023-11-16", 2023.0 + 10.0 / 12.0 + 15.0 / 30.0 / 12.0),
        ("2024-02-15", 2024.0 + 1.0 / 12.0 + 14.0 / 29.0 / 12.0),  // leap February
    ]

    @Test("decimalStart", arguments: starts)
    func decimalStart(_ input: String, _ expected: Double) throws {
        let value = try Period(parsing: input).decimalStart
        #expect(abs(value - expected) <= 1e-12 * expected)
    }

    @Test(
        "predecessor",
        arguments: [
            ("2022", "2021"), ("2022-H1", "2021-H2"), ("2022-H2", "2022-H1"), ("2022-Q1", "2021-Q4"),
            ("2022-Q3", "2022-Q2"), ("2023-01", "2022-12"), ("2023-11", "2023-10"), ("2021-2023", "2018-2020"),
            ("2022-9M", "2021-9M"), ("2025-07/08", "2025-05/06"),
            ("2023-11-27", "2023-11-26"), ("2023-03-01", "2023-02-28"), ("2024-03-01", "2024-02-29"),
            ("2023-01-01", "2022-12-31"),
        ])
    func predecessor(_ input: String, _ expected: String) throws {
        let p = try Period(parsing: input).predecessor
        #expect(p.description == expected)
        #expect(p == (try Period(parsing: expected)))
    }

    @Test(
        "sameLastYear",
        arguments: [
            ("2022-H1", "2021-H1"), ("2022", "2021"), ("2022-Q3", "2021-Q3"), ("2023-11", "2022-11"),
            ("2022-9M", "2021-9M"), ("2021-2023", "2020-2022"), ("2025-07/08", "2024-07/08"),
            ("2023-11-27", "2022-11-27"), ("2024-02-29", "2023-02-28"),
        ])
    func sameLastYear(_ input: String, _ expected: String) throws {
        #expect(try Period(parsing: input).sameLastYear.description == expected)
    }

    /// The successor undoes the predecessor when it keeps the kind; a month range it moves to
    /// start in January is a cumulative period (found by the `periods` fuzz harness, which held
    /// the two to be inverses as the documentation then said).
    @Test(arguments: [
        "2022", "2022-H2", "2022-Q4", "2022-12", "2021-2023", "2022-9M", "2025-07/08", "2022-09/10", "2023-12-31",
        "2024-02-28",
    ])
    func successorUndoesPredecessor(_ input: String) throws {
        let p = try Period(parsing: input)
        #expect(p.successor.kind == p.kind)
        #expect(p.successor.predecessor == p)
        #expect(p.predecessor.successor == p)
    }

    @Test func successorOfALateMonthRangeIsCumulative() throws {
        let p = try Period(parsing: "2 tháng cuối năm 2022")
        #expect(p.description == "2022-11/12")
        #expect(p.successor.description == "2023-2M")
        #expect(p.successor.predecessor.description == "2022-2M")
    }

    /// A month range that the predecessor moves across New Year has a canonical text that
    /// reads back.
    @Test func predecessorOfEarlyMonthRangeReadsBack() throws {
        let p = try Period(parsing: "2025-02/03").predecessor
        #expect(p == .months(2024, 12, 13))  // December 2024 – January 2025
        #expect(p.description == "2024-12/2025-01")
        let back = try Period(parsing: p.description)
        #expect(back == p)
        #expect(try Period(parsing: "quý 3/2024").description == "2024-Q3")
    }
}
