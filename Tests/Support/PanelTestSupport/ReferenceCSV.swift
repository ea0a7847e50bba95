import Panel

/// The original field-by-field CSV parser, kept as a test oracle for the fast reader
/// (`CSVReader.parse`): one `String` and one array per record, the same rules written plainly.
/// The two must agree exactly — texts, places, quotes, diagnostics.
public enum ReferenceCSV {
    static let comma = CSVReader.comma
    static let quote = CSVReader.quote
    static let lf = CSVReader.lf
    static let cr = CSVReader.cr

    /// Parses `bytes` as `CSVReader.parse(_:file:delimiter:)` must.
    public static func parse(_ bytes: [UInt8], file: String, delimiter forced: UInt8? = nil) -> CSVDocument {
        var start = 0
        var hadBOM = false
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            start = 3
            hadBOM = true
        }
        if let problem = CSVReader.notText(bytes, from: start, file: file) {
            return CSVDocument(records: [], delimiter: comma, hadBOM: hadBOM, diagnostics: [problem])
        }
        let delimiter = forced ?? CSVReader.detectDelimiter(bytes, from: start)
        var parser = Parser(bytes: bytes, position: start, delimiter: delimiter, file: file)
        parser.run()
        // An unclosed quote swallows the rest of the file into one cell: that record is not data.
        if parser.diagnostics.contains(where: { $0.code == .unterminatedQuote }), !parser.records.isEmpty {
            parser.records.removeLast()
        }
        return CSVDocument(
            records: parser.records, delimiter: delimiter, hadBOM: hadBOM, diagnostics: parser.diagnostics)
    }

    /// The reference parser: one field at a time, one `String` per field.
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
            if b == lf {
                line += 1
                column = 1
            } else if b == cr {
                if position < bytes.count, bytes[position] == lf { return }
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
            let startLine = line
            let startColumn = column
            if position < bytes.count, bytes[position] == quote {
                advance()
                var content: [UInt8] = []
                var closed = false
                while position < bytes.count {
                    let b = bytes[position]
                    if b == quote {
                        if position + 1 < bytes.count, bytes[position + 1] == quote {
                            content.append(quote)
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
                            .unterminatedQuote, at: SourceLocation(file: file, line: startLine, column: startColumn)))
                    return (CSVField(text: decode(content), line: startLine, column: startColumn, quoted: true), true)
                }
                // After the closing quote: spaces, then a delimiter or line end.
                var trailing: [UInt8] = []
                let trailingLine = line
                let trailingColumn = column
                while position < bytes.count {
                    let b = bytes[position]
                    if b == delimiter || b == lf || b == cr { break }
                    trailing.append(b)
                    advance()
                }
                while let last = trailing.last, Parser.isSpace(last) { trailing.removeLast() }
                if !trailing.isEmpty {
                    diagnostics.append(
                        Diagnostic(
                            .textAfterQuote, at: SourceLocation(file: file, line: trailingLine, column: trailingColumn))
                    )
                    content.append(contentsOf: trailing)
                }
                let end = finishField()
                return (CSVField(text: decode(content), line: startLine, column: startColumn, quoted: true), end)
            }
            let from = position
            while position < bytes.count {
                let b = bytes[position]
                if b == delimiter || b == lf || b == cr { break }
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
            if b == cr {
                advance()
                if position < bytes.count, bytes[position] == lf { advance() }
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
