/// A place in an input file: 1-based line and column (columns count Unicode scalars), or a
/// cell of a workbook's sheet.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
    /// The file; for a sheet, the file and the sheet: `book.xlsx[Sheet1]`.
    public var file: String
    /// The line; for a cell, its row.
    public var line: Int
    /// The column; for a cell, the sheet's column (A = 1).
    public var column: Int
    /// The place is a cell of a sheet, written as a spreadsheet user names it:
    /// `book.xlsx[Sheet1]!C12`.
    public var isCell: Bool

    public init(file: String, line: Int, column: Int, isCell: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.isCell = isCell
    }

    /// The place as messages write it: `file:line:column` (a line or column of 0 left out), or
    /// for a cell `book.xlsx[Sheet1]!C12` (a row alone: `!12`).
    public var written: String {
        var text = file
        if isCell {
            if line > 0 { text += "!" + CellReference.column(column) + "\(line)" }
        } else {
            if line > 0 { text += ":\(line)" }
            if column > 0 { text += ":\(column)" }
        }
        return text
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A problem found in the input and where: what a compiler would print as
/// `datasets/x.csv:17:4: error: 'n/a' is not a number in column value [not-a-number]`.
///
/// The words come from the catalog (module `Messages`); this value holds the typed
/// ``Problem``, its place and the other places involved.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Codable { case error, warning }

    public var problem: Problem
    /// Where; `line`/`column` are 0 when the problem concerns a whole file.
    public var location: SourceLocation?
    /// Other places involved (the first row of a duplicate, …).
    public var related: [SourceLocation]

    public init(_ problem: Problem, at location: SourceLocation?, related: [SourceLocation] = []) {
        self.problem = problem
        self.location = location
        self.related = related
    }

    public var severity: Severity { problem.severity }
    public var code: DiagnosticCode { problem.code }
}

/// Thrown when loading found errors; carries every diagnostic (errors and warnings).
public struct DataError: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
