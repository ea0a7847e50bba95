import Panel

extension Diagnostic {
    /// A problem in the JSON of `info` and `check`: keys in alphabetical order, explicit nulls for
    /// a missing file, line (0: none), column (0: none) or hint.
    var json: JSONValue {
        .object([
            ("code", .string(code)),
            ("column", .int(location.flatMap { $0.column > 0 ? $0.column : nil })),
            ("file", .str(location?.file)),
            ("hint", .str(hint)),
            ("line", .int(location.flatMap { $0.line > 0 ? $0.line : nil })),
            ("message", .string(message)),
            ("severity", .string(severity.rawValue)),
        ])
    }
}

/// Writes diagnostics compiler-style, capped, with a count of what was left out.
func writeDiagnostics(_ diagnostics: [Diagnostic], suppressed: Int = 0, limit: Int = 50, to write: (String) -> Void) {
    let errors = diagnostics.filter { $0.severity == .error }
    let warnings = diagnostics.filter { $0.severity == .warning }
    let shown = Array((errors + warnings).prefix(limit))
    for d in shown { write(d.formatted + "\n") }
    let hidden = diagnostics.count - shown.count + suppressed
    if hidden > 0 { write("… and \(hidden) more (run `parlens check --format json` for the full list)\n") }
    if !errors.isEmpty {
        write(
            "\(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings.count) warning\(warnings.count == 1 ? "" : "s")\n"
        )
    }
}
