/// The sheet reader as the Excel benchmark measures it (`Benchmarks/Sources/xlsx-xml-bench`),
/// against Foundation's `XMLParser` doing the same work.
package enum SheetMeasure {
    /// The parts of `book`'s first sheet, inflated: the sheet XML, the shared strings and the
    /// styles (empty when absent); nil when the workbook cannot be opened.
    package static func parts(of book: [UInt8]) -> (sheet: [UInt8], strings: [UInt8], styles: [UInt8])? {
        guard let workbook = try? Workbook(bytes: book), let path = workbook.sheets.first?.path,
            let sheet = try? workbook.part(path)
        else { return nil }
        let strings = (try? workbook.part("xl/sharedStrings.xml")) ?? []
        let styles = (try? workbook.part("xl/styles.xml")) ?? []
        return (sheet, strings, styles)
    }

    /// Reads `sheet` with ``SheetReader`` (shared strings and styles read first): the number of
    /// cells and of bytes of their texts.
    package static func byteReader(sheet: [UInt8], strings: [UInt8], styles: [UInt8]) -> (cells: Int, bytes: Int) {
        let reader = SheetReader(
            strings: SharedStrings(strings), formats: CellFormat.cellFormats(in: styles), date1904: false)
        let cells = reader.read(sheet)
        return (cells.cells.count, cells.storage.count)
    }
}
