import Foundation
import Testing
import ZIPFoundation

@testable import Rendering

/// Workbooks: formatted cells read back as numbers with the format that shows them so, text
/// escaped for XML, sheet names a spreadsheet accepts, and the parts of the archive.
@Suite("Workbooks")
struct WorkbookTests {
    @Test(arguments: [
        ("99,17%", NumberLocale.vi, 0.9917, "0.00%"), ("99.17%", .en, 0.9917, "0.00%"),
        ("99,17 %", .vi, 0.9917, "0.00%"), ("99,17\u{00A0}%", .vi, 0.9917, "0.00%"), ("5%", .en, 0.05, "0%"),
        ("1.234,5", .vi, 1234.5, "#,##0.0"), ("1,234.5", .en, 1234.5, "#,##0.0"), ("7.554", .vi, 7554, "#,##0"),
        ("2024", .en, 2024, "0"), ("86,45", .vi, 86.45, "0.00"), ("+0,52", .vi, 0.52, "+0.00;-0.00;0.00"),
        ("+2", .en, 2, "+0;-0;0"), ("\u{2212}1,5", .vi, -1.5, "0.0"), ("-3", .en, -3, "0"), ("0", .en, 0, "0"),
        ("-0.00", .en, 0, "0.00"), ("+1.234,50%", .vi, 12.345, "+#,##0.00%;-#,##0.00%;#,##0.00%"),
        ("0,05%", .vi, 0.0005, "0.00%"),
    ])
    func numbersKeepTheirLook(_ text: String, _ locale: NumberLocale, _ value: Double, _ format: String) {
        #expect(NumberFormat.spreadsheetValue(text, locale: locale) == .number(value, format: format))
    }

    @Test(arguments: [
        ("99.17", NumberLocale.vi), ("1,5", .en), ("<0,001", .vi), ("—", .vi), ("NaN", .en), ("∞", .en),
        ("[1,2; 3,4]", .vi), ("2024-H1", .en), ("▲ 2", .en), ("=1+2", .en), ("Hà Nội", .vi), ("%", .en),
        ("1 234", .en), ("5%%", .en), ("1.5", .vi), ("12.34", .vi), ("1234.567", .vi), ("5 ", .en), ("+-5", .en),
        ("1.", .en), ("5\u{301}", .en), ("5%\u{301}", .en), ("٣", .en),
    ])
    func textStaysText(_ text: String, _ locale: NumberLocale) {
        #expect(NumberFormat.spreadsheetValue(text, locale: locale) == nil)
    }

    @Test func marksOfAChangeAreItsSign() {
        #expect(NumberFormat.markedChange("▲ 14", locale: .vi) == .number(14, format: "\"▲ \"0;\"▼ \"0;0"))
        #expect(NumberFormat.markedChange("▼ 7", locale: .vi) == .number(-7, format: "\"▲ \"0;\"▼ \"0;0"))
        #expect(NumberFormat.markedChange("v 1.5", locale: .en) == .number(-1.5, format: "\"^ \"0.0;\"v \"0.0;0.0"))
        for text in ["▲ yes", "▲ có", "＝", "▲ +2", "▲", "▼ −1", "^ x"] {
            #expect(NumberFormat.markedChange(text, locale: .en) == nil, "\(text)")
        }
    }

    @Test func xmlTextIsEscapedByScalar() {
        #expect(XMLText.escape("a<b & c>\"d'") == "a&lt;b &amp; c&gt;&quot;d&apos;")
        // Controls XML 1.0 forbids are dropped; tab and line feed stay; a carriage return is a reference.
        #expect(XMLText.escape("x\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}y") == "xy")
        #expect(XMLText.escape("a\tb\nc\r\nd") == "a\tb\nc&#13;\nd")
        #expect(XMLText.escape("\u{FFFE}\u{FFFF}z\u{FFFD}") == "z\u{FFFD}")
        // Office reads _xHHHH_ as an escaped character: the text is kept as typed.
        #expect(XMLText.escape("_x0041_ and _x41_") == "_x005F_x0041_ and _x41_")
        // Combining marks and characters outside the BMP are kept.
        #expect(XMLText.escape("Ho\u{300}a 👍") == "Ho\u{300}a 👍")
    }

