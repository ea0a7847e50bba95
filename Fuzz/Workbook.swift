// libFuzzer harness: the workbook writer (`Sources/Rendering/Workbook/`). One input is a table: a
// row per line, cells separated by tabs, the first line the header (the locale is `vi` for inputs
// of even length, else `en`). Beyond not failing: a cell written as a number was a number as
// `NumberFormat` writes it (or a marked change, `▲ 2`) and holds that value, finite, and what CSV
// writes as a number is one; every part
// of the archive is well-formed XML (FoundationXML's parser); sheet names are acceptable and
// unique. Built and run by `scripts/fuzz.sh` (see `Fuzz/README.md`).
import Foundation

@testable import Rendering

#if canImport(FoundationXML)
    import FoundationXML
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let lines = text.components(separatedBy: "\n").map { $0.components(separatedBy: "\t") }
    guard let header = lines.first else { return 0 }
    let locale: NumberLocale = count % 2 == 0 ? .vi : .en
    let rows = Array(lines.dropFirst())
    let table = Table(
        title: rows.first?.first, columns: header.map { Table.Column($0, wraps: $0.count % 2 == 1) }, rows: rows)
    let sheet = table.worksheet(name: header.joined(separator: " "), heading: header.last, locale: locale)
    let offset = sheet.rows.count - rows.count
    for (i, row) in rows.enumerated() {
        for (j, cell) in sheet.rows[offset + i].enumerated() where j < row.count {
            checkNumber(cell.value, written: row[j], locale: locale)
            // And the converse: what CSV writes as a number is a number here too.
            if NumberFormat.spreadsheetNumber(row[j], locale: locale) != nil, case .text = cell.value {
                fatalError("\(row[j].debugDescription) is a number in CSV, text in the workbook")
            }
        }
    }
    var parts = WorkbookParts([sheet, .column(name: header[0], [.text(text, bold: true)])])
    for part in parts.files() where !wellFormed(part.text) {
        fatalError("\(part.path) is not well-formed XML, from \(text.debugDescription)")
    }
    let names = SheetName.unique(header + header.reversed())
    guard names.allSatisfy({ !$0.isEmpty && $0.utf16.count <= SheetName.maxLength }),
        Set(names.map { $0.lowercased() }).count == names.count
    else { fatalError("sheet names \(names) from \(header)") }
    if count % 8 == 0 { _ = try? Workbook(sheets: [sheet]).xlsx() }
    return 0
}

/// Traps unless a number cell holds the number its text `written` shows.
func checkNumber(_ value: Workbook.Value, written: String, locale: NumberLocale) {
    guard case .number(let x, let code) = value else { return }
    var text = Substring(written)
    var sign = 1.0
    for (mark, s) in [("▲ ", 1.0), ("^ ", 1.0), ("▼ ", -1.0), ("v ", -1.0)] where text.hasPrefix(mark) {
        text = text.dropFirst(mark.count)
        sign = s
        break
    }
    let percent = code.hasSuffix("%")
    if percent {
        text = text.dropLast()
        while let last = text.last, last == " " || last == "\u{00A0}" || last == "\u{202F}" { text = text.dropLast() }
    }
    guard x.isFinite, let plain = NumberFormat.spreadsheetNumber(String(text), locale: locale),
        let parsed = Double(plain.replacingOccurrences(of: ",", with: "."))
    else { fatalError("\(x) (\(code)) from \(written.debugDescription)") }
    let expected = sign * parsed / (percent ? 100 : 1)
    guard abs(x - expected) <= 1e-12 * max(1, abs(expected)) else {
        fatalError("\(x) (\(code)) from \(written.debugDescription), not \(expected)")
    }
}

/// Whether `xml` is a well-formed document.
func wellFormed(_ xml: String) -> Bool {
    XMLParser(data: Data(xml.utf8)).parse()
}
