/// An `.xlsx` workbook as a source: one table of cells per sheet that holds a table.
///
/// Which sheets: those named (``selection``: a name, matched as written or folded, or a 1-based
/// index), else every visible sheet whose header parlens understands (``Layout``); when no sheet
/// has one, every visible sheet with cells, so that each gets the unknown-layout error with its
/// hint. Hidden sheets are read only when named.
///
/// Where a sheet's table starts: at the first of its first rows that is a header parlens
/// understands (a title block above is skipped), else at its first row with cells. The table
/// spans the header's columns, from its first cell to its last; every row is given a cell for
/// each of them (empty when the sheet has none), so a place is always a real cell. Merged ranges
/// that cover the header rows repeat their value across the range (a merged "Năm 2023" above
/// "Điểm | Hạng" names both columns); a second header row is then joined to the first by the
/// shared header rule (``HeaderRows``). Empty rows are skipped, as CSV skips blank lines.
///
/// Numbers: see ``SheetReader``. Cells stored as text that hold numbers (`"86,45"`, `"99,17%"`)
/// go through the same decimal rule as a CSV file's cells. So that one sheet has one convention,
/// the cells stored as numbers are written with the decimal separator that the text cells use
/// (a comma when more of them need one), or the one `--decimal` forces.
struct XLSXSource: TableSource {
    /// The file's path; a sheet's tables are named `path[Sheet]`.
    let name: String
    let workbook: Workbook
    var selection: [String] = []
    var decimal: DecimalConvention?

    /// How many rows from the top are tried as the header.
    static let headerSearchRows = 30

    func tables() -> [CellTable] { read().tables }

    /// The tables, and the problems that are not a table's (a sheet named that does not exist).
    func read() -> (tables: [CellTable], problems: [Diagnostic]) {
        let reader = SheetReader(strings: workbook.strings, formats: workbook.formats, date1904: workbook.date1904)
        var problems: [Diagnostic] = []
        var chosen: [Int] = []
        for wanted in selection {
            if let i = index(of: wanted) {
                if !chosen.contains(i) { chosen.append(i) }
            } else {
                problems.append(
                    Diagnostic(
                        .noSuchSheet(wanted, available: workbook.sheets.map(\.name)),
                        at: SourceLocation(file: name, line: 0, column: 0)))
            }
        }
        let named = !selection.isEmpty
        var understood: [CellTable] = []
        var others: [CellTable] = []
        // Named sheets in the order named; the others in the workbook's order.
        for i in named ? chosen : Array(workbook.sheets.indices) {
            let sheet = workbook.sheets[i]
            guard named || !sheet.hidden else { continue }
            let tableName = "\(name)[\(sheet.name)]"
            guard let path = sheet.path, let bytes = try? workbook.part(path) else {
                if named {
                    problems.append(
                        Diagnostic(.unreadableSheet(sheet.name), at: SourceLocation(file: name, line: 0, column: 0)))
                }
                continue
            }
            var cells = reader.read(bytes)
            guard !cells.cells.isEmpty || named else { continue }
            let (table, kind) = Self.table(&cells, name: tableName, decimal: decimal)
            if named || kind != nil { understood.append(table) } else if table.recordCount > 0 { others.append(table) }
        }
        return (understood.isEmpty && !named ? others : understood, problems)
    }

    /// The sheet `wanted` names: its name as written, then folded, then a 1-based index.
    func index(of wanted: String) -> Int? {
        let sheets = workbook.sheets
        if let i = sheets.firstIndex(where: { $0.name == wanted }) { return i }
        let folded = Names.fold(wanted)
        if let i = sheets.firstIndex(where: { Names.fold($0.name) == folded }) { return i }
        if let n = Int(wanted), n >= 1, n <= sheets.count { return n - 1 }
        return nil
    }

