/// The XML parts of a workbook: the package's content types and relationships, the workbook,
/// the styles (one cell format per number format, bold and wrap in use), the shared strings and
/// one worksheet per sheet.
struct WorkbookParts {
    /// A file of the archive.
    struct Part {
        var path: String
        var text: String
    }

    let sheets: [Workbook.Sheet]
    let names: [String]
    /// Shared strings in order of first use, and their indices.
    private var strings: [String] = []
    private var stringIndex: [String: Int] = [:]
    /// Cell formats after the default one (index 0): number format code, bold, wrap.
    private var styles: [Style] = []
    private var styleIndex: [Style: Int] = [:]

    struct Style: Hashable {
        var format: String?
        var bold: Bool
        var wraps: Bool
    }

    init(_ sheets: [Workbook.Sheet]) {
        self.sheets = sheets
        names = SheetName.unique(sheets.map(\.name))
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let package = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Every part, worksheets first (they fill in the strings and styles the others list).
    mutating func files() -> [Part] {
        var worksheets: [Part] = []
        for (i, sheet) in sheets.enumerated() {
            worksheets.append(Part(path: "xl/worksheets/sheet\(i + 1).xml", text: worksheet(sheet, selected: i == 0)))
        }
        return [
            Part(path: "[Content_Types].xml", text: contentTypes()),
            Part(
                path: "_rels/.rels",
                text: Self.declaration + "<Relationships xmlns=\"\(Self.package)\">"
                    + "<Relationship Id=\"rId1\" Type=\"\(Self.relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>"),
            Part(path: "xl/workbook.xml", text: workbook()),
            Part(path: "xl/_rels/workbook.xml.rels", text: workbookRelationships()),
            Part(path: "xl/styles.xml", text: stylesheet()),
            Part(path: "xl/sharedStrings.xml", text: sharedStrings()),
        ] + worksheets
    }

    func contentTypes() -> String {
        let office = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var out = Self.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(office).sheet.main+xml\"/>"
        for i in sheets.indices {
            out += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"\(office).worksheet+xml\"/>"
        }
        out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(office).styles+xml\"/>"
        out += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(office).sharedStrings+xml\"/>"
        return out + "</Types>"
    }

    func workbook() -> String {
        var out = Self.declaration + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
        out += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (i, name) in names.enumerated() {
            out += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return out + "</sheets></workbook>"
    }

    func workbookRelationships() -> String {
        var out = Self.declaration + "<Relationships xmlns=\"\(Self.package)\">"
        for i in sheets.indices {
            out +=
                "<Relationship Id=\"rId\(i + 1)\" Type=\"\(Self.relationships)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        let n = sheets.count
        out += "<Relationship Id=\"rId\(n + 1)\" Type=\"\(Self.relationships)/styles\" Target=\"styles.xml\"/>"
        out +=
            "<Relationship Id=\"rId\(n + 2)\" Type=\"\(Self.relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return out + "</Relationships>"
    }

    /// Fonts 0 (regular) and 1 (bold); number formats from 164 (the first custom id) in order of use.
    func stylesheet() -> String {
        var formats: [String] = []
        for style in styles { if let f = style.format, !formats.contains(f) { formats.append(f) } }
        var out = Self.declaration + "<styleSheet xmlns=\"\(Self.main)\">"
        if !formats.isEmpty {
            out += "<numFmts count=\"\(formats.count)\">"
            for (i, f) in formats.enumerated() {
                out += "<numFmt numFmtId=\"\(164 + i)\" formatCode=\"\(XMLText.escape(f))\"/>"
            }
            out += "</numFmts>"
        }
        let font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
        out += "<fonts count=\"2\"><font>\(font)</font><font><b/>\(font)</font></fonts>"
        out += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        out += "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        out += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        out += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        // Every cell is top-aligned: beside a cell that wraps onto several lines, the others start
        // on its first line (Excel's default is the bottom).
        let top = "<alignment vertical=\"top\"/>"
        out += "<cellXfs count=\"\(styles.count + 1)\">"
        out += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">\(top)</xf>"
        for style in styles {
            let format = style.format.flatMap { f in formats.firstIndex(of: f).map { 164 + $0 } } ?? 0
            out += "<xf numFmtId=\"\(format)\" fontId=\"\(style.bold ? 1 : 0)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            if format != 0 { out += " applyNumberFormat=\"1\"" }
            if style.bold { out += " applyFont=\"1\"" }
            out +=
                " applyAlignment=\"1\">" + (style.wraps ? "<alignment vertical=\"top\" wrapText=\"1\"/>" : top)
                + "</xf>"
        }
        out += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return out + "</styleSheet>"
    }

    func sharedStrings() -> String {
        var out =
            Self.declaration
            + "<sst xmlns=\"\(Self.main)\" count=\"\(strings.count)\" uniqueCount=\"\(strings.count)\">"
        for s in strings { out += "<si>" + Self.textElement(s) + "</si>" }
        return out + "</sst>"
    }

    /// `<t>` with the text, keeping its spaces when it needs to.
    static func textElement(_ s: String) -> String {
        (XMLText.needsPreserve(s) ? "<t xml:space=\"preserve\">" : "<t>") + XMLText.escape(s) + "</t>"
    }

    mutating func worksheet(_ sheet: Workbook.Sheet, selected: Bool) -> String {
        var out = Self.declaration + "<worksheet xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
        out += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if sheet.frozenRows > 0 {
            let top = "A\(sheet.frozenRows + 1)"
            out +=
                "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            out += "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/>"
        }
        out += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            out += "<cols>"
            for (i, w) in sheet.columnWidths.enumerated() {
                out += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(Self.decimal(w))\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() where row.contains(where: { $0.value != .empty || $0.bold }) {
            out += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let place = Self.column(c) + String(r + 1)
                let format: String? = if case .number(_, let f) = cell.value { f } else { nil }
                let s = style(Style(format: format, bold: cell.bold, wraps: cell.wraps))
                let attributes = "r=\"\(place)\"" + (s == 0 ? "" : " s=\"\(s)\"")
                switch cell.value {
                case .empty: if cell.bold || cell.wraps { out += "<c \(attributes)/>" }
                case .number(let x, _):
                    out += x.isFinite ? "<c \(attributes)><v>\(Self.decimal(x))</v></c>" : "<c \(attributes)/>"
                case .text(let t): out += "<c \(attributes) t=\"s\"><v>\(string(t))</v></c>"
                }
            }
            out += "</row>"
        }
        return out + "</sheetData></worksheet>"
    }

    /// The index of a shared string, added on first use.
    mutating func string(_ s: String) -> Int {
        if let i = stringIndex[s] { return i }
        strings.append(s)
        stringIndex[s] = strings.count - 1
        return strings.count - 1
    }

    /// The index of a cell format, added on first use: every written cell has one of its own
    /// (LibreOffice does not apply the default format's top alignment to a cell without one).
    mutating func style(_ s: Style) -> Int {
        if let i = styleIndex[s] { return i }
        styles.append(s)
        styleIndex[s] = styles.count
        return styles.count
    }

    /// `A`, …, `Z`, `AA`, … for a 0-based column.
    static func column(_ index: Int) -> String {
        var n = index + 1
        var out = ""
        while n > 0 {
            let d = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + d))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// A double as XML Schema reads it: the shortest text that reads back as `x`, `.` decimal,
    /// no trailing `.0` on whole numbers.
    static func decimal(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}
