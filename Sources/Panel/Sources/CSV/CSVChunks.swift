#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A CSV input read a window at a time, as a run of cell tables: the memory a read takes is that
/// of one window (``windowBytes``), whatever the size of the input.
///
/// Each window is scanned by the same ``CSVReader/Scanner`` as a whole file, from the line where
/// the previous one stopped; a record that the window's end cuts waits for the next window (a
/// record longer than a window makes the window grow until it fits). Every table after the first
/// starts with a copy of the header record, so a rule reads each one as it reads a whole file
/// (``CellView/rows`` are the data records). Offsets are per table; lines and columns are the
/// input's.
struct CSVChunks {
    enum Input {
        case file(String)
        case bytes([UInt8])
    }

    /// The name places start with.
    let name: String
    let input: Input
    /// The delimiter to use instead of detecting it.
    var delimiter: UInt8?
    var windowBytes: Int

    static let defaultWindow = 8 << 20

    /// What a read ends with.
    enum End {
        /// Every table was given.
        case done
        /// The input could not be opened or read.
        case unreadable
        /// The input is not text: the first NUL byte or invalid UTF-8 sequence lies `offset`
        /// bytes into it (the tables given before it were text).
        case notText(offset: Int)
    }

    /// Calls `body` with each table in order (and whether it is the last), and says how the read
    /// ended. `body` returns false to stop.
    func readTables(_ body: (CellTable, _ isLast: Bool) -> Bool) -> End {
        guard var reader = Reader(input) else { return .unreadable }
        defer { reader.finish() }
        var buffer: [UInt8] = []
        var atEnd = false
        var want = windowBytes
        var line = 1
        var offset = 0  // of buffer[0] in the input
        var header: (bytes: [UInt8], fields: [CellTable.Field])?
        var detected: UInt8?
        var hadBOM = false
        while true {
            while !atEnd, buffer.count < want {
                guard let more = reader.next(into: &buffer, upTo: want - buffer.count) else { return .unreadable }
                atEnd = !more
            }
            var from = 0
            if offset == 0, buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                from = 3
                hadBOM = true
            }
            let delimiter = delimiter ?? detected ?? CSVReader.detectDelimiter(buffer, from: from)
            detected = delimiter
            var scanner = CSVReader.Scanner(delimiter: delimiter, file: name)
            let end = buffer.withUnsafeBufferPointer { scanner.run($0, from: from, line: line, final: atEnd) }
            if end == from, !atEnd {
                want = max(want, buffer.count) * 2  // a record longer than the window
                continue
            }
            if let bad = buffer.withUnsafeBufferPointer({ CSVReader.firstNonText($0, from: from, to: end) }) {
                return .notText(offset: offset + bad)
            }
            if atEnd, scanner.diagnostics.contains(where: { $0.code == .unterminatedQuote }),
                scanner.recordStarts.count > 1
            {
                // As for a whole file: the record an unclosed quote swallowed is not data.
                scanner.recordStarts.removeLast()
                scanner.fields.removeSubrange(scanner.recordStarts[scanner.recordStarts.count - 1]...)
            }
            var table = Self.table(of: scanner, buffer[0..<end], name: name, delimiter: delimiter, hadBOM: hadBOM)
            if let header {
                table.prepend(header)
            } else if table.recordCount > 0 {
                header = table.record(0)
            }
            guard body(table, atEnd) else { return .done }
            if atEnd { return .done }
            buffer.removeSubrange(0..<end)
            offset += end
            line = scanner.endLine
            want = windowBytes
        }
    }

    /// The table of what `scanner` read from `bytes`.
    static func table(
        of scanner: CSVReader.Scanner, _ bytes: ArraySlice<UInt8>, name: String, delimiter: UInt8, hadBOM: Bool
    ) -> CellTable {
        var storage = Array(bytes)
        var fields = scanner.fields
        if !scanner.extra.isEmpty {
            let shift = UInt32(storage.count)
            storage.append(contentsOf: scanner.extra)
            for i in scanner.inExtra where i < fields.count { fields[i].start += shift }
        }
        return CellTable(
            name: name, storage: storage, fields: fields, recordStarts: scanner.recordStarts, delimiter: delimiter,
            hadBOM: hadBOM, diagnostics: scanner.diagnostics)
    }

    /// The bytes of an input, read in order.
    struct Reader {
        var fd: Int32 = -1
        var bytes: [UInt8] = []
        var position = 0
        var scratch: [UInt8] = []

        init?(_ input: Input) {
            switch input {
            case .file(let path):
                fd = open(path, O_RDONLY)
                guard fd >= 0 else { return nil }
            case .bytes(let b): bytes = b
            }
        }

        /// Appends up to `count` bytes to `buffer`: false at the end of the input, nil on an error.
        mutating func next(into buffer: inout [UInt8], upTo count: Int) -> Bool? {
            guard fd >= 0 else {
                let n = min(count, bytes.count - position)
                buffer.append(contentsOf: bytes[position..<(position + n)])
                position += n
                return position < bytes.count
            }
            let count = min(count, 1 << 20)  // read a megabyte at a time at most
            // Into a scratch array, then appended as one copy: growing `buffer` by a run of
            // zeros first went element by element in an unoptimised build (seconds per file).
            if scratch.count < count { scratch = [UInt8](repeating: 0, count: count) }
            while true {
                let n = scratch.withUnsafeMutableBytes { all in
                    all.baseAddress.map { read(fd, $0, count) } ?? -1
                }
                if n >= 0 {
                    buffer.append(contentsOf: scratch[0..<n])
                    return n > 0
                }
                guard errno == EINTR else { return nil }
            }
        }

        func finish() { if fd >= 0 { close(fd) } }

        /// The place of byte `offset` of the input, as ``CSVReader/notText(_:from:at:file:)`` gives it
        /// for a whole file (lines end at LF; columns count sequences), with the error for the byte.
        static func notText(_ input: Input, at offset: Int, file: String) -> Diagnostic {
            var line = 1
            var column = 1
            var seen = 0
            var skip = 0  // the byte-order mark is not counted
            var bad: UInt8 = 0
            if var reader = Reader(input) {
                defer { reader.finish() }
                var buffer: [UInt8] = []
                scan: while reader.next(into: &buffer, upTo: 1 << 20) != nil, !buffer.isEmpty {
                    if seen == 0, buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                        skip = 3
                    }
                    for b in buffer {
                        if seen == offset {
                            bad = b
                            break scan
                        }
                        if seen >= skip {
                            if b == CSVReader.lf {
                                line += 1
                                column = 1
                            } else if b & 0xC0 != 0x80 {
                                column += 1
                            }
                        }
                        seen += 1
                    }
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            let place = SourceLocation(file: file, line: line, column: column)
            return bad == 0 ? Diagnostic(.nulByte, at: place) : Diagnostic(.notUTF8(byte: bad), at: place)
        }
    }
}

extension CellTable {
    /// A copy of record `r`: its cells' bytes and fields (starting from offset 0).
    func record(_ r: Int) -> (bytes: [UInt8], fields: [Field]) {
        var bytes: [UInt8] = []
        var out: [Field] = []
        for i in fieldRange(ofRecord: r) {
            var f = fields[i]
            bytes.append(contentsOf: storage[Int(f.start)..<f.end])
            f.start = UInt32(bytes.count) - f.length
            out.append(f)
        }
        return (bytes, out)
    }

    /// Makes `record` (a header) this table's record 0.
    mutating func prepend(_ record: (bytes: [UInt8], fields: [Field])) {
        let shift = UInt32(storage.count)
        storage.append(contentsOf: record.bytes)
        fields.insert(
            contentsOf: record.fields.map { f in
                var f = f
                f.start += shift
                return f
            }, at: 0)
        let k = record.fields.count
        recordStarts = [0] + recordStarts.map { $0 + k }
    }
}
