/// The cells of a ``CellTable`` read in place, by record and column: as bytes (to compare, intern
/// or parse without a `String`), as text, and with their places.
///
/// Valid only inside ``CellTable/withView(_:)``. Columns are indices into a record; a column of
/// -1 is one the header lacks. A cell is *present* when it exists and is not a missing-value
/// marker (empty, `-`, `NA`, …).
struct CellView {
    let name: String
    let storage: UnsafeBufferPointer<UInt8>
    let fields: UnsafeBufferPointer<CellTable.Field>
    let recordStarts: UnsafeBufferPointer<Int>
    /// The index of the table's input in ``Panel/inputs``, for origins.
    let input: Int

    var recordCount: Int { recordStarts.count - 1 }

    /// The data records (all but the header).
    var rows: Range<Int> { 1..<max(recordCount, 1) }

    /// How many cells record `r` has.
    func cellCount(_ r: Int) -> Int { recordStarts[r + 1] - recordStarts[r] }

    /// The field of column `c` in record `r`, nil when the column or the cell is absent.
    @inline(__always) func field(_ r: Int, _ c: Int) -> Int? {
        guard c >= 0 else { return nil }
        let start = recordStarts[r]
        return c < recordStarts[r + 1] - start ? start + c : nil
    }

    /// ``field(_:_:)`` when the cell is not a missing-value marker.
    @inline(__always) func present(_ r: Int, _ c: Int) -> Int? {
        guard let i = field(r, c), !NumberReader.isMissing(bytes(i)) else { return nil }
        return i
    }

    @inline(__always) func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let f = fields[i]
        return UnsafeBufferPointer(rebasing: storage[Int(f.start)..<f.end])
    }

    func text(_ i: Int) -> String { String(decoding: bytes(i), as: UTF8.self) }

    /// The text of a present cell, nil for an absent or missing one.
    func text(_ r: Int, _ c: Int) -> String? { present(r, c).map(text) }

    /// The texts of record `r`'s cells.
    func texts(_ r: Int) -> [String] { (recordStarts[r]..<recordStarts[r + 1]).map(text) }

    /// The id of field `i`'s text in `interner`.
    @inline(__always) func intern(_ i: Int, in interner: inout ByteInterner) -> (id: Int, isNew: Bool) {
        let f = fields[i]
        return interner.id(of: storage, start: Int(f.start), count: Int(f.length))
    }

    func location(_ i: Int) -> SourceLocation {
        let f = fields[i]
        return SourceLocation(file: name, line: Int(f.line), column: f.column)
    }

    /// Where field `i` is, as a figure keeps it.
    func origin(_ i: Int) -> Origin {
        let f = fields[i]
        return Origin(input: input, line: Int(f.line), column: f.column)
    }

    /// Where record `r` starts, as a figure keeps it.
    func startOrigin(_ r: Int) -> Origin {
        recordStarts[r + 1] > recordStarts[r] ? origin(recordStarts[r]) : Origin(input: input, line: 0, column: 0)
    }

    /// The place of the cell in column `c`; for an absent cell, just after the record's last one.
    func location(_ r: Int, _ c: Int) -> SourceLocation {
        if let i = field(r, c) { return location(i) }
        let last = recordStarts[r + 1] - 1
        guard last >= recordStarts[r] else { return SourceLocation(file: name, line: 0, column: 1) }
        return SourceLocation(file: name, line: Int(fields[last].line), column: afterLastColumn(r))
    }

    /// The place of the cell in column `c`; for an absent cell, the record's start.
    func locationOrStart(_ r: Int, _ c: Int) -> SourceLocation {
        if let i = field(r, c) { return location(i) }
        return start(r)
    }

    /// The place of record `r`'s first cell.
    func start(_ r: Int) -> SourceLocation {
        recordStarts[r + 1] > recordStarts[r]
            ? location(recordStarts[r]) : SourceLocation(file: name, line: 0, column: 0)
    }

    /// The column of ``location(_:_:)`` without making the location.
    @inline(__always) func column(_ r: Int, _ c: Int) -> Int {
        if let i = field(r, c) { return fields[i].column }
        return afterLastColumn(r)
    }

    /// Column of the last cell plus its length in characters, plus one.
    func afterLastColumn(_ r: Int) -> Int {
        let last = recordStarts[r + 1] - 1
        guard last >= recordStarts[r] else { return 1 }
        return fields[last].column + characterCount(last) + 1
    }

    /// `text.count` of field `i`: its byte count when it is ASCII without CR (the only ASCII
    /// pair that is one character is CR LF).
    func characterCount(_ i: Int) -> Int {
        let p = bytes(i)
        for b in p where b >= 0x80 || b == 0x0D { return text(i).count }
        return p.count
    }
}
