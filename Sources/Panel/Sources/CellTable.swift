/// A table of cells read from an input, stored flat: the cells' bytes in one buffer, each cell a
/// range of it with the place its text starts, records as runs of cells.
///
/// Every source yields cell tables (``TableSource``) and every rule reads them the same way
/// (``CellView``), so a rule and its messages exist once whatever the input was written in. Texts
/// are UTF-8 bytes; a `String` is made only for the texts a rule keeps or reports.
struct CellTable: Sendable {
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

    /// The largest input a table holds: offsets, lines and columns fit in 31 bits, with room for
    /// the unescaped text of quoted cells after the input.
    static let maxBytes = 1 << 30

    /// The name places start with (the file's path).
    var name: String
    /// The input (a BOM included: offsets count from the first byte), then the text of cells that
    /// needed unescaping.
    var storage: [UInt8]
    var fields: [Field]
    /// Record r is `fields[recordStarts[r]..<recordStarts[r + 1]]`; record 0 is the header.
    var recordStarts: [Int]
    /// How the input was written: the CSV delimiter (nil for sources without one) and whether it
    /// began with a byte-order mark.
    var delimiter: UInt8?
    var hadBOM: Bool
    /// Problems met while reading the cells (not text, an unterminated quote, …).
    var diagnostics: [Diagnostic]
    /// A spreadsheet's sheet: a cell's `line` is its row and its column the sheet's column (A =
    /// 1), and places are written as cell references (`book.xlsx[Sheet1]!C12`).
    var isSheet = false

    var recordCount: Int { recordStarts.count - 1 }
    func fieldRange(ofRecord r: Int) -> Range<Int> { recordStarts[r]..<recordStarts[r + 1] }

    /// The text of field `i`.
    func text(_ i: Int) -> String {
        let f = fields[i]
        return storage.withUnsafeBufferPointer { p in
            String(decoding: UnsafeBufferPointer(rebasing: p[Int(f.start)..<f.end]), as: UTF8.self)
        }
    }

    /// Whether the source could be read as text at all (a binary or non-UTF-8 file cannot).
    var isText: Bool { diagnostics.allSatisfy { $0.code != .notText && $0.code != .notUTF8 } }

    /// Calls `body` with a view of the cells in place; `input` is the table's index in
    /// ``Panel/inputs``.
    func withView<R>(input: Int = 0, _ body: (CellView) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { storage in
            try fields.withUnsafeBufferPointer { fields in
                try recordStarts.withUnsafeBufferPointer { starts in
                    try body(CellView(name: name, storage: storage, fields: fields, recordStarts: starts, input: input))
                }
            }
        }
    }
}

/// An input read as tables of cells with their places.
///
/// A CSV file is one table today; a workbook's sheets, a dossier export or a database result set
/// will be others. What comes after (layout, headers, the rules and their messages) is shared.
protocol TableSource {
    /// The name places in this source start with.
    var name: String { get }
    /// The tables the source holds, each with the problems met reading it.
    func tables() -> [CellTable]
}
