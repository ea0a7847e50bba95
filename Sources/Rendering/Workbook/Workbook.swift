import Foundation

/// A spreadsheet workbook as data: sheets of cells that are text, numbers with a display format,
/// or empty. ``xlsx()`` writes it as an Office Open XML (`.xlsx`) file.
///
/// Rendering knows nothing of the domain: a sheet is built from a ``Table`` by
/// ``Table/worksheet(name:heading:locale:)``, whose formatted cells become numbers again.
public struct Workbook: Sendable, Hashable {
    /// One cell's content.
    public enum Value: Sendable, Hashable {
        /// Text, stored as a shared string (never a formula, whatever its first character).
        case text(String)
        /// A number shown with an Excel number format code (`0.00`, `#,##0`, `0.00%`,
        /// `+0.00;-0.00;0.00`); a percent format shows 100 × the value.
        case number(Double, format: String)
        /// No cell.
        case empty
    }

    /// A cell: its value and how it is drawn.
    public struct Cell: Sendable, Hashable {
        /// What the cell holds.
        public var value: Value
        /// Bold type (titles, the header row).
        public var bold: Bool
        /// Wrapped text, top-aligned (long text in a narrow column, cells with line breaks).
        public var wraps: Bool

        /// A cell holding `value`, regular and unwrapped unless told.
        public init(_ value: Value, bold: Bool = false, wraps: Bool = false) {
            self.value = value
            self.bold = bold
            self.wraps = wraps
        }

        /// A text cell (empty text is an empty cell).
        public static func text(_ s: String, bold: Bool = false, wraps: Bool = false) -> Cell {
            Cell(s.isEmpty ? .empty : .text(s), bold: bold, wraps: wraps)
        }
    }

    /// A worksheet: rows of cells from A1, the rows kept in view, the column widths.
    public struct Sheet: Sendable, Hashable {
        /// The tab's name as given; ``SheetName/unique(_:)`` makes it one a spreadsheet accepts.
        public var name: String
        /// Rows from row 1, cells from column A; an empty row is a blank one.
        public var rows: [[Cell]]
        /// Rows from the top that stay in view when scrolling (a frozen pane; 0: none).
        public var frozenRows: Int
        /// Widths in characters of the default font, from column A (missing: the default width).
        public var columnWidths: [Double]

        /// A sheet of `rows`, nothing frozen and default widths unless told.
        public init(name: String, rows: [[Cell]], frozenRows: Int = 0, columnWidths: [Double] = []) {
            self.name = name
            self.rows = rows
            self.frozenRows = frozenRows
            self.columnWidths = columnWidths
        }
    }

    /// The sheets, in the order of their tabs; the first is the one shown on opening.
    public var sheets: [Sheet]

    /// A workbook of `sheets`.
    public init(sheets: [Sheet]) { self.sheets = sheets }

    /// The `.xlsx` file: a ZIP archive (deflated, entries dated 1980-01-01 so that the same
    /// workbook gives the same bytes) of `[Content_Types].xml`, the relationships, `xl/workbook.xml`,
    /// `xl/styles.xml`, `xl/sharedStrings.xml` and one `xl/worksheets/sheetN.xml` per sheet.
    /// Sheet names are made acceptable and unique (``SheetName``); a workbook without sheets gets
    /// one empty sheet, as a spreadsheet needs one.
    ///
    /// - Throws: what ZIPFoundation throws when the archive cannot be built in memory.
    public func xlsx() throws -> Data {
        var parts = WorkbookParts(sheets.isEmpty ? [Sheet(name: "Sheet1", rows: [])] : sheets)
        return try ZipWriter.archive(parts.files())
    }
}
