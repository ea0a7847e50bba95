import Dispatch

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
    static let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")
    static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

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
        cells(bytes, file: file, delimiter: forced).document
    }

    /// ``parse(_:file:delimiter:)`` by the original field-by-field parser: one `String` and one
    /// array per record. The reference the fast reader (``cells(_:file:delimiter:)``) is tested
    /// against, and the reader of inputs too large for ``CSVCells``' 32-bit offsets.
    static func referenceParse(_ bytes: [UInt8], file: String, delimiter forced: UInt8? = nil) -> CSVDocument {
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

    /// Parses `bytes` into flat ``CSVCells``: the same records, texts, places and diagnostics as
    /// ``referenceParse(_:file:delimiter:)``, with no `String` made until a cell's text is asked for.
    static func cells(_ bytes: [UInt8], file: String, delimiter forced: UInt8? = nil) -> CSVCells {
        var start = 0
        var hadBOM = false
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            start = 3
            hadBOM = true
        }
        if bytes.count > CSVCells.maxBytes {
            return CSVCells(referenceParse(bytes, file: file, delimiter: forced))
        }
        // A large input is checked for UTF-8 on another core while this one scans it (the scan only
        // reads bytes; its result is dropped if the check fails). A small one is checked first.
        let check = bytes.count >= MemoryWarmer.minimumBytes ? TextCheck(bytes, from: start) : nil
        if check == nil, let problem = notText(bytes, from: start, file: file) {
            return notTextCells(problem, hadBOM: hadBOM)
        }
        let delimiter = forced ?? detectDelimiter(bytes, from: start)
        var scanner = Scanner(delimiter: delimiter, file: file)
        bytes.withUnsafeBufferPointer { scanner.run($0, from: start) }
        if let index = check?.firstNonText() {
            return notTextCells(notText(bytes, from: start, at: index, file: file), hadBOM: hadBOM)
        }
        // An unclosed quote swallows the rest of the file into one cell: that record is not data.
        if scanner.diagnostics.contains(where: { $0.code == "unterminated-quote" }), scanner.recordStarts.count > 1 {
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
        return CSVCells(
            storage: storage, fields: scanner.fields, recordStarts: scanner.recordStarts, delimiter: delimiter,
            hadBOM: hadBOM, diagnostics: scanner.diagnostics)
    }

    /// The cells of a file that is not text: none, and the error.
    static func notTextCells(_ problem: Diagnostic, hadBOM: Bool) -> CSVCells {
        CSVCells(storage: [], fields: [], recordStarts: [0], delimiter: comma, hadBOM: hadBOM, diagnostics: [problem])
    }

    /// ``firstNonText(_:from:)`` run on a global queue; ``firstNonText()`` waits for it.
    final class TextCheck: @unchecked Sendable {
        // @unchecked: `result` is written once by the queued block and read only after
        // `group.wait()`, which orders the two.
        private let group = DispatchGroup()
        private var result: Int?

        init(_ bytes: [UInt8], from start: Int) {
            DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
                result = CSVReader.firstNonText(bytes, from: start)
            }
        }

        /// The index of the first NUL byte or invalid sequence, or nil: the input is text.
        func firstNonText() -> Int? {
            group.wait()
            return result
        }
    }

    /// The first NUL byte or invalid UTF-8 sequence, as an error.
    static func notText(_ bytes: [UInt8], from start: Int, file: String) -> Diagnostic? {
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
            return Diagnostic(
                .error, "not-text", at: SourceLocation(file: file, line: line, column: column),
                "the file contains a NUL byte: it looks like a binary file, not CSV text",
                hint: "export the sheet as CSV (UTF-8); spreadsheets (.xlsx) are not read directly")
        }
        return Diagnostic(
            .error, "not-utf8", at: SourceLocation(file: file, line: line, column: column),
            "byte 0x\(b < 16 ? "0" : "")\(String(b, radix: 16, uppercase: true)) is not valid UTF-8",
            hint: "save the file as 'CSV UTF-8'; legacy encodings (TCVN3, VNI, Windows-1258) are not read")
    }

    /// The index of the first NUL byte or the first byte of an invalid UTF-8 sequence, or nil.
    /// Runs of eight ASCII bytes without a NUL are skipped a word at a time.
    static func firstNonText(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { firstNonText($0, from: start, to: $0.count) }
    }

    /// ``firstNonText(_:from:)`` of `p[start..<end]` (a sequence must end by `end`).
    static func firstNonText(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        let n = end
        var i = start
        let raw = UnsafeRawPointer(p.baseAddress)
        while i < n {
            if let raw, i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // Skip the ASCII bytes other than NUL before the first byte that needs a look.
                let look = (w & 0x8080_8080_8080_8080) | SWAR.zeroBytes(w)
                if look == 0 {
                    i += 8
                    continue
                }
                let skip = look.trailingZeroBitCount >> 3
                if skip > 0 {
                    i += skip
                    continue
                }
            }
            let b = p[i]
            let length: Int
            if b == 0 {
                return i
            } else if b < 0x80 {
                length = 1
            } else if b & 0xE0 == 0xC0, b >= 0xC2 {
                length = 2
            } else if b & 0xF0 == 0xE0 {
                length = 3
            } else if b & 0xF8 == 0xF0, b <= 0xF4 {
                length = 4
            } else {
                return i
            }
            guard i + length <= n else { return i }
            for k in 1..<max(length, 1) where p[i + k] & 0xC0 != 0x80 { return i }
            if length == 3 {
                let b1 = p[i + 1]
                if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) { return i }
            }
            if length == 4 {
                let b1 = p[i + 1]
                if (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) { return i }
            }
            i += length
        }
        return nil
    }

    static func detectDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
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
            let startLine = line
            let startColumn = column
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
                let trailingLine = line
                let trailingColumn = column
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

