import Messages
import Panel

extension Diagnostic {
    /// A problem in the JSON of `info` and `check`: keys in alphabetical order, explicit nulls for
    /// a missing file, line (0: none), column (0: none) or hint. The message and hint are English,
    /// the language of machine-read output.
    var json: JSONValue {
        let say = Catalog(.en)
        return .object([
            ("code", .string(code.rawValue)),
            ("column", .int(location.flatMap { $0.column > 0 ? $0.column : nil })),
            ("file", .str(location?.file)),
            ("hint", .str(say.hint(problem))),
            ("line", .int(location.flatMap { $0.line > 0 ? $0.line : nil })),
            ("message", .string(say(problem))),
            ("severity", .string(severity.rawValue)),
        ])
    }
}

/// Writes diagnostics compiler-style, capped, with a count of what was left out.
func writeDiagnostics(
    _ diagnostics: [Diagnostic], _ say: Catalog, suppressed: Int = 0, limit: Int = 50, to write: (String) -> Void
) {
    let errors = diagnostics.filter { $0.severity == .error }
    let warnings = diagnostics.filter { $0.severity == .warning }
    let shown = Array((errors + warnings).prefix(limit))
    for d in shown { write(say.formatted(d) + "\n") }
    let hidden = diagnostics.count - shown.count + suppressed
    if hidden > 0 { write(say(.moreDiagnostics(hidden)) + "\n") }
    if !errors.isEmpty { write(say(.diagnosticCounts(errors: errors.count, warnings: warnings.count)) + "\n") }
}