    @Test func sheetNamesAreAcceptable() {
        #expect(SheetName.clean("a[b]c:d*e?f/g\\h") == "a b c d e f g h")
        #expect(SheetName.clean("  'Xếp hạng'  ") == "Xếp hạng")
        #expect(SheetName.clean("") == "Sheet")
        #expect(SheetName.clean("***") == "Sheet")
        #expect(SheetName.clean("History") == "History 1")
        let long = SheetName.clean("Chỉ số cải cách hành chính (PAR INDEX) năm 2024")
        #expect(long.utf16.count <= 31)
        #expect(long == "Chỉ số cải cách hành chính…")
        // A decomposed letter is never split from its mark.
        let decomposed = String(repeating: "e\u{301}", count: 20)
        #expect(SheetName.clean(decomposed).utf16.count <= 31)
        #expect(SheetName.clean(decomposed).unicodeScalars.first == "e")
        #expect(SheetName.clean(decomposed).unicodeScalars.dropLast().last == "\u{301}")
        let names = SheetName.unique([
            "Ghi chú", "ghi chú", "GHI CHÚ", "Xu hướng của số liệu cả nước", "Xu hướng của số liệu cả nước",
        ])
        #expect(
            names == [
                "Ghi chú", "ghi chú (2)", "GHI CHÚ (3)", "Xu hướng của số liệu cả nước", "Xu hướng của số liệu cả (2)",
            ])
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
    }

    static let table = Table(
        title: "Xếp hạng",
        columns: [
            .init("Hạng", .right), .init("Đơn vị", wraps: true), .init("Giá trị", .right), .init("Thay đổi", .right),
        ],
        rows: [
            ["1", "Hà Nội", "93,82%", "▲ 2"], ["2", "=HYPERLINK(\"x\")", "—", "+0,50"],
            ["—", "Thành phố Hồ Chí Minh", "1.234,5", "－1"],
        ], footer: ["* chưa có trong danh mục"])

    @Test func aTableBecomesASheet() {
        let sheet = Self.table.worksheet(name: "Xếp hạng", heading: "Chỉ số PAR INDEX 2024", locale: .vi)
        #expect(sheet.frozenRows == 4)
        #expect(sheet.rows[0] == [.text("Chỉ số PAR INDEX 2024", bold: true)])
        #expect(sheet.rows[1] == [.text("Xếp hạng", bold: true)])
        #expect(sheet.rows[2].isEmpty)
        #expect(sheet.rows[3].allSatisfy { $0.bold })
        #expect(
            sheet.rows[4].map(\.value) == [
                .number(1, format: "0"), .text("Hà Nội"), .number(0.9382, format: "0.00%"),
                .number(2, format: "\"▲ \"0;\"▼ \"0;0"),
            ])
        // A formula stays text; no value is an empty cell; a full-width minus is not a sign.
        #expect(
            sheet.rows[5].map(\.value) == [
                .number(2, format: "0"), .text("=HYPERLINK(\"x\")"), .empty, .number(0.5, format: "+0.00;-0.00;0.00"),
            ])
        #expect(
            sheet.rows[6].map(\.value) == [
                .empty, .text("Thành phố Hồ Chí Minh"), .number(1234.5, format: "#,##0.0"), .text("－1"),
            ])
        #expect(sheet.rows.last == [.text("* chưa có trong danh mục")])
        // Display width plus two: "Thành phố Hồ Chí Minh" is 21 columns wide however its marks are stored.
        #expect(sheet.columnWidths == [6, 23, 9, 10])
    }

    @Test func aTableWithoutColumnNamesHasNoHeaderRow() {
        let facts = Table(columns: [.init(""), .init("")], rows: [["Quan sát", "1.234"]])
        let sheet = facts.worksheet(name: "x", locale: .vi)
        #expect(sheet.frozenRows == 0)
        #expect(sheet.rows == [[.text("Quan sát"), Workbook.Cell(.number(1234, format: "#,##0"))]])
    }

    /// The parts of the archive `data`, by path, as text.
    func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return out
    }

    @Test func theArchiveHoldsTheParts() throws {
        let book = Workbook(sheets: [
            Self.table.worksheet(name: "Xếp hạng", heading: "PAR INDEX", locale: .vi),
            .column(name: "Ghi chú", [.text("Nhận định", bold: true), .text("a\u{1}b", wraps: true)]),
        ])
        let data = try book.xlsx()
        #expect(data.prefix(2) == Data("PK".utf8))
        let again = try book.xlsx()
        #expect(again == data, "the same workbook, the same bytes")
        let p = try parts(data)
        #expect(
            Set(p.keys) == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
            ])
        let workbook = try #require(p["xl/workbook.xml"])
        #expect(workbook.contains("<sheet name=\"Xếp hạng\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(workbook.contains("<sheet name=\"Ghi chú\" sheetId=\"2\" r:id=\"rId2\"/>"))
        let sheet = try #require(p["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<pane ySplit=\"4\" topLeftCell=\"A5\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(!sheet.contains("<f>"), "no formulas")
        #expect(sheet.contains("<c r=\"C5\" s=\"") && sheet.contains("><v>0.9382</v></c>"))
        let strings = try #require(p["xl/sharedStrings.xml"])
        #expect(strings.contains("<t>=HYPERLINK(&quot;x&quot;)</t>"))
        #expect(strings.contains("<t>ab</t>"), "the control character is dropped")
        let styles = try #require(p["xl/styles.xml"])
        #expect(styles.contains("formatCode=\"0.00%\""))
        #expect(styles.contains("formatCode=\"&quot;▲ &quot;0;&quot;▼ &quot;0;0\""))
        #expect(styles.contains("<font><b/>"))
        let types = try #require(p["[Content_Types].xml"])
        #expect(types.contains("/xl/worksheets/sheet2.xml"))
    }

    @Test func anEmptyWorkbookStillHasASheet() throws {
        let p = try parts(try Workbook(sheets: []).xlsx())
        #expect(p["xl/worksheets/sheet1.xml"] != nil)
    }
}