/// A parsed CSV file stored flat: the cells' bytes in one buffer, each cell a range of it with
/// its place, records as runs of cells. The loader reads cells as bytes and makes a `String`
/// only for the texts it keeps; ``document`` gives the ``CSVDocument`` form.
struct CSVCells: Sendable {
    /// One cell: `length` bytes of ``storage`` from `start`, and where its text starts.
    struct Field: Sendable {
        var start: UInt32
        var length: UInt32
        var line: UInt32
        /// The column; the top bit says the cell was quoted.
        var columnAndQuote: UInt32

        static let quotedBit: UInt32 = 1 << 31
        var column: Int { Int(columnAndQuote & ~Self.quotedBit) }
        var quoted: Bool { columnAndQuote & Self.quotedBit != 0 }
        var end: Int { Int(start) + Int(length) }
    }

    /// Inputs above this size are read by the reference parser (offsets, lines and columns must
    /// fit in 31 bits, with room for unescaped quoted cells after the input).
    static let maxBytes = 1 << 30

    /// The input (BOM included, offsets count from the first byte), then the text of quoted
    /// cells that needed unescaping.
    var storage: [UInt8]
    var fields: [Field]
    /// Record r is `fields[recordStarts[r]..<recordStarts[r + 1]]`.
    var recordStarts: [Int]
    var delimiter: UInt8
    var hadBOM: Bool
    var diagnostics: [Diagnostic]

    var recordCount: Int { recordStarts.count - 1 }
    func fieldRange(ofRecord r: Int) -> Range<Int> { recordStarts[r]..<recordStarts[r + 1] }

    /// The text of field `i`.
    func text(_ i: Int) -> String {
        let f = fields[i]
        return storage.withUnsafeBufferPointer { p in
            String(decoding: UnsafeBufferPointer(rebasing: p[Int(f.start)..<f.end]), as: UTF8.self)
        }
    }

    func csvField(_ i: Int) -> CSVField {
        let f = fields[i]
        return CSVField(text: text(i), line: Int(f.line), column: f.column, quoted: f.quoted)
    }

    func record(_ r: Int) -> [CSVField] { fieldRange(ofRecord: r).map(csvField) }

    var document: CSVDocument {
        CSVDocument(
            records: (0..<recordCount).map(record), delimiter: delimiter, hadBOM: hadBOM, diagnostics: diagnostics)
    }

    /// The cells of a document parsed by the reference parser (for inputs above ``maxBytes``).
    init(_ document: CSVDocument) {
        storage = []
        fields = []
        recordStarts = [0]
        for record in document.records {
            for field in record {
                let start = storage.count
                storage.append(contentsOf: field.text.utf8)
                fields.append(
                    Field(
                        start: UInt32(truncatingIfNeeded: start),
                        length: UInt32(truncatingIfNeeded: storage.count - start),
                        line: UInt32(truncatingIfNeeded: field.line),
                        columnAndQuote: UInt32(truncatingIfNeeded: field.column) & ~Field.quotedBit
                            | (field.quoted ? Field.quotedBit : 0)))
            }
            recordStarts.append(fields.count)
        }
        delimiter = document.delimiter
        hadBOM = document.hadBOM
        diagnostics = document.diagnostics
    }

