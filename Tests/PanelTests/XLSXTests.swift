import Foundation
import Messages
import Testing
import ZIPFoundation

@testable import Panel

/// A workbook built in memory from sheet XML (the `<sheetData>` and what follows it), for cases
/// a writer library would not produce on demand.
func workbook(
    sheets: [(name: String, data: String)], strings: [String] = [], styles: String? = nil, date1904: Bool = false,
    hidden: Set<String> = []
) throws -> [UInt8] {
    let archive = try Archive(accessMode: .create)
    func add(_ path: String, _ text: String) throws {
        let data = Data(text.utf8)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    try add(
        "_rels/.rels",
        "<Relationships><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
    )
    var sheetList = ""
    var rels = ""
    for (i, sheet) in sheets.enumerated() {
        let state = hidden.contains(sheet.name) ? " state=\"hidden\"" : ""
        sheetList += "<sheet name=\"\(sheet.name)\" sheetId=\"\(i + 1)\"\(state) r:id=\"rId\(i + 1)\"/>"
        rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        try add("xl/worksheets/sheet\(i + 1).xml", "<worksheet xmlns=\"\(ns)\">\(sheet.data)</worksheet>")
    }
    rels += "<Relationship Id=\"rIdS\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    rels += "<Relationship Id=\"rIdT\" Type=\"\(rel)/styles\" Target=\"/xl/styles.xml\"/>"
    try add(
        "xl/workbook.xml",
        "<workbook xmlns=\"\(ns)\" xmlns:r=\"\(rel)\"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>"
    )
    try add("xl/_rels/workbook.xml.rels", "<Relationships>\(rels)</Relationships>")
    try add("xl/sharedStrings.xml", "<sst xmlns=\"\(ns)\">" + strings.map { "<si>\($0)</si>" }.joined() + "</sst>")
    if let styles { try add("xl/styles.xml", "<styleSheet xmlns=\"\(ns)\">\(styles)</styleSheet>") }
    return [UInt8](archive.data ?? Data())
}

/// Loads workbook `bytes` named `name`.
func loadWorkbook(_ bytes: [UInt8], name: String = "book.xlsx", options: LoadOptions = LoadOptions()) -> LoadResult {
    var loader = Loader(options: options)
    loader.add(bytes: bytes, name: name)
    return loader.finish()
}

/// A row of inline-string and number cells: `row(3, "A" : "Hà Nội", "B": 86.45)`.
func row(_ r: Int, _ cells: [(String, Any)]) -> String {
    "<row r=\"\(r)\">"
        + cells.map { column, value in
            if let text = value as? String {
                return "<c r=\"\(column)\(r)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
            }
            return "<c r=\"\(column)\(r)\"><v>\(value)</v></c>"
        }.joined() + "</row>"
}

let say = Catalog(.en)

@Suite struct XLSXFixtureTests {
    static let writers = ["openpyxl", "xlsxwriter", "libreoffice"]
    static let xlsx = fixtures.appendingPathComponent("xlsx")

    /// Every writer's workbook gives the observations of the same tables given as CSV.
    @Test(arguments: writers) func sameObservationsAsCSV(writer: String) throws {
        let options = LoadOptions(metric: "par_index")
        let book = Loader.load([Self.xlsx.appendingPathComponent("analyst-\(writer).xlsx").path], options: options)
        let csv = Loader.load(
            [
                Self.xlsx.appendingPathComponent("analyst.csv").path,
                Self.xlsx.appendingPathComponent("analyst-tidy.csv").path,
            ],
            options: options)
        #expect(book.errors.isEmpty, "\(book.errors.map(say.formatted))")
        #expect(csv.errors.isEmpty, "\(csv.errors.map(say.formatted))")
        #expect(facts(book) == facts(csv))
        #expect(facts(book).count == 14)
        // The sheets as info lists them: one file row per sheet, the hidden one left out.
        #expect(
            book.panel.files.map { ($0.path as NSString).lastPathComponent } == [
                "analyst-\(writer).xlsx[Xếp hạng PAR]", "analyst-\(writer).xlsx[Dữ liệu]",
            ])
        #expect(book.panel.files.map(\.kind) == [.wide, .tidy])
        #expect(book.panel.files.map(\.decimal) == [.comma, .comma])
    }

    /// The hard cases, read right: a merged two-row header, a title block, text-stored numbers,
    /// a formula's cached value, percent and date formats, rich text.
    @Test(arguments: writers) func hardCases(writer: String) throws {
        let book = Loader.load(
            [Self.xlsx.appendingPathComponent("analyst-\(writer).xlsx").path], options: LoadOptions(metric: "par_index")
        )
        let f = facts(book)
        func find(_ unit: String, _ period: String, _ metric: String) -> Fact? {
            f.first { $0.unit == unit && $0.period == period && $0.metric == metric }
        }
        #expect(find("Hà Nội", "2023", "par_index")?.value == 86.45)
        #expect(find("Hà Nội", "2023", "par_index")?.rank == 6)
        #expect(find("Hà Nội", "2024", "par_index")?.value == 88.1)  // =87+1.1 where a formula
        #expect(find("Đà Nẵng", "2023", "par_index")?.value == 91.02)  // text "91,02"
        #expect(find("Đà Nẵng", "2023", "par_index")?.note == "Dẫn đầu")
        #expect(find("Thừa Thiên Huế", "2024", "par_index") == nil)
        #expect(find("Bình quân", "2024", "par_index")?.value == 86.31)  // the total row, a unit analyses skip
        #expect(find("Hà Nội", "2023-06", "online_filing_rate")?.value == 99.17)  // 0.9917 as 0.00%
        #expect(find("Đà Nẵng", "2023-06", "online_filing_rate")?.value == 99.17)  // text "99,17%"
        #expect(find("Đà Nẵng", "2023-11-27", "sipas") != nil)  // dd/mm/yyyy date
        #expect(find("Hà Nội", "2023-H1", "sipas")?.value == 82.5)
        #expect(!f.contains { $0.period == "2022" && $0.unit == "Hà Nội" })  // the hidden sheet
    }

    @Test(arguments: writers) func hiddenSheetWhenNamed(writer: String) {
        let path = Self.xlsx.appendingPathComponent("analyst-\(writer).xlsx").path
        for result in [Loader.load([path + "#Ẩn"]), Loader.load([path], options: LoadOptions(sheets: ["3"]))] {
            #expect(result.errors.isEmpty)
            #expect(facts(result).map(\.description) == ["Hà Nội 2022 par_index 1.5 rank -"])
        }
    }

    @Test(arguments: ["openpyxl", "xlsxwriter"]) func date1904(writer: String) {
        let result = Loader.load([Self.xlsx.appendingPathComponent("date1904-\(writer).xlsx").path])
        #expect(result.errors.isEmpty)
        #expect(facts(result).map(\.period) == ["2023-06-30"])
    }

    @Test func aDamagedWorkbookIsAProblemNotACrash() {
        let result = Loader.load([Self.xlsx.appendingPathComponent("damaged.xlsx").path])
        #expect(result.errors.map(\.code) == [.damagedWorkbook])
        #expect(say.formatted(result.errors[0]).contains("save it again as .xlsx"))
    }

    /// The same workbook saved by LibreOffice as .ods and as .xls: refused, saying what to do.
    @Test(arguments: [("analyst.ods", DiagnosticCode.openDocument), ("analyst.xls", .legacyExcel)])
    func otherSpreadsheetFormats(name: String, code: DiagnosticCode) {
        let result = Loader.load([Self.xlsx.appendingPathComponent(name).path])
        #expect(result.diagnostics.map(\.code) == [code])
        #expect(say.hint(result.diagnostics[0].problem)?.contains("(.xlsx)") == true)
    }

    @Test func aFolderListsItsWorkbooks() {
        let files = Loader.dataFiles(in: Self.xlsx.path).map { ($0 as NSString).lastPathComponent }
        #expect(files.contains("analyst-openpyxl.xlsx"))
        #expect(files.contains("analyst.csv"))
    }
}

