/// A place in an input file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
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
