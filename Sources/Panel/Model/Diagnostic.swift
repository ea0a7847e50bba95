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

/// A problem found in the input, reported like a compiler does:
/// `datasets/x.csv:17:4: error: 'n/a' is not a number in column value`.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable { case error, warning }

    public var severity: Severity
    /// A stable kebab-case identifier, e.g. `not-a-number`, `source-conflict`.
    public var code: String
    /// Where; `line`/`column` are 0 when the problem concerns a whole file.
    public var location: SourceLocation?
    public var message: String
    /// What to do about it, or nil.
    public var hint: String?
    /// Other places involved (the second line of a conflicting duplicate, …).
    public var related: [SourceLocation]

    public init(
        _ severity: Severity, _ code: String, at location: SourceLocation?, _ message: String,
        hint: String? = nil, related: [SourceLocation] = []
    ) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.hint = hint
        self.related = related
    }

    /// `FILE:LINE:COL: error: message` followed by an indented hint line, if any.
    public var formatted: String {
        var head = ""
        if let location {
            head = location.file
            if location.line > 0 { head += ":\(location.line)" }
            if location.column > 0 { head += ":\(location.column)" }
            head += ": "
        }
        var text = "\(head)\(severity.rawValue): \(message) [\(code)]"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// Thrown when loading found errors; carries every diagnostic (errors and warnings).
public struct DataError: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
