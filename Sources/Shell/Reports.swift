import Foundation
import Messages
import Panel

/// JSON shapes of the commands (snake_case keys, nulls for what cannot be computed).
enum JSON {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Problem: Encodable {
        var severity: String
        var file: String?
        var line: Int?
        var column: Int?
        var code: String
        var message: String
        var hint: String?

        /// `d` in JSON; its message and hint in English, the language of machine-read output.
        init(_ d: Diagnostic) {
            let say = Catalog(.en)
            severity = d.severity.rawValue
            file = d.location?.file
            line = d.location.flatMap { $0.line > 0 ? $0.line : nil }
            column = d.location.flatMap { $0.column > 0 ? $0.column : nil }
            code = d.code.rawValue
            message = say(d.problem)
            hint = say.hint(d.problem)
        }

        // Explicit nulls rather than missing keys.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(severity, forKey: .severity)
            try c.encode(file, forKey: .file)
            try c.encode(line, forKey: .line)
            try c.encode(column, forKey: .column)
            try c.encode(code, forKey: .code)
            try c.encode(message, forKey: .message)
            try c.encode(hint, forKey: .hint)
        }

        enum CodingKeys: String, CodingKey { case severity, file, line, column, code, message, hint }
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
