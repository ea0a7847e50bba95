import Foundation
import Testing

@testable import Shell

/// Excel workbooks through the commands: `--data book.xlsx`, `--sheet`, `book.xlsx#Sheet`, a
/// folder holding workbooks, REPL `load`, and the problems of files that are not workbooks.
@Suite("Excel workbooks in commands")
struct XLSXCommandTests {
    static let folder = root + "/Tests/PanelTests/Fixtures/xlsx"
    static let book = folder + "/analyst-xlsxwriter.xlsx"

    /// A copy of the fixture workbook in a temporary folder, with `others` (name → bytes) beside it.
    func copy(_ others: [String: [UInt8]] = [:]) throws -> String {
        let dir = try temporaryFolder([:])
        try FileManager.default.copyItem(atPath: Self.book, toPath: dir + "/book.xlsx")
        for (name, bytes) in others { try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        return dir
    }

    @Test func infoListsASheetPerFile() throws {
        let dir = try copy()
        let r = run(["info", "--data", "book.xlsx", "--metric", "par_index"], cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("│ book.xlsx[Xếp hạng PAR] │ wide   │    5 │ sheet     │ comma   │"))
        #expect(r.out.contains("│ book.xlsx[Dữ liệu]      │ tidy   │    5 │ sheet     │ comma   │"))
        let vi = run(["info", "--data", "book.xlsx", "--metric", "par_index", "--lang", "vi"], cwd: dir)
        #expect(vi.out.contains("trang tính"))
    }

    @Test func sheetsByOptionAndByPath() throws {
        let dir = try copy()
        let byOption = run(["info", "--data", "book.xlsx", "--sheet", "Dữ liệu", "--format", "json"], cwd: dir)
        #expect(byOption.code == 0, "\(byOption.err)")
        #expect(byOption.out.contains("\"path\" : \"book.xlsx[Dữ liệu]\""))
        #expect(!byOption.out.contains("Xếp hạng PAR"))
        let byPath = run(["info", "--data", "book.xlsx#Ẩn", "--format", "json"], cwd: dir)
        #expect(byPath.code == 0, "\(byPath.err)")
        #expect(byPath.out.contains("\"path\" : \"book.xlsx[Ẩn]\""))
        let missing = run(["info", "--data", "book.xlsx", "--sheet", "Tổng hợp"], cwd: dir)
        #expect(missing.code == 1)
        #expect(missing.err.contains("book.xlsx: error: the workbook has no sheet 'Tổng hợp' [no-such-sheet]"))
        #expect(missing.err.contains("its sheets: 'Xếp hạng PAR', 'Dữ liệu', 'Ẩn'"))
    }

    @Test func aRankFromAWorkbook() throws {
        let dir = try copy()
        let r = run(
            ["rank", "par_index", "--period", "2023", "--data", "book.xlsx#Xếp hạng PAR", "--metric", "par_index"],
            cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Đà Nẵng"))
        #expect(r.out.contains("91.02"))
        #expect(!r.out.contains("Bình quân"))  // a total row is not ranked
    }

    @Test func filesThatAreNotWorkbooksSayWhatToDo() throws {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        let dir = try copy(["old.xls": ole])
        let en = run(["info", "--data", "old.xls"], cwd: dir)
        #expect(en.code == 1)
        #expect(
            en.err.hasPrefix(
                "old.xls: error: this is an Excel 97–2003 workbook (.xls), a format parlens does not read [legacy-excel]\n  hint: open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx), or export the sheet as CSV UTF-8\n"
            ), "\(en.err)")
        let vi = run(["info", "--data", "old.xls", "--lang", "vi"], cwd: dir)
        #expect(vi.err.contains("đây là tệp Excel 97–2003 (.xls), định dạng parlens không đọc được"), "\(vi.err)")
    }

    @Test func aFolderReadsItsWorkbooks() throws {
        let dir = try temporaryFolder(["data/a.csv": "unit,period,metric,value\nHuế,2023,sipas,80\n"])
        try FileManager.default.copyItem(atPath: Self.book, toPath: dir + "/data/book.xlsx")
        // Excel's lock file of an open workbook is not data.
        try Data("owner".utf8).write(to: URL(fileURLWithPath: dir + "/data/~$book.xlsx"))
        let r = run(["info", "--data", "data", "--metric", "par_index", "--format", "json"], cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("data/book.xlsx[Dữ liệu]"))
        #expect(r.out.contains("data/a.csv"))
    }

    @Test func replLoadsAWorkbook() throws {
        let dir = try copy()
        let (s, out) = session(cwd: dir)
        #expect(s.run("set metric par_index") == .ok)
        #expect(s.run("load book.xlsx") == .ok, "\(out.err)")
        #expect(s.run("load book.xlsx#Ẩn") == .ok, "\(out.err)")
        #expect(s.run("load nope.xlsx#Sheet1") != .ok)
        #expect(s.run("rank par_index --period 2022") == .ok, "\(out.err)")
        #expect(out.out.contains("Hà Nội"))
    }

    /// A session reads `book.xlsx#Sheet` again when the workbook changes.
    @Test func aChangedWorkbookIsReadAgain() throws {
        let dir = try copy()
        let (s, out) = session(cwd: dir)
        #expect(s.run("load book.xlsx#Ẩn") == .ok, "\(out.err)")
        #expect(s.run("info") == .ok)
        #expect(s.store.reads == 1)
        try FileManager.default.removeItem(atPath: dir + "/book.xlsx")
        try FileManager.default.copyItem(atPath: Self.folder + "/analyst-libreoffice.xlsx", toPath: dir + "/book.xlsx")
        #expect(s.run("info") == .ok)
        #expect(s.store.reads == 2)
    }
}
