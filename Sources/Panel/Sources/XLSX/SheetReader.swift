/// The cells of one worksheet as the rules will read them: each cell's text in one buffer, with
/// its row and column (1-based, A = 1), and the merged ranges.
///
/// Texts are what the sheet shows in a form the number and period rules read: shared and inline
/// strings as written; numbers to 15 significant digits, Excel's precision (`86.45`, never
/// `86.450000000000003`); percent-formatted numbers times 100 by moving the decimal point
/// (0.9917 → `99.17`, exactly); date-formatted numbers as the date (`2023-06-30`, `2023-06` or
/// `2023` by what the format shows); formulas as their cached value (never evaluated); booleans
/// as `TRUE`/`FALSE`; errors as written (`#N/A`).
struct SheetCells {
    /// Cells in document order; ``CellTable/Field/quoted`` marks a cell stored as text (a
    /// string), which may hold a number written by hand (`86,45`).
    var storage: [UInt8] = []
    var cells: [CellTable.Field] = []
    /// Cells stored as numbers whose text has a decimal point (to become a comma when the
    /// sheet's texts use one).
    var pointNumbers: [Int] = []
    var merges: [Merge] = []

    struct Merge: Equatable {
        var rows: ClosedRange<Int>
        var columns: ClosedRange<Int>
    }
}

/// Reads a worksheet part (`<sheetData>` and `<mergeCells>`) into ``SheetCells``.
struct SheetReader {
    let strings: SharedStrings
    let formats: [CellFormat]
    let date1904: Bool

    func read(_ bytes: [UInt8]) -> SheetCells {
        var out = SheetCells()
        out.storage.reserveCapacity(bytes.count / 4)
        out.cells.reserveCapacity(bytes.count / 40)
        bytes.withUnsafeBufferPointer { p in
            var x = XMLBytes(p)
            var row = 0
            var column = 0
            while let tag = x.nextTag() {
                guard !tag.isEnd else { continue }
                let name = tag.name
                if name.count == 1, p[name.lowerBound] == UInt8(ascii: "c") {
                    column = min(column + 1, CellReference.maxColumn)
                    cell(&x, tag, row: row, column: &column, into: &out)
                } else if name.count == 3, x.is(name, "row") {
                    row = min(x.int("r", in: tag.attributes) ?? row + 1, CellReference.maxRow)
                    column = 0
                } else if x.is(name, "mergeCell"), let ref = x.string("ref", in: tag.attributes),
                    let merge = Self.range(ref)
                {
                    out.merges.append(merge)
                }
            }
        }
        return out
    }

    /// Reads one `<c>` element (its start tag just read).
    func cell(_ x: inout XMLBytes, _ tag: XMLBytes.Tag, row: Int, column: inout Int, into out: inout SheetCells) {
        let p = x.p
        var type: UInt8 = 0
        var typeLength = 0
        var style = 0
        // One pass over the attributes: r, s and t.
        var k = tag.attributes.lowerBound
        let end = tag.attributes.upperBound
        while k < end {
            while k < end, XMLBytes.isSpace(p[k]) { k += 1 }
            let nameStart = k
            while k < end, p[k] != UInt8(ascii: "=") { k += 1 }
            let attribute = k - nameStart == 1 ? p[nameStart] : 0
            while k < end, p[k] != UInt8(ascii: "\""), p[k] != UInt8(ascii: "'") { k += 1 }
            guard k < end else { break }
            let quote = p[k]
            k += 1
            let valueStart = k
            while k < end, p[k] != quote { k += 1 }
            switch attribute {
            case UInt8(ascii: "r"):
                var c = 0
                var j = valueStart
                while j < k, p[j] &- 65 < 26, c <= CellReference.maxColumn {
                    c = c * 26 + Int(p[j] - 64)
                    j += 1
                }
                if c > 0 { column = min(c, CellReference.maxColumn) }
            case UInt8(ascii: "s"):
                var n = 0
                for j in valueStart..<min(k, valueStart + 9) where p[j] &- 48 < 10 { n = n * 10 + Int(p[j] &- 48) }
                style = n
            case UInt8(ascii: "t"):
                type = k > valueStart ? p[valueStart] : 0
                typeLength = k - valueStart
            default: break
            }
            k += 1
        }
        guard !tag.isEmpty else { return }
        let start = out.storage.count
        var value: Range<Int>?
        var inline = false
        while let t = x.nextTag() {
            let n = t.name
            if n.count == 1, p[n.lowerBound] == UInt8(ascii: "c"), t.isEnd { break }
            guard !t.isEnd else { continue }
            if n.count == 1, p[n.lowerBound] == UInt8(ascii: "v") {
                if !t.isEmpty { value = x.text() }
            } else if n.count == 1, p[n.lowerBound] == UInt8(ascii: "f") {
                if !t.isEmpty { x.skipElement("f") }
            } else if x.is(n, "rPh") {
                if !t.isEmpty { x.skipElement("rPh") }
            } else if n.count == 1, p[n.lowerBound] == UInt8(ascii: "t"), !t.isEmpty {
                inline = true
                XMLBytes.appendDecoded(p, x.text(), to: &out.storage)
            }
        }
        var text = false
        switch (type, typeLength) {
        case (UInt8(ascii: "s"), 1):
            text = true
            if let value, let index = Self.integer(p, value), let r = strings.range(index) {
                out.storage.append(contentsOf: strings.storage[r])
            }
        case (UInt8(ascii: "i"), _):  // inlineStr: the runs were appended above
            text = true
        case (UInt8(ascii: "s"), _), (UInt8(ascii: "e"), _), (UInt8(ascii: "d"), _):  // str, e, d
            text = type != UInt8(ascii: "e")
            if let value { XMLBytes.appendDecoded(p, value, to: &out.storage) }
            if type == UInt8(ascii: "d"), out.storage.count - start > 10 {
                out.storage.removeLast(out.storage.count - start - 10)
            }
        case (UInt8(ascii: "b"), _):
            if let value {
                let yes = value.count == 1 && p[value.lowerBound] == UInt8(ascii: "1")
                out.storage.append(contentsOf: yes ? Array("TRUE".utf8) : Array("FALSE".utf8))
            }
        default:
            if inline { text = true } else if let value { number(p, value, style: style, into: &out) }
        }
        let length = out.storage.count - start
        guard length > 0 else { return }
        out.cells.append(
            CellTable.Field(
                start: UInt32(start), length: UInt32(length), line: UInt32(row),
                columnAndQuote: UInt32(column) | (text ? CellTable.Field.quotedBit : 0)))
    }

