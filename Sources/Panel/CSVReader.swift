/// One cell of a CSV record with the place its text starts.
public struct CSVField: Hashable, Sendable {
    /// The cell's text: unquoted, `""` unescaped, surrounding spaces removed.
    public var text: String
    public var line: Int
    public var column: Int
    /// True when the cell was written in quotes.
    public var quoted: Bool
}

/// A parsed CSV file: records of fields, the delimiter used, and problems met.
public struct CSVDocument: Sendable {
    public var records: [[CSVField]]
    public var delimiter: UInt8
    public var hadBOM: Bool
    public var diagnostics: [Diagnostic]

    /// A readable name for the delimiter ("comma", "semicolon", "tab").
    public var delimiterName: String {
        switch delimiter {
        case UInt8(ascii: ";"): "semicolon"
        case UInt8(ascii: "\t"): "tab"
        default: "comma"
        }
    }
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
    static let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")
    static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// Parses `bytes`; `file` names the input in diagnostics.
    public static func parse(_ bytes: [UInt8], file: String, delimiter forced: UInt8? = nil) -> CSVDocument {
        var start = 0
        var hadBOM = false
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            start = 3
            hadBOM = true
        }
        if let problem = notText(bytes, from: start, file: file) {
            return CSVDocument(records: [], delimiter: comma, hadBOM: hadBOM, diagnostics: [problem])
        }
        let delimiter = forced ?? detectDelimiter(bytes, from: start)
        var parser = Parser(bytes: bytes, position: start, delimiter: delimiter, file: file)
        parser.run()
        // An unclosed quote swallows the rest of the file into one cell: that record is not data.
        if parser.diagnostics.contains(where: { $0.code == "unterminated-quote" }), !parser.records.isEmpty {
            parser.records.removeLast()
        }
        return CSVDocument(
            records: parser.records, delimiter: delimiter, hadBOM: hadBOM, diagnostics: parser.diagnostics)
    }

    /// The first NUL byte or invalid UTF-8 sequence, as an error.
    static func notText(_ bytes: [UInt8], from start: Int, file: String) -> Diagnostic? {
        var line = 1, column = 1
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            if b == 0 {
                return Diagnostic(
                    .error, "not-text", at: SourceLocation(file: file, line: line, column: column),
                    "the file contains a NUL byte: it looks like a binary file, not CSV text",
                    hint: "export the sheet as CSV (UTF-8); spreadsheets (.xlsx) are not read directly")
            } else if b < 0x80 {
                length = 1
            } else if b & 0xE0 == 0xC0, b >= 0xC2 {
                length = 2
            } else if b & 0xF0 == 0xE0 {
                length = 3
            } else if b & 0xF8 == 0xF0, b <= 0xF4 {
                length = 4
            } else {
                length = 0
            }
            var valid = length > 0 && i + length <= bytes.count
            if valid {
                for k in 1..<max(length, 1) where bytes[i + k] & 0xC0 != 0x80 { valid = false }
            }
            if valid, length == 3 {
                let b1 = bytes[i + 1]
                if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) { valid = false }
            }
            if valid, length == 4 {
                let b1 = bytes[i + 1]
                if (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) { valid = false }
            }
            guard valid else {
                return Diagnostic(
                    .error, "not-utf8", at: SourceLocation(file: file, line: line, column: column),
                    "byte 0x\(b < 16 ? "0" : "")\(String(b, radix: 16, uppercase: true)) is not valid UTF-8",
                    hint: "save the file as 'CSV UTF-8'; legacy encodings (TCVN3, VNI, Windows-1258) are not read")
            }
            if b == lf { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return nil
    }

    static func detectDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [comma: 0, semicolon: 0, tab: 0]
        var inQuotes = false
        var sawContent = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == quote {
                inQuotes.toggle()
            } else if !inQuotes, b == lf || b == cr {
                if sawContent { break }
            } else if !inQuotes, counts[b] != nil {
                counts[b, default: 0] += 1
                sawContent = true
            } else if b != UInt8(ascii: " ") {
                sawContent = true
            }
            i += 1
        }
        let order: [UInt8] = [comma, semicolon, tab]
        var best = comma
        for d in order where counts[d, default: 0] > counts[best, default: 0] { best = d }
        return best
    }

    struct Parser {
        let bytes: [UInt8]
        var position: Int
        let delimiter: UInt8
        let file: String
        var line = 1
        var column = 1
        var records: [[CSVField]] = []
        var diagnostics: [Diagnostic] = []

        init(bytes: [UInt8], position: Int, delimiter: UInt8, file: String) {
            self.bytes = bytes
            self.position = position
            self.delimiter = delimiter
            self.file = file
        }

        /// Advances one byte, keeping line/column (columns count scalars, so continuation
        /// bytes do not advance the column).
        @inline(__always) mutating func advance() {
            let b = bytes[position]
            position += 1
            if b == CSVReader.lf {
                line += 1
                column = 1
            } else if b == CSVReader.cr {
                if position < bytes.count, bytes[position] == CSVReader.lf { return }
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }

        mutating func run() {
            var record: [CSVField] = []
            while position < bytes.count {
                let field = readField()
                record.append(field.field)
                if !field.endOfRecord, position >= bytes.count {
                    // "a,b," at the very end: the delimiter still opens an empty last cell.
                    record.append(CSVField(text: "", line: line, column: column, quoted: false))
                }
                if field.endOfRecord {
                    if !(record.count == 1 && record[0].text.isEmpty && !record[0].quoted) {
                        records.append(record)
                    }
                    record = []
                }
            }
            if !record.isEmpty, !(record.count == 1 && record[0].text.isEmpty && !record[0].quoted) {
                records.append(record)
            }
        }

        static func isSpace(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") }

        /// Reads one field and the delimiter or line end after it.
        mutating func readField() -> (field: CSVField, endOfRecord: Bool) {
            while position < bytes.count, Parser.isSpace(bytes[position]), bytes[position] != delimiter {
                advance()
            }
            let startLine = line, startColumn = column
            if position < bytes.count, bytes[position] == CSVReader.quote {
                advance()
                var content: [UInt8] = []
                var closed = false
                while position < bytes.count {
                    let b = bytes[position]
                    if b == CSVReader.quote {
                        if position + 1 < bytes.count, bytes[position + 1] == CSVReader.quote {
                            content.append(CSVReader.quote)
                            advance()
                            advance()
                            continue
                        }
                        advance()
                        closed = true
                        break
                    }
                    content.append(b)
                    advance()
                }
                if !closed {
                    diagnostics.append(
                        Diagnostic(
                            .error, "unterminated-quote",
                            at: SourceLocation(file: file, line: startLine, column: startColumn),
                            "a quoted cell starts here and is never closed",
                            hint: "every opening \" needs a closing \"; a quote inside a quoted cell is written \"\""))
                    return (CSVField(text: decode(content), line: startLine, column: startColumn, quoted: true), true)
                }
                // After the closing quote: spaces, then a delimiter or line end.
                var trailing: [UInt8] = []
                let trailingLine = line, trailingColumn = column
                while position < bytes.count {
                    let b = bytes[position]
                    if b == delimiter || b == CSVReader.lf || b == CSVReader.cr { break }
                    trailing.append(b)
                    advance()
                }
                while let last = trailing.last, Parser.isSpace(last) { trailing.removeLast() }
                if !trailing.isEmpty {
                    diagnostics.append(
                        Diagnostic(
                            .warning, "text-after-quote",
                            at: SourceLocation(file: file, line: trailingLine, column: trailingColumn),
                            "text after the closing quote was joined to the cell",
                            hint: "quote the whole cell"))
                    content.append(contentsOf: trailing)
                }
                let end = finishField()
                return (CSVField(text: decode(content), line: startLine, column: startColumn, quoted: true), end)
            }
            let from = position
            while position < bytes.count {
                let b = bytes[position]
                if b == delimiter || b == CSVReader.lf || b == CSVReader.cr { break }
                advance()
            }
            var to = position
            while to > from, Parser.isSpace(bytes[to - 1]) { to -= 1 }
            let text = decode(bytes[from..<to])
            let end = finishField()
            return (CSVField(text: text, line: startLine, column: startColumn, quoted: false), end)
        }

        /// Consumes a delimiter (returns false) or a line end (returns true); true at end of input.
        mutating func finishField() -> Bool {
            guard position < bytes.count else { return true }
            let b = bytes[position]
            if b == delimiter {
                advance()
                // A delimiter at the very end of the input still ends the record with an empty cell.
                return false
            }
            if b == CSVReader.cr {
                advance()
                if position < bytes.count, bytes[position] == CSVReader.lf { advance() }
                return true
            }
            advance()
            return true
        }

        func decode<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
            String(decoding: bytes, as: UTF8.self)
        }
    }
}