@Suite struct XLSXCellTests {
    @Test func placesAreCells() throws {
        let data =
            "<sheetData>" + row(1, [("A", "unit"), ("B", "period"), ("C", "metric"), ("D", "value")])
            + row(2, [("A", "Hà Nội"), ("B", "2023"), ("C", "sipas"), ("D", "abc")]) + "</sheetData>"
        let result = loadWorkbook(try workbook(sheets: [("Sheet1", data)]))
        #expect(result.errors.count == 1)
        #expect(
            say.formatted(result.errors[0])
                == "book.xlsx[Sheet1]!D2: error: 'abc' is not a number in column value [not-a-number]\n  hint: write a number such as 99.17, 99,17, 7554 or 7.554; missing values are empty, '-' or NA"
        )
        #expect(result.errors[0].location?.isCell == true)
    }

    @Test func aDuplicateNamesTheOtherRow() throws {
        let data =
            "<sheetData>" + row(1, [("A", "unit"), ("B", "period"), ("C", "metric"), ("D", "value")])
            + row(2, [("A", "Hà Nội"), ("B", "2023"), ("C", "sipas"), ("D", 80)])
            + row(5, [("A", "Hà Nội"), ("B", "2023"), ("C", "sipas"), ("D", 80)]) + "</sheetData>"
        let result = loadWorkbook(try workbook(sheets: [("Sổ 1", data)]))
        let duplicate = try #require(result.warnings.first { $0.code == .duplicate })
        #expect(say.formatted(duplicate).hasPrefix("book.xlsx[Sổ 1]!A5: warning: duplicate of book.xlsx[Sổ 1]!2:"))
    }

    /// Shared strings with rich-text runs and phonetic runs, `t="str"` formula strings, booleans,
    /// errors and cached formula values.
    @Test func cellTypes() throws {
        let strings = [
            "<t>unit</t>", "<t>period</t>", "<t>metric</t>", "<t>value</t>",
            "<r><rPr><b/></rPr><t>Hà</t></r><r><t xml:space=\"preserve\"> Nội</t></r><rPh><t>x</t></rPh>",
            "<t>sipas</t>", "<t>Đà &amp; Nẵng</t>",
        ]
        let data = """
            <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
            <c r="D1" t="s"><v>3</v></c></row>\
            <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="str"><f>"20"&amp;"23"</f><v>2023</v></c>\
            <c r="C2" t="s"><v>5</v></c><c r="D2"><f>80+0.45</f><v>80.450000000000003</v></c></row>\
            <row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3"><v>2023</v></c><c r="C3" t="s"><v>5</v></c>\
            <c r="D3" t="e"><v>#DIV/0!</v></c></row></sheetData>
            """
        let result = loadWorkbook(try workbook(sheets: [("S", data)], strings: strings))
        #expect(facts(result).map(\.description) == ["Hà Nội 2023 sipas 80.45 rank -"])
        #expect(result.errors.map(\.code) == [.notANumber])
        #expect(say(result.errors[0].problem).contains("'#DIV/0!'"))
        #expect(result.errors[0].location?.written == "book.xlsx[S]!D3")
    }

    /// Percent and date formats from `styles.xml`: built-in ids and custom codes.
    @Test func formats() throws {
        let styles = """
            <numFmts><numFmt numFmtId="164" formatCode="mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/>\
            <numFmt numFmtId="166" formatCode="yyyy"/></numFmts>\
            <cellStyleXfs><xf numFmtId="10"/></cellStyleXfs>\
            <cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="165"/><xf numFmtId="14"/>\
            <xf numFmtId="166"/></cellXfs>
            """
        let data = """
            <sheetData>\(row(1, [("A", "unit"), ("B", "period"), ("C", "metric"), ("D", "value")]))\
            <row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c><c r="B2" s="1"><v>45078</v></c>\
            <c r="C2" t="inlineStr"><is><t>online_filing_rate</t></is></c><c r="D2" s="2"><v>0.99170000000000003</v></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><t>A</t></is></c><c r="B3" s="4"><v>45290.5</v></c>\
            <c r="C3" t="inlineStr"><is><t>online_filing_rate</t></is></c><c r="D3" s="3"><v>0.123</v></c></row>\
            <row r="4"><c r="A4" t="inlineStr"><is><t>A</t></is></c><c r="B4" s="5"><v>45000</v></c>\
            <c r="C4" t="inlineStr"><is><t>online_filing_rate</t></is></c><c r="D4"><v>1E-3</v></c></row>\
            </sheetData>
            """
        let result = loadWorkbook(try workbook(sheets: [("S", data)], styles: styles))
        #expect(result.errors.isEmpty, "\(result.errors.map(say.formatted))")
        #expect(
            facts(result).map(\.description).sorted() == [
                "A 2023 online_filing_rate 0.001 rank -", "A 2023-06 online_filing_rate 99.17 rank -",
                "A 2023-12-30 online_filing_rate 12.3 rank -",
            ])
    }

    @Test func sheetSelection() throws {
        let table =
            "<sheetData>" + row(1, [("A", "unit"), ("B", "period"), ("C", "metric"), ("D", "value")])
            + row(2, [("A", "X"), ("B", "2023"), ("C", "sipas"), ("D", 1)]) + "</sheetData>"
        let notes = "<sheetData>" + row(1, [("A", "Ghi chú chung")]) + "</sheetData>"
        let bytes = try workbook(sheets: [("Ghi chú", notes), ("Số liệu", table), ("Cũ", table)], hidden: ["Cũ"])
        // By default: the sheets that hold a table, not the notes, not the hidden one.
        #expect(loadWorkbook(bytes).panel.files.map(\.path) == ["book.xlsx[Số liệu]"])
        // Named, by folded name or number, in the order named.
        let named = loadWorkbook(bytes, options: LoadOptions(sheets: ["cu", "2"]))
        #expect(named.panel.files.map(\.path) == ["book.xlsx[Cũ]", "book.xlsx[Số liệu]"])
        let missing = loadWorkbook(bytes, options: LoadOptions(sheets: ["Nope"]))
        #expect(missing.errors.map(\.code) == [.noSuchSheet])
        #expect(say.hint(missing.errors[0].problem)?.contains("'Ghi chú', 'Số liệu', 'Cũ'") == true)
        // A workbook whose sheets hold no table: each visible sheet gets the errors a CSV file would.
        let none = loadWorkbook(try workbook(sheets: [("Ghi chú", notes)]))
        #expect(none.errors.map(\.code) == [.noRows, .unknownLayout])
        #expect(none.errors.first?.location?.written == "book.xlsx[Ghi chú]!A1")
    }

    /// The table starts at the header below a title block and spans the header's columns;
    /// trailing empty rows and columns are not cells.
    @Test func titleBlockAndTrailingCells() throws {
        let data = """
            <sheetData>\(row(1, [("A", "BÁO CÁO KẾT QUẢ NĂM 2023")]))\(row(2, [("A", "Đơn vị: %")]))\
            \(row(4, [("B", "STT"), ("C", "Đơn vị"), ("D", "2022"), ("E", "2023")]))\
            \(row(5, [("B", 1), ("C", "Sở Tư pháp"), ("D", 95.5), ("E", "96,25")]))\
            \(row(6, [("B", 2), ("C", "Sở Y tế"), ("D", "-"), ("E", 97)]))\
            <row r="7"><c r="F7" s="1"/></row><row r="40"><c r="A40" s="1"/></row></sheetData>
            """
        let result = loadWorkbook(try workbook(sheets: [("S", data)]), options: LoadOptions(metric: "sipas"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(say.formatted))")
        #expect(
            facts(result).map(\.description).sorted() == [
                "Sở Tư pháp 2022 sipas 95.5 rank -", "Sở Tư pháp 2023 sipas 96.25 rank -",
                "Sở Y tế 2023 sipas 97.0 rank -",
            ])
        #expect(result.panel.observations.first.map { result.panel.location($0.origin).written } == "book.xlsx[S]!C5")
    }

    /// A header below merged cells that start above it; a stray cell far to the right of the
    /// header is not a column, one far to the right of a data row makes that row too long.
    @Test func headerColumnsFromMergesAndGaps() throws {
        let data = """
            <sheetData>\(row(1, [("A", "STT"), ("B", "Đơn vị"), ("C", "Kết quả")]))\
            \(row(2, [("C", "2022"), ("D", "2023"), ("XFD", "ghi chép lạc")]))\
            \(row(3, [("A", 1), ("B", "Sở Tư pháp"), ("C", 95.5), ("D", 96)]))\
            \(row(4, [("A", 2), ("B", "Sở Y tế"), ("C", 90), ("D", 91), ("XFD", "x")]))</sheetData>\
            <mergeCells count="3"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="C1:D1"/></mergeCells>
            """
        let result = loadWorkbook(try workbook(sheets: [("S", data)]), options: LoadOptions(metric: "sipas"))
        #expect(
            result.errors.map { say.formatted($0) } == [
                "book.xlsx[S]!XFD4: error: this row has 5 cells but the header has 4 [too-many-cells]\n  hint: a delimiter inside a value (a decimal comma in a comma-separated file?) must be quoted: \"99,17\""
            ])
        #expect(facts(result).count == 4)
        #expect(result.panel.units.units.map(\.name).sorted() == ["Sở Tư pháp", "Sở Y tế"])
    }

    /// Cut or garbled parts never crash the reader: every prefix of a sheet, and hostile
    /// references and numbers.
    @Test func damagedSheetsDoNotCrash() throws {
        let sheet =
            "<sheetData>" + row(1, [("A", "unit"), ("B", "2023")])
            + "<row r=\"99999999999999999\"><c r=\"AAAAAAAAAAAAAAAAAAAA2\" s=\"99999999999999999999\" t=\"s\"><v>999999</v></c>"
            + "<c r=\"B2\"><v>1e400</v></c><c r=\"C2\" t=\"b\"><v>1</v></c></row></sheetData>"
            + "<mergeCells><mergeCell ref=\"A1:XFD1048576\"/><mergeCell ref=\"ZZZZZZ9:A\"/></mergeCells>"
        for cut in stride(from: 0, through: sheet.utf8.count, by: 7) {
            let prefix = String(decoding: Array(sheet.utf8).prefix(cut), as: UTF8.self)
            _ = loadWorkbook(try workbook(sheets: [("S", prefix)]), options: LoadOptions(metric: "sipas"))
        }
    }

    @Test func filesThatAreNotWorkbooks() {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 64)
        let encrypted = ole + "EncryptionInfo".utf16.flatMap { [UInt8(truncatingIfNeeded: $0), 0] }
        var ods: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 26)
        ods += Array("mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8)
        let cases: [([UInt8], String, DiagnosticCode)] = [
            (ole, "old.xls", .legacyExcel), (encrypted, "secret.xlsx", .encryptedWorkbook),
            (ods, "book.ods", .openDocument), (Array("not a zip".utf8), "book.xlsx", .damagedWorkbook),
            ([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "cut.xlsx", .damagedWorkbook),
        ]
        for (bytes, name, code) in cases {
            let result = loadWorkbook(bytes, name: name)
            #expect(result.diagnostics.map(\.code) == [code], "\(name)")
            #expect(result.diagnostics.first.flatMap { say.hint($0.problem) } != nil)
        }
    }

    @Test func numbers() {
        #expect(CellNumbers.decimal(86.450000000000003) == "86.45")
        #expect(CellNumbers.decimal(100) == "100")
        #expect(CellNumbers.decimal(0.1 + 0.2) == "0.3")
        #expect(CellNumbers.decimal(200.0 / 3) == "66.6666666666667")
        #expect(CellNumbers.decimal(1e-5) == "0.00001")
        #expect(CellNumbers.decimal(-2.5e21) == "-2500000000000000000000")
        #expect(CellNumbers.shifted("0.9917", by: 2) == "99.17")
        #expect(CellNumbers.shifted("1", by: 2) == "100")
        #expect(CellNumbers.shifted("-0.0005", by: 2) == "-0.05")
        #expect(CellNumbers.shifted("0", by: 2) == "0")
    }

    /// The 1900 system's serials, its leap-year bug, and the 1904 system.
    @Test(arguments: [
        (1.0, false, "1900-01-01"), (59, false, "1900-02-28"), (60, false, "1900-02-29"), (61, false, "1900-03-01"),
        (45078, false, "2023-06-01"), (45291.99, false, "2023-12-31"), (0, true, "1904-01-01"),
        (43645, true, "2023-06-30"),
    ])
    func dates(serial: Double, date1904: Bool, expected: String) {
        #expect(CellNumbers.date(serial: serial, date1904: date1904, .day) == expected)
    }

    @Test func formatCodes() {
        #expect(CellFormat.classify("0.00%") == .percent)
        #expect(CellFormat.classify("\"%\"0") == .plain)
        #expect(CellFormat.classify("[$-42A]dd/mm/yyyy") == .date(.day))
        #expect(CellFormat.classify("mm/yyyy") == .date(.month))
        #expect(CellFormat.classify("yyyy") == .date(.year))
        #expect(CellFormat.classify("General") == .plain)
        #expect(CellFormat.classify("#,##0.00;[Red]-#,##0.00") == .plain)
        #expect(CellFormat.classify("0.00E+00") == .plain)
    }
}