    init(
        storage: [UInt8], fields: [Field], recordStarts: [Int], delimiter: UInt8, hadBOM: Bool,
        diagnostics: [Diagnostic]
    ) {
        self.storage = storage
        self.fields = fields
        self.recordStarts = recordStarts
        self.delimiter = delimiter
        self.hadBOM = hadBOM
        self.diagnostics = diagnostics
    }
}

extension CSVReader {
    /// The fast reader behind ``cells(_:file:delimiter:)``: the reference parser's rules (see
    /// ``Parser``), but an unquoted cell is found by one scan and kept as a range of the input,
    /// and a quoted cell is copied only when it holds `""` or text after its closing quote.
    struct Scanner {
        let delimiter: UInt8
        let file: String
        var fields: [CSVCells.Field] = []
        var recordStarts: [Int] = [0]
        var diagnostics: [Diagnostic] = []
        /// Unescaped quoted cells, and the indices of the fields that point into it.
        var extra: [UInt8] = []
        var inExtra: [Int] = []

        init(delimiter: UInt8, file: String) {
            self.delimiter = delimiter
            self.file = file
        }

        mutating func run(_ b: UnsafeBufferPointer<UInt8>, from start: Int) {
            let n = b.count
            let space = UInt8(ascii: " ")
            let quote = CSVReader.quote
            let lf = CSVReader.lf
            let cr = CSVReader.cr
            let delimiter = delimiter
            let delimiters = SWAR.broadcast(delimiter)
            let lfs = SWAR.broadcast(lf)
            let crs = SWAR.broadcast(cr)
            // A guess from the first line's length saves most regrowth of the field array.
            var firstLineEnd = start
            while firstLineEnd < n, firstLineEnd - start < 4096, b[firstLineEnd] != lf { firstLineEnd += 1 }
            let lineLength = max(firstLineEnd - start + 1, 8)
            var cellsPerLine = 1
            for i in start..<firstLineEnd where b[i] == delimiter { cellsPerLine += 1 }
            let expected = min((n - start) / lineLength + 1, 1 << 22) * cellsPerLine
            fields.reserveCapacity(expected + 1)
            recordStarts.reserveCapacity(expected / cellsPerLine + 2)

            var position = start
            var line = 1
            var column = 1
            var recordFieldStart = 0

            /// The reference parser's `advance()`.
            @inline(__always) func advance() {
                let c = b[position]
                position += 1
                if c == lf {
                    line += 1
                    column = 1
                } else if c == cr {
                    if position < n, b[position] == lf { return }
                    line += 1
                    column = 1
                } else if c & 0xC0 != 0x80 {
                    column += 1
                }
            }
            /// The reference parser's `finishField()`: true at a line end or the end of input.
            @inline(__always) func finishField() -> Bool {
                guard position < n else { return true }
                let c = b[position]
                if c == delimiter {
                    advance()
                    return false
                }
                if c == cr {
                    advance()
                    if position < n, b[position] == lf { advance() }
                    return true
                }
                advance()
                return true
            }
            func field(_ start: Int, _ length: Int, _ line: Int, _ column: Int, quoted: Bool) -> CSVCells.Field {
                CSVCells.Field(
                    start: UInt32(truncatingIfNeeded: start), length: UInt32(truncatingIfNeeded: length),
                    line: UInt32(truncatingIfNeeded: line),
                    columnAndQuote: UInt32(truncatingIfNeeded: column) | (quoted ? CSVCells.Field.quotedBit : 0))
            }

            while position < n {
                while position < n, b[position] == space, space != delimiter {
                    position += 1
                    column += 1
                }
                let startLine = line
                let startColumn = column
                let endOfRecord: Bool
                if position < n, b[position] == quote {
                    advance()
                    let contentFrom = position
                    var contentEnd = n
                    var copying = false
                    let extraFrom = extra.count
                    var closed = false
                    while position < n {
                        let c = b[position]
                        if c == quote {
                            if position + 1 < n, b[position + 1] == quote {
                                if !copying {
                                    extra.append(contentsOf: UnsafeBufferPointer(rebasing: b[contentFrom..<position]))
                                    copying = true
                                }
                                extra.append(quote)
                                advance()
                                advance()
                                continue
                            }
                            contentEnd = position
                            advance()
                            closed = true
                            break
                        }
                        if copying { extra.append(c) }
                        advance()
                    }
                    if closed {
                        // After the closing quote: spaces, then a delimiter or line end.
                        let trailingLine = line
                        let trailingColumn = column
                        let trailingFrom = position
                        while position < n {
                            let c = b[position]
                            if c == delimiter || c == lf || c == cr { break }
                            advance()
                        }
                        var trailingEnd = position
                        while trailingEnd > trailingFrom, b[trailingEnd - 1] == space { trailingEnd -= 1 }
                        if trailingEnd > trailingFrom {
                            diagnostics.append(
                                Diagnostic(
                                    .warning, "text-after-quote",
                                    at: SourceLocation(file: file, line: trailingLine, column: trailingColumn),
                                    "text after the closing quote was joined to the cell",
                                    hint: "quote the whole cell"))
                            if !copying {
                                extra.append(contentsOf: UnsafeBufferPointer(rebasing: b[contentFrom..<contentEnd]))
                                copying = true
                            }
                            extra.append(contentsOf: UnsafeBufferPointer(rebasing: b[trailingFrom..<trailingEnd]))
                        }
                        endOfRecord = finishField()
                    } else {
                        diagnostics.append(
                            Diagnostic(
                                .error, "unterminated-quote",
                                at: SourceLocation(file: file, line: startLine, column: startColumn),
                                "a quoted cell starts here and is never closed",
                                hint:
                                    "every opening \" needs a closing \"; a quote inside a quoted cell is written \"\"")
                        )
                        endOfRecord = true
                    }
                    if copying {
                        inExtra.append(fields.count)
                        fields.append(field(extraFrom, extra.count - extraFrom, startLine, startColumn, quoted: true))
                    } else {
                        fields.append(
                            field(contentFrom, contentEnd - contentFrom, startLine, startColumn, quoted: true))
                    }
                } else {
                    let from = position
                    var continuation = 0
                    var stopped = false
                    // Eight bytes at a time: the first delimiter or line end, and the continuation
                    // bytes before it (they do not advance the column).
                    if let raw = UnsafeRawPointer(b.baseAddress) {
                        while position + 8 <= n {
                            let w = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                            let stop =
                                SWAR.zeroBytes(w ^ delimiters) | SWAR.zeroBytes(w ^ lfs) | SWAR.zeroBytes(w ^ crs)
                            let continuations = w & ~(w << 1) & 0x8080_8080_8080_8080
                            if stop != 0 {
                                let k = stop.trailingZeroBitCount >> 3
                                let before = continuations & ((1 << (8 * UInt64(k))) &- 1)
                                if before != 0 { continuation += before.nonzeroBitCount }
                                position += k
                                stopped = true
                                break
                            }
                            if continuations != 0 { continuation += continuations.nonzeroBitCount }
                            position += 8
                        }
                    }
                    if !stopped {
                        while position < n {
                            let c = b[position]
                            if c == delimiter || c == lf || c == cr { break }
                            if c & 0xC0 == 0x80 { continuation += 1 }
                            position += 1
                        }
                    }
                    column += position - from - continuation
                    var to = position
                    while to > from, b[to - 1] == space { to -= 1 }
                    fields.append(field(from, to - from, startLine, startColumn, quoted: false))
                    endOfRecord = finishField()
                }
                if !endOfRecord, position >= n {
                    // "a,b," at the very end: the delimiter still opens an empty last cell.
                    fields.append(field(0, 0, line, column, quoted: false))
                }
                if endOfRecord {
                    closeRecord(from: recordFieldStart)
                    recordFieldStart = fields.count
                }
            }
            if fields.count > recordFieldStart { closeRecord(from: recordFieldStart) }
        }

        /// Ends the record of `fields[first...]`, dropping it when it is one empty unquoted cell
        /// (a blank line).
        mutating func closeRecord(from first: Int) {
            if fields.count - first == 1, fields[first].length == 0, !fields[first].quoted {
                fields.removeLast()
            } else {
                recordStarts.append(fields.count)
            }
        }
    }
}

/// Bytes of a word, eight at a time.
enum SWAR {
    /// `byte` in each of the eight bytes.
    @inline(__always) static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// 0x80 in each byte of `w` that is zero, 0 elsewhere (exact: no false positives).
    @inline(__always) static func zeroBytes(_ w: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((w & low7) &+ low7) | w | low7)
    }
}