    /// The table of a sheet's cells, and its layout when parlens understands it.
    static func table(_ sheet: inout SheetCells, name: String, decimal: DecimalConvention?) -> (
        CellTable, LoadedFile.Kind?
    ) {
        let rows = rowStarts(sheet.cells)
        // The header: the first understood row among the first ones, else the first row.
        var headerRow = 0
        var kind: LoadedFile.Kind?
        for r in rows.indices.prefix(headerSearchRows) {
            let probe = CellTable(
                name: name, storage: sheet.storage, fields: Array(sheet.cells[rows[r]]),
                recordStarts: [0, rows[r].count],
                delimiter: nil, hadBOM: false, diagnostics: [])
            if let k = probe.withView({ Layout.kind(of: TableHeader($0)) }) {
                headerRow = r
                kind = k
                break
            }
        }
        guard !rows.isEmpty else {
            return (
                CellTable(
                    name: name, storage: [], fields: [], recordStarts: [0], delimiter: nil, hadBOM: false,
                    diagnostics: [], isSheet: true), nil
            )
        }
        let headerLine = Int(sheet.cells[rows[headerRow].lowerBound].line)
        // Merged cells in the header and the row below repeat their top-left cell's value.
        let headerLines = headerLine...headerLine + 1
        let merges = sheet.merges.filter { $0.rows.overlaps(headerLines) }
        var topLeft: [Int: CellTable.Field] = [:]
        if !merges.isEmpty {
            let wanted = Set(merges.map { key($0.rows.lowerBound, $0.columns.lowerBound) })
            for r in rows where Int(sheet.cells[r.lowerBound].line) <= headerLines.upperBound {
                for i in r where wanted.contains(key(Int(sheet.cells[i].line), sheet.cells[i].column)) {
                    topLeft[key(Int(sheet.cells[i].line), sheet.cells[i].column)] = sheet.cells[i]
                }
            }
        }
        var header = Array(sheet.cells[rows[headerRow]])
        fill(&header, line: headerLine, merges: merges, topLeft: topLeft)
        // The table's columns: the header's, from its first cell to its last one before a gap of
        // more than `maxGap` empty columns (a stray cell far to the right is not the header's).
        let first = header.first?.column ?? 1
        var last = first
        for f in header {
            if f.column - last > maxGap + 1 { break }
            last = f.column
        }
        let convention = decimal ?? textConvention(sheet, rows: rows[(headerRow + 1)...])
        // The table takes the sheet's buffer (no copy).
        var storage = sheet.storage
        sheet.storage = []
        var fields: [CellTable.Field] = []
        fields.reserveCapacity(min((rows.count - headerRow) * (last - first + 1), 2 * sheet.cells.count + rows.count))
        var recordStarts = [0]
        recordStarts.reserveCapacity(rows.count - headerRow + 1)
        if convention == .comma {
            for i in sheet.pointNumbers {
                let f = sheet.cells[i]
                for k in Int(f.start)..<f.end where storage[k] == UInt8(ascii: ".") { storage[k] = UInt8(ascii: ",") }
            }
        }
        for r in rows[headerRow...].indices {
            let line = sheet.cells[rows[r].lowerBound].line
            var cells: [CellTable.Field]
            if r == headerRow {
                cells = header.filter { $0.column <= last }
            } else {
                cells = Array(sheet.cells[rows[r]])
                if headerLines.contains(Int(line)) { fill(&cells, line: Int(line), merges: merges, topLeft: topLeft) }
            }
            // Every column of the table gets a cell; a cell beyond them is kept (the rules report
            // the row as too long), without empty ones before it.
            var column = first
            for f in cells where f.column >= first {
                while column < f.column, column <= last {
                    fields.append(empty(line: line, column: column))
                    column += 1
                }
                fields.append(f)
                column = f.column + 1
            }
            while column <= last {
                fields.append(empty(line: line, column: column))
                column += 1
            }
            recordStarts.append(fields.count)
        }
        let table = CellTable(
            name: name, storage: storage, fields: fields, recordStarts: recordStarts, delimiter: nil, hadBOM: false,
            diagnostics: [], isSheet: true)
        sheet.cells = []
        return (table, kind)
    }

    /// A cell with no text at `line`, `column`.
    static func empty(line: UInt32, column: Int) -> CellTable.Field {
        CellTable.Field(start: 0, length: 0, line: line, columnAndQuote: UInt32(column))
    }

    /// The most empty columns between two cells of a header.
    static let maxGap = 8
    /// The most columns a merged cell's value is repeated over.
    static let maxMergeWidth = 256

    /// A key for a cell's row and column.
    static func key(_ row: Int, _ column: Int) -> Int { row << 16 | column }

    /// Gives the cells of row `line` that lie in a merged range the value of its top-left cell
    /// (`topLeft`, by ``key(_:_:)``), and sorts them by column.
    static func fill(
        _ cells: inout [CellTable.Field], line: Int, merges: [SheetCells.Merge], topLeft: [Int: CellTable.Field]
    ) {
        for m in merges where m.rows.contains(line) {
            guard let source = topLeft[key(m.rows.lowerBound, m.columns.lowerBound)] else { continue }
            for column in m.columns.prefix(maxMergeWidth)
            where !(line == m.rows.lowerBound && column == m.columns.lowerBound) {
                var copy = source
                copy.line = UInt32(line)
                copy.columnAndQuote = UInt32(column) | (source.columnAndQuote & CellTable.Field.quotedBit)
                if let i = cells.firstIndex(where: { $0.column == column }) {
                    if cells[i].length == 0 { cells[i] = copy }
                } else {
                    cells.append(copy)
                }
            }
        }
        cells.sort { $0.column < $1.column }
    }

    /// The records of a sheet: runs of cells of one row (rows with cells only, in order).
    static func rowStarts(_ cells: [CellTable.Field]) -> [Range<Int>] {
        var rows: [Range<Int>] = []
        var start = 0
        for i in cells.indices where i > start && cells[i].line != cells[start].line {
            rows.append(start..<i)
            start = i
        }
        if start < cells.count { rows.append(start..<cells.count) }
        return rows
    }

    /// The decimal separator the text cells of `rows` need (the majority of those that decide),
    /// nil when none decides.
    static func textConvention(_ sheet: SheetCells, rows: ArraySlice<Range<Int>>) -> DecimalConvention? {
        var point = 0
        var comma = 0
        sheet.storage.withUnsafeBufferPointer { p in
            for r in rows {
                for i in r where sheet.cells[i].quoted {
                    let f = sheet.cells[i]
                    switch NumberReader.shape(UnsafeBufferPointer(rebasing: p[Int(f.start)..<f.end])) {
                    case .decided(.point?): point += 1
                    case .decided(.comma?): comma += 1
                    default: break
                    }
                }
            }
        }
        return comma > point ? .comma : nil
    }
}