/// The published workbooks in ../shared/data/workbooks (when present): read without a crash,
/// the cells as the CSV extract of them says.
let sharedData = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

@Suite(.enabled(if: FileManager.default.fileExists(atPath: sharedData.appendingPathComponent("workbooks").path)))
struct RealWorkbookTests {
    static let folder = sharedData.appendingPathComponent("workbooks")
    static let indices = sharedData.appendingPathComponent("indices")

    @Test func everyWorkbookLoadsWithoutACrash() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
            $0.hasSuffix(".xlsx") || $0.hasSuffix(".xls")
        }
        #expect(names.count >= 7)
        for name in names {
            let result = Loader.load([Self.folder.appendingPathComponent(name).path])
            if name.hasSuffix(".xls") {
                #expect(result.errors.map(\.code) == [.legacyExcel])
            } else {
                // Their sheets are side-by-side rankings, not a layout parlens reads: one layout
                // error per sheet, each at a cell of that sheet.
                #expect(!result.errors.isEmpty)
                #expect(result.errors.allSatisfy { $0.code == .unknownLayout && $0.location?.isCell == true })
            }
        }
    }

    /// Every PAPI score of 2011–2016 in papi_provinces.csv is the workbook's cell.
    @Test func papiScoresAreTheWorkbooksCells() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("PAPI_2011-2016.xlsx")))
        let book = try Workbook(bytes: bytes)
        let csv = try String(contentsOf: Self.indices.appendingPathComponent("papi_provinces.csv"), encoding: .utf8)
        let rows = CSVReader.parse(Array(csv.utf8), file: "papi_provinces.csv").records
        var expected: [String: Double] = [:]  // "year|folded province" → score
        for r in rows.dropFirst() where r.count > 4 && r[3].text == "papi" {
            expected[r[2].text + "|" + Names.fold(r[0].text)] = Double(r[4].text)
        }
        var compared = 0
        let reader = SheetReader(strings: book.strings, formats: book.formats, date1904: book.date1904)
        for sheet in book.sheets {
            guard let year = sheet.name.split(separator: "_").first.map(String.init), let path = sheet.path else {
                continue
            }
            var cells = reader.read(try book.part(path))
            let (table, _) = XLSXSource.table(&cells, name: sheet.name, decimal: nil)
            func texts(_ r: Int) -> [String] { table.fieldRange(ofRecord: r).map(table.text) }
            // Two header rows: English, then Vietnamese.
            let header = zip(texts(0), texts(1)).map { $0 + " | " + $1 }
            guard let nameColumn = header.firstIndex(where: { $0.hasPrefix("tentinh_vie") }),
                let scoreColumn = header.firstIndex(where: { $0.contains("| Chỉ số PAPI (không có trọng số)") })
            else { continue }
            for r in 2..<table.recordCount {
                let cells = texts(r)
                guard let want = expected[year + "|" + Names.fold(cells[nameColumn])] else { continue }
                // The extract keeps 4 to 6 decimals of the workbook's double.
                let got = try #require(Double(cells[scoreColumn]))
                #expect(abs(got - want) < 5e-5, "\(year) \(cells[nameColumn]): \(got) ≠ \(want)")
                compared += 1
            }
        }
        #expect(compared >= 300)
    }

    /// The PCI summary sheets (side-by-side blocks; the last one: province, PCI score, rank):
    /// each score and rank in pci_provinces.csv is the workbook's cell, for the provinces whose
    /// names match as written (the sheets abbreviate some: "Tp.HCM", "BRVT").
    @Test func pciScoresAndRanksAreTheWorkbooksCells() throws {
        let csv = try String(contentsOf: Self.indices.appendingPathComponent("pci_provinces.csv"), encoding: .utf8)
        var expected: [String: (score: Double, rank: String)] = [:]  // "year|folded province"
        for r in CSVReader.parse(Array(csv.utf8), file: "pci_provinces.csv").records.dropFirst() where r.count > 5 {
            expected[r[2].text + "|" + Names.fold(r[0].text)] = (Double(r[4].text) ?? .nan, r[5].text)
        }
        var compared = 0
        for year in 2012...2016 {
            let path = Self.folder.appendingPathComponent("PCI_\(year).xlsx").path
            guard let bytes = FileManager.default.contents(atPath: path) else { continue }
            let book = try Workbook(bytes: [UInt8](bytes))
            let reader = SheetReader(strings: book.strings, formats: book.formats, date1904: book.date1904)
            guard let sheet = book.sheets.first(where: { !$0.hidden }), let part = sheet.path else { continue }
            var cells = reader.read(try book.part(part))
            let (table, _) = XLSXSource.table(&cells, name: sheet.name, decimal: nil)
            let header = table.fieldRange(ofRecord: 0).map(table.text)
            // The PCI block: "PCI <year>" above the score, the province to its left, the rank
            // the first whole number to its right.
            guard let scoreColumn = header.firstIndex(where: { $0.hasPrefix("PCI") && $0.contains(String(year)) }),
                scoreColumn > 0
            else { continue }
            for r in 1..<table.recordCount {
                let row = table.fieldRange(ofRecord: r).map(table.text)
                guard row.count > scoreColumn + 1,
                    let want = expected["\(year)|" + Names.fold(row[scoreColumn - 1])],
                    let score = Double(row[scoreColumn])
                else { continue }
                #expect(abs(score - want.score) < 0.005, "\(year) \(row[scoreColumn - 1]): \(score) ≠ \(want.score)")
                let rank = row[(scoreColumn + 1)...].first { Int($0) != nil }
                #expect(rank == want.rank, "\(year) \(row[scoreColumn - 1]) rank")
                compared += 1
            }
        }
        #expect(compared >= 200)
    }
}