    /// Appends the text of a numeric cell with value bytes `value` and cell style `style`.
    func number(_ p: UnsafeBufferPointer<UInt8>, _ value: Range<Int>, style: Int, into out: inout SheetCells) {
        let format = style < formats.count ? formats[style] : .plain
        let raw = UnsafeBufferPointer(rebasing: p[value])
        if format == .plain, let plain = CellNumbers.plainIfShort(raw) {
            if plain { out.pointNumbers.append(out.cells.count) }
            out.storage.append(contentsOf: raw)
            return
        }
        guard let double = CellNumbers.double(raw) else {
            out.storage.append(contentsOf: raw)
            return
        }
        if format == .plain {
            let start = out.storage.count
            CellNumbers.appendDecimal(double, to: &out.storage)
            if out.storage[start...].contains(UInt8(ascii: ".")) { out.pointNumbers.append(out.cells.count) }
            return
        }
        let text: String
        switch format {
        case .plain: text = CellNumbers.decimal(double)
        case .percent: text = CellNumbers.shifted(CellNumbers.decimal(double), by: 2)
        case .date(let part):
            text = CellNumbers.date(serial: double, date1904: date1904, part) ?? CellNumbers.decimal(double)
        }
        if text.utf8.contains(UInt8(ascii: ".")) { out.pointNumbers.append(out.cells.count) }
        out.storage.append(contentsOf: text.utf8)
    }

    static func integer(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        guard !r.isEmpty, r.count < 18 else { return nil }
        var n = 0
        for k in r {
            let d = p[k] &- 48
            guard d < 10 else { return nil }
            n = n * 10 + Int(d)
        }
        return n
    }

    /// `C1:D2` as rows 1…2, columns 3…4; a single cell `C1` as itself.
    static func range(_ ref: String) -> SheetCells.Merge? {
        let ends = ref.split(separator: ":").compactMap { CellReference.parse(String($0)) }
        guard let first = ends.first else { return nil }
        let last = ends.count > 1 ? ends[1] : first
        return SheetCells.Merge(
            rows: min(first.row, last.row)...max(first.row, last.row),
            columns: min(first.column, last.column)...max(first.column, last.column))
    }
}

/// A cell reference as a spreadsheet writes it: `C12` is column 3, row 12.
public enum CellReference {
    /// The last column (XFD) and row of a sheet; places beyond them are read as these.
    static let maxColumn = 16_384
    static let maxRow = 1_048_576

    /// `A`, …, `Z`, `AA`, … for column 1, 2, … (nil below 1).
    public static func column(_ n: Int) -> String {
        guard n >= 1 else { return "" }
        var n = n
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `C12` → (row 12, column 3); nil for anything else (`$` signs are allowed).
    public static func parse(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var digits = false
        for b in text.utf8 where b != UInt8(ascii: "$") {
            if !digits, let upper = Optional(b & ~0x20), upper &- 65 < 26 {
                column = column * 26 + Int(upper - 64)
                guard column < 20_000 else { return nil }
            } else if b &- 48 < 10 {
                digits = true
                row = row * 10 + Int(b - 48)
                guard row < 10_000_000 else { return nil }
            } else {
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        return (row, column)
    }
}
