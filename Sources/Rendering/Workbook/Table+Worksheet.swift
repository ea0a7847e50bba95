extension Table {
    /// The table as a worksheet named `name`: `heading` (a report's title) in bold in A1, the
    /// table's own title under it, a blank row, the header row in bold — the rows down to it stay
    /// in view (a frozen pane; none when no column has a name) — then the rows, and after a blank row the footer lines.
    ///
    /// Cells that are numbers as ``NumberFormat`` writes them in `locale` become numbers with
    /// the format that shows them as the text did (``NumberFormat/spreadsheetValue(_:locale:)``);
    /// so is a marked change, `▲ 2` (``NumberFormat/markedChange(_:locale:)``); `—` (no value)
    /// is an empty cell; anything else is text. Column widths fit the widest
    /// header or cell by display width (``TextWidth``; a Vietnamese letter with its marks is one
    /// column), plus two, at most ``maxColumnWidth``: text in a wrapping column or with a line
    /// break wraps.
    public func worksheet(name: String, heading: String? = nil, locale: NumberLocale) -> Workbook.Sheet {
        var rows: [[Workbook.Cell]] = []
        for line in [heading, title].compactMap({ $0 }) where !line.isEmpty {
            if rows.last?.first?.value != .text(line) { rows.append([.text(line, bold: true)]) }
        }
        if !rows.isEmpty { rows.append([]) }
        // A table whose columns have no names (a list of facts) has no header row to keep in view.
        let hasHeader = columns.contains { !$0.header.isEmpty }
        if hasHeader { rows.append(columns.map { .text($0.header, bold: true) }) }
        let frozen = hasHeader ? rows.count : 0
        var widths = columns.map { Self.width(of: $0.header) }
        for row in self.rows {
            rows.append(
                columns.indices.map { i in
                    let text = i < row.count ? row[i] : ""
                    widths[i] = max(widths[i], Self.width(of: text))
                    if text == "—" { return Workbook.Cell(.empty) }
                    if let number = NumberFormat.spreadsheetValue(text, locale: locale)
                        ?? NumberFormat.markedChange(text, locale: locale)
                    {
                        return Workbook.Cell(number)
                    }
                    return .text(text, wraps: columns[i].wraps || text.contains("\n"))
                })
        }
        if !footer.isEmpty { rows.append([]) }
        for line in footer { rows.append([.text(line)]) }
        return Workbook.Sheet(
            name: name, rows: rows, frozenRows: frozen,
            columnWidths: widths.map { Double(min(Self.maxColumnWidth, $0 + 2)) })
    }

    /// The widest a fitted column gets, in characters; longer text wraps or spills.
    public static let maxColumnWidth = 60

    /// The display width of the widest line of `text` (printable ASCII counted by its bytes, the
    /// common case, without reading it character by character).
    static func width(of text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.split(separator: "\n").map { TextWidth.of(String($0)) }.max() ?? 0
    }
}

extension Workbook.Sheet {
    /// A sheet of one wide column whose rows are `cells` (paragraphs of notes, their headings).
    public static func column(name: String, _ cells: [Workbook.Cell]) -> Workbook.Sheet {
        Workbook.Sheet(name: name, rows: cells.map { [$0] }, columnWidths: [Double(Table.maxColumnWidth * 2)])
    }
}
