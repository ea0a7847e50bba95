import Foundation

/// A header written on two rows, as reports lay out a table of several years: a row of groups
/// (periods, often merged over their columns) above a row that names each column —
///
/// ```
/// STT | Tỉnh | Năm 2023 |      | Năm 2024 |
///     |      | Điểm     | Hạng | Điểm     | Hạng
/// ```
///
/// The two rows become one header that the layouts read, each column named by its group and its
/// own name (`Năm 2023 Điểm`, `Năm 2023 Hạng`: see ``WideColumn``). A group cell left empty
/// beside a period (a merged cell saved as CSV) stands for that period. A column named in one row
/// only, or alike in both (a merged `STT`), keeps that name.
///
/// The rule applies when the second row is all column names (each one parlens knows, or the
/// name above it), at least one of them a value or rank (`Điểm`, `Giá trị`, `Hạng`), and the
/// first row names a period. The same rule serves every source: a CSV file with two header
/// lines and a workbook's sheet (where merged ranges were first repeated over their cells).
enum HeaderRows {
    /// `table` with its first two records joined into one header, nil when they are not a
    /// two-row header.
    static func combined(_ table: CellTable) -> CellTable? {
        guard table.recordCount >= 2 else { return nil }
        let top = table.fieldRange(ofRecord: 0).map(table.text)
        let bottom = table.fieldRange(ofRecord: 1).map(table.text)
        let width = max(top.count, bottom.count)
        func cell(_ texts: [String], _ j: Int) -> String {
            j < texts.count ? texts[j].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        }
        var namesValueOrRank = false
        for j in 0..<width {
            let b = cell(bottom, j)
            guard !b.isEmpty else { continue }
            let key = HeaderKey.aliases[Names.fold(b)]
            if key == .value || key == .rank { namesValueOrRank = true }
            guard key != nil || Names.fold(b) == Names.fold(cell(top, j)) else { return nil }
        }
        guard namesValueOrRank else { return nil }
        func isPeriod(_ text: String) -> Bool { !text.isEmpty && (try? Period(parsing: text)) != nil }
        var groups: [String] = []
        for j in 0..<width {
            let t = cell(top, j)
            if t.isEmpty, let left = groups.last, isPeriod(left), !cell(bottom, j).isEmpty {
                groups.append(left)
            } else {
                groups.append(t)
            }
        }
        guard groups.contains(where: isPeriod) else { return nil }
        var storage = table.storage
        var header: [CellTable.Field] = []
        let topFields = table.fieldRange(ofRecord: 0)
        let bottomFields = table.fieldRange(ofRecord: 1)
        for j in 0..<width {
            let (t, b) = (groups[j], cell(bottom, j))
            let name: String
            if b.isEmpty || Names.fold(b) == Names.fold(t) {
                name = t
            } else if t.isEmpty || !isPeriod(t) {
                name = b
            } else {
                name = t + " " + b
            }
            let place =
                j < topFields.count ? table.fields[topFields.lowerBound + j] : table.fields[bottomFields.lowerBound + j]
            let start = storage.count
            storage.append(contentsOf: name.utf8)
            header.append(
                CellTable.Field(
                    start: UInt32(start), length: UInt32(name.utf8.count),
                    line: table.fields[topFields.lowerBound].line,
                    columnAndQuote: place.columnAndQuote & ~CellTable.Field.quotedBit))
        }
        let rest = table.recordStarts[2]
        var result = table
        result.storage = storage
        result.fields = header + table.fields[rest...]
        result.recordStarts = [0] + table.recordStarts[2...].map { $0 - rest + header.count }
        return result
    }
}
