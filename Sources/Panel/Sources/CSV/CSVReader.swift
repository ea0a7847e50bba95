import Dispatch

/// One cell of a CSV record with the place its text starts.
public struct CSVField: Hashable, Sendable {
    /// The cell's text: unquoted, `""` unescaped, surrounding spaces removed.
    public var text: String
    public var line: Int
    public var column: Int
    /// True when the cell was written in quotes.
    public var quoted: Bool

    package init(text: String, line: Int, column: Int, quoted: Bool) {
        self.text = text
        self.line = line
        self.column = column
        self.quoted = quoted
    }
}

/// A parsed CSV file: records of fields, the delimiter used, and problems met.
public struct CSVDocument: Sendable {
    public var records: [[CSVField]]
    public var delimiter: UInt8
    public var hadBOM: Bool
    public var diagnostics: [Diagnostic]

    package init(records: [[CSVField]], delimiter: UInt8, hadBOM: Bool, diagnostics: [Diagnostic]) {
        self.records = records
        self.delimiter = delimiter
        self.hadBOM = hadBOM
        self.diagnostics = diagnostics
    }

    /// A readable name for the delimiter ("comma", "semicolon", "tab").
    public var delimiterName: String { CSVReader.name(ofDelimiter: delimiter) }
}

/// An RFC 4180 reader that is forgiving where real spreadsheets are sloppy and precise
/// about where things are.
///
/// - UTF-8 with or without a byte-order mark; CRLF, LF or lone CR line ends.
/// - The delimiter is detected on the first non-blank line, outside quotes, among `,` `;`
///   and TAB (most frequent wins; a tie prefers `,` then `;`), unless given.
/// - Quoted cells may hold delimiters, doubled quotes and line breaks.
/// - Blank lines are skipped; spaces around a cell are removed.
/// - A NUL byte or invalid UTF-8 makes the file "not text": one error, no records.
/// Lines and columns are 1-based; a column counts Unicode scalars, not bytes.
public enum CSVReader {
    package static let comma = UInt8(ascii: ",")
    package static let semicolon = UInt8(ascii: ";")
    package static let tab = UInt8(ascii: "\t")
    package static let quote = UInt8(ascii: "\"")
    package static let lf = UInt8(ascii: "\n")
    package static let cr = UInt8(ascii: "\r")

    /// "comma", "semicolon" or "tab".
    static func name(ofDelimiter delimiter: UInt8) -> String {
        switch delimiter {
        case UInt8(ascii: ";"): "semicolon"
        case UInt8(ascii: "\t"): "tab"
        default: "comma"
        }
    }

    /// Parses `bytes`; `file` names the input in diagnostics.
    public static func parse(_ bytes: [UInt8], file: String, delimiter forced: UInt8? = nil) -> CSVDocument {
        document(cells(bytes, file: file, delimiter: forced))
    }

    /// The records of `table` as ``CSVField`` arrays.
    static func document(_ table: CellTable) -> CSVDocument {
        func field(_ i: Int) -> CSVField {
            let f = table.fields[i]
            return CSVField(text: table.text(i), line: Int(f.line), column: f.column, quoted: f.quoted)
        }
        return CSVDocument(
            records: (0..<table.recordCount).map { table.fieldRange(ofRecord: $0).map(field) },
            delimiter: table.delimiter ?? comma, hadBOM: table.hadBOM, diagnostics: table.diagnostics)
    }

