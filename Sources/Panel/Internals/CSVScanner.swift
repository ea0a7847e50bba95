import Dispatch

extension CSVReader {
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
}

extension CSVReader {
    /// The fast reader behind ``cells(_:file:delimiter:)``: the reference parser's rules (see
    /// ``Parser``), but an unquoted cell is found by one scan and kept as a range of the input,
    /// and a quoted cell is copied only when it holds `""` or text after its closing quote.
    struct Scanner {
        let delimiter: UInt8
        let file: String
        var fields: [CellTable.Field] = []
        var recordStarts: [Int] = [0]
        var diagnostics: [Diagnostic] = []
        /// Unescaped quoted cells, and the indices of the fields that point into it.
        var extra: [UInt8] = []
        var inExtra: [Int] = []
        /// The line after the last record read.
        var endLine = 1

        init(delimiter: UInt8, file: String) {
            self.delimiter = delimiter
            self.file = file
        }

        /// Reads the records of `b` from `start` (line `firstLine`, column 1); returns where reading
        /// stopped. When `b` is not the `final` part of the input, only records that end before the
        /// end of `b` are kept (their end cannot depend on bytes beyond it): the rest waits for the
        /// next window, which starts at the position returned.
        @discardableResult
        mutating func run(_ b: UnsafeBufferPointer<UInt8>, from start: Int, line firstLine: Int = 1, final: Bool = true)
            -> Int
        {
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
            var line = firstLine
            var column = 1
            var recordFieldStart = 0
            // Where the record being read began, to give it back when the window ends inside it.
            var recordBegin = (position: start, line: firstLine, extra: 0, inExtra: 0, diagnostics: diagnostics.count)
            var gaveBack = false

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
            func field(_ start: Int, _ length: Int, _ line: Int, _ column: Int, quoted: Bool) -> CellTable.Field {
                CellTable.Field(
                    start: UInt32(truncatingIfNeeded: start), length: UInt32(truncatingIfNeeded: length),
                    line: UInt32(truncatingIfNeeded: line),
                    columnAndQuote: UInt32(truncatingIfNeeded: column) | (quoted ? CellTable.Field.quotedBit : 0))
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
                                    .textAfterQuote,
                                    at: SourceLocation(file: file, line: trailingLine, column: trailingColumn)))
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
                                .unterminatedQuote, at: SourceLocation(file: file, line: startLine, column: startColumn)
                            )
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
                if !final, position >= n {
                    // The window ends in this record (or just after it): give it back.
                    fields.removeSubrange(recordFieldStart...)
                    extra.removeSubrange(recordBegin.extra...)
                    inExtra.removeSubrange(recordBegin.inExtra...)
                    diagnostics.removeSubrange(recordBegin.diagnostics...)
                    (position, line) = (recordBegin.position, recordBegin.line)
                    gaveBack = true
                    break
                }
                if !endOfRecord, position >= n {
                    // "a,b," at the very end: the delimiter still opens an empty last cell.
                    fields.append(field(0, 0, line, column, quoted: false))
                }
                if endOfRecord {
                    closeRecord(from: recordFieldStart)
                    recordFieldStart = fields.count
                    recordBegin = (position, line, extra.count, inExtra.count, diagnostics.count)
                }
            }
            if !gaveBack, fields.count > recordFieldStart { closeRecord(from: recordFieldStart) }
            endLine = line
            return position
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
