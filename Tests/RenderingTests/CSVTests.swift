import Testing

@testable import Rendering

/// CSV as a spreadsheet reads it: numbers as numbers in the locale's decimal mark, text guarded
/// against running as a formula.
@Suite("CSV for spreadsheets")
struct CSVTests {
    @Test(arguments: [
        ("+35.07", NumberLocale.en, "35.07"), ("34.83%", .en, "34.83"), ("-2.5", .en, "-2.5"),
        ("\u{2212}2.5", .en, "-2.5"), ("7,554", .en, "7554"), ("1,234,567.5", .en, "1234567.5"),
        ("+35,07", .vi, "35,07"), ("34,83%", .vi, "34,83"), ("7.554", .vi, "7554"), ("-1.234,50%", .vi, "-1234,50"),
        ("2024", .en, "2024"), ("0", .vi, "0"), ("+0.00", .en, "0.00"),
    ])
    func numbersAreWrittenPlain(_ cell: String, _ locale: NumberLocale, _ plain: String) {
        #expect(NumberFormat.spreadsheetNumber(cell, locale: locale) == plain)
    }

    @Test(arguments: [
        ("99,17", NumberLocale.en), ("1,5", .en), ("99.17", .vi), ("0.5", .vi), ("▲ 2", .en), ("<0.001", .en),
        ("[1.2; 3.4]", .en), ("2022-H1", .en), ("6/63", .en), ("12,34,567", .en), ("", .en), ("+", .en),
        ("%", .en), ("1.", .en), ("--2", .en), ("1 234", .en),
    ])
    func textIsNotANumber(_ cell: String, _ locale: NumberLocale) {
        #expect(NumberFormat.spreadsheetNumber(cell, locale: locale) == nil)
    }

    @Test func englishCSVUsesCommasAndPoints() {
        let t = Table(
            columns: [.init("Unit"), .init("2022", .right), .init("Change", .right), .init("Note")],
            rows: [
                ["Tháp Mười [commune]", "34.83%", "+35.07", "▲ yes"], ["Hà Nội", "1,569", "-2.24", "—"],
                ["=SUM(A1)", "—", "−0.50", "-x"], ["@x", "a,b", "+", "+1 place"],
            ])
        #expect(
            t.csv(locale: .en)
                == "Unit,2022,Change,Note\r\nTháp Mười [commune],34.83,35.07,▲ yes\r\nHà Nội,1569,-2.24,\r\n"
                + "'=SUM(A1),,-0.50,'-x\r\n'@x,\"a,b\",'+,'+1 place\r\n")
    }

    /// A CRLF (one Character) or a quote or delimiter followed by a combining mark is quoted and
    /// the quote doubled, so that the cell stays one cell.
    @Test func lineBreaksAndMarkedQuotesAreQuoted() {
        let t = Table(columns: [.init("a"), .init("b")], rows: [["x\r\ny", "p\"\u{301}q"], ["m,\u{301}n", "z"]])
        #expect(t.csv(locale: .en) == "a,b\r\n\"x\r\ny\",\"p\"\"\u{301}q\"\r\n\"m,\u{301}n\",z\r\n")
    }

    @Test func vietnameseCSVUsesSemicolonsAndDecimalCommas() {
        let t = Table(
            columns: [.init("Đơn vị"), .init("2022", .right), .init("Thay đổi", .right), .init("Ghi chú")],
            rows: [["Tháp Mười", "34,83%", "+35,07", "a; b"], ["Đam Rông", "7.554", "-0,83", "x,y"]])
        #expect(
            t.csv(locale: .vi)
                == "Đơn vị;2022;Thay đổi;Ghi chú\r\nTháp Mười;34,83;35,07;\"a; b\"\r\nĐam Rông;7554;-0,83;x,y\r\n")
    }

    /// Text a spreadsheet could run as a formula gets the `'` guard whatever its first character
    /// looks like; a number never does (it is written as a number).
    @Test(arguments: [
        ("=1+1", "'=1+1"), ("\u{FF1D}HYPERLINK(1)", "'\u{FF1D}HYPERLINK(1)"), ("\u{FF0B}1", "'\u{FF0B}1"),
        ("\u{FF0D}1", "'\u{FF0D}1"), ("\u{FF20}SUM(A1)", "'\u{FF20}SUM(A1)"), ("\tx", "'\tx"),
        ("\r=1", "\"'\r=1\""), ("+1.00", "1.00"), ("+1.26%", "1.26"), ("-x", "'-x"), (" =1", " =1"),
    ])
    func formulaGuardDependsOnWhetherTheCellIsANumber(_ text: String, _ written: String) {
        let t = Table(columns: [.init("a")], rows: [[text]])
        #expect(t.csv(locale: .en) == "a\r\n\(written)\r\n")
    }
}