    /// Parses `bytes` into a flat ``CellTable`` named `file`, with no `String` made until a cell's
    /// text is asked for.
    static func cells(_ bytes: [UInt8], file: String, delimiter forced: UInt8? = nil) -> CellTable {
        var start = 0
        var hadBOM = false
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            start = 3
            hadBOM = true
        }
        if bytes.count > CellTable.maxBytes {
            let problem = Diagnostic(
                .tooLarge(megabytes: CellTable.maxBytes >> 20), at: SourceLocation(file: file, line: 0, column: 0))
            return notTextCells(problem, file: file, hadBOM: hadBOM)
        }
        // A large input is checked for UTF-8 on another core while this one scans it (the scan only
        // reads bytes; its result is dropped if the check fails). A small one is checked first.
        let check = bytes.count >= MemoryWarmer.minimumBytes ? TextCheck(bytes, from: start) : nil
        if check == nil, let problem = notText(bytes, from: start, file: file) {
            return notTextCells(problem, file: file, hadBOM: hadBOM)
        }
        let delimiter = forced ?? detectDelimiter(bytes, from: start)
        var scanner = Scanner(delimiter: delimiter, file: file)
        bytes.withUnsafeBufferPointer { scanner.run($0, from: start) }
        if let index = check?.firstNonText() {
            return notTextCells(notText(bytes, from: start, at: index, file: file), file: file, hadBOM: hadBOM)
        }
        // An unclosed quote swallows the rest of the file into one cell: that record is not data.
        if scanner.diagnostics.contains(where: { $0.code == .unterminatedQuote }), scanner.recordStarts.count > 1 {
            scanner.recordStarts.removeLast()
            scanner.fields.removeSubrange(scanner.recordStarts[scanner.recordStarts.count - 1]...)
        }
        var storage = bytes
        if !scanner.extra.isEmpty {
            // Quoted cells that needed unescaping live after the input.
            let offset = UInt32(bytes.count)
            storage.append(contentsOf: scanner.extra)
            for i in scanner.inExtra where i < scanner.fields.count { scanner.fields[i].start += offset }
        }
        return CellTable(
            name: file, storage: storage, fields: scanner.fields, recordStarts: scanner.recordStarts,
            delimiter: delimiter, hadBOM: hadBOM, diagnostics: scanner.diagnostics)
    }

    /// The cells of a file that cannot be read: none, and the error.
    static func notTextCells(_ problem: Diagnostic, file: String, hadBOM: Bool) -> CellTable {
        CellTable(
            name: file, storage: [], fields: [], recordStarts: [0], delimiter: nil, hadBOM: hadBOM,
            diagnostics: [problem])
    }

    /// The first NUL byte or invalid UTF-8 sequence, as an error.
    package static func notText(_ bytes: [UInt8], from start: Int, file: String) -> Diagnostic? {
        guard let index = firstNonText(bytes, from: start) else { return nil }
        return notText(bytes, from: start, at: index, file: file)
    }

    /// The error for the NUL byte or invalid sequence at `index`.
    static func notText(_ bytes: [UInt8], from start: Int, at index: Int, file: String) -> Diagnostic {
        // Lines end at LF only; columns count the (valid) sequences before the bad byte.
        var line = 1
        var column = 1
        for b in bytes[start..<index] {
            if b == lf {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        let b = bytes[index]
        if b == 0 {
            return Diagnostic(.nulByte, at: SourceLocation(file: file, line: line, column: column))
        }
        return Diagnostic(.notUTF8(byte: b), at: SourceLocation(file: file, line: line, column: column))
    }

    package static func detectDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var counts = [Int](repeating: 0, count: 256)
        var inQuotes = false
        var sawContent = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == quote {
                inQuotes.toggle()
            } else if !inQuotes, b == lf || b == cr {
                if sawContent { break }
            } else if !inQuotes, b == comma || b == semicolon || b == tab {
                counts[Int(b)] += 1
                sawContent = true
            } else if b != UInt8(ascii: " ") {
                sawContent = true
            }
            i += 1
        }
        let order: [UInt8] = [comma, semicolon, tab]
        var best = comma
        for d in order where counts[Int(d)] > counts[Int(best)] { best = d }
        return best
    }
}

/// A CSV (or TSV) file as a source: one table.
struct CSVSource: TableSource {
    let name: String
    let bytes: [UInt8]
    /// The delimiter to use instead of detecting it.
    var delimiter: UInt8?

    func tables() -> [CellTable] { [CSVReader.cells(bytes, file: name, delimiter: delimiter)] }
}
