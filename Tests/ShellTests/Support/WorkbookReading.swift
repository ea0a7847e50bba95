import Foundation

@testable import Panel

/// A cell of a workbook as parlens' own XLSX reader reads it: its text (a percent-formatted
/// number as its percent, 0.9382 as `93.82`) and whether it was stored as text.
struct ReadCell: Equatable {
    var text: String
    var isText: Bool
    /// The number of a cell stored as a number.
    var number: Double? { isText ? nil : Double(text) }
}

/// A sheet read back: its name and its cells, row → column → cell.
struct ReadSheet {
    var name: String
    var cells: [Int: [Int: ReadCell]]

    /// The rows under the first row holding `header`, each keyed by the header row's texts.
    func table(under header: String) -> [[String: ReadCell]] {
        let rows = cells.keys.sorted()
        guard let top = rows.first(where: { r in cells[r]?.values.contains { $0.text == header } == true }),
            let names = cells[top]
        else { return [] }
        return rows.filter { $0 > top }.map { r in
            var out: [String: ReadCell] = [:]
            for (column, name) in names { if let cell = cells[r]?[column] { out[name.text] = cell } }
            return out
        }
    }
}

/// The sheets of the workbook at `path`, read by Panel's reader (the one `--data book.xlsx` uses).
func readBack(_ path: String) throws -> [ReadSheet] {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let book = try Workbook(bytes: bytes)
    let reader = SheetReader(strings: book.strings, formats: book.formats, date1904: book.date1904)
    return try book.sheets.map { sheet in
        let cells = reader.read(try book.part(sheet.path ?? ""))
        var grid: [Int: [Int: ReadCell]] = [:]
        for f in cells.cells {
            let text = String(decoding: cells.storage[Int(f.start)..<f.end], as: UTF8.self)
            grid[Int(f.line), default: [:]][f.column] = ReadCell(text: text, isText: f.quoted)
        }
        return ReadSheet(name: sheet.name, cells: grid)
    }
}
