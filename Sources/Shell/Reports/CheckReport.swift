import Foundation
import Panel
import Rendering

/// What `check` found in a load: every load diagnostic and consistency finding, errors first,
/// with the panel they are about. Its adapters write the JSON, CSV, compiler-style text, HTML and
/// table forms of the report.
struct CheckFindings {
    var errors: [Diagnostic]
    var warnings: [Diagnostic]
    var panel: Panel

    init(_ findings: [Diagnostic], panel: Panel) {
        errors = findings.filter { $0.severity == .error }
        warnings = findings.filter { $0.severity == .warning }
        self.panel = panel
    }

    /// The JSON of `check`: every error and warning, and how many observations and files were
    /// read (keys in alphabetical order, the spaced layout).
    func json() -> JSONValue {
        .object([
            ("errors", .array(errors.map(\.json))),
            ("files", .int(panel.files.count)),
            ("observations", .int(panel.observations.count)),
            ("warnings", .array(warnings.map(\.json))),
        ])
    }

    /// One row per problem: file, line, column, severity, code, message, hint.
    func csv() -> String {
        let rows = (errors + warnings).map { d -> [String] in
            [
                d.location?.file ?? "", d.location.map { String($0.line) } ?? "",
                d.location.map { String($0.column) } ?? "",
                d.severity == .error ? "error" : "warning", d.code, d.message, d.hint ?? "",
            ]
        }
        return Table(
            columns: ["file", "line", "column", "severity", "code", "message", "hint"].map { Table.Column($0) },
            rows: rows
        ).csv()
    }

    /// Compiler-style lines, at most `limit` of each severity, then the summary.
    func text(limit: Int, lang: Language) -> String {
        (errors.prefix(limit) + warnings.prefix(limit)).map { $0.formatted + "\n" }.joined() + summary(lang) + "\n"
    }

    /// A page with one table of every problem and the summary.
    func html(lang: Language) -> String {
        var report = HTMLReport(title: "parlens check", language: lang.rawValue)
        let rows = (errors + warnings).map { d -> [String] in
            [
                (d.location.map { "\($0.file):\($0.line):\($0.column)" } ?? ""),
                d.severity == .error ? lang("Errors") : lang("Warnings"), d.code,
                d.message + (d.hint.map { " → \($0)" } ?? ""),
            ]
        }
        report.add(
            table: Table(
                columns: [.init(lang("Where")), .init(""), .init(lang("Code")), .init(lang("Problem"))], rows: rows))
        report.add(notes: [summary(lang)])
        return report.rendered
    }

    /// A title naming the data, a table of errors and one of warnings (at most `limit` rows each,
    /// places relative to the common folder), and the summary.
    func table(paths: [String], style: TableStyle, width: Int, limit: Int, lang: Language) -> String {
        var out =
            "parlens check · \(paths.joined(separator: ", ")) · \(NumberFormat.count(panel.observations.count, locale: lang.numberLocale)) \(lang("Observations").lowercased())\n\n"
        // Inside the table, paths are shown relative to the common folder named in the title.
        let folders = Set(
            (errors + warnings).compactMap { $0.location?.file }.map { ($0 as NSString).deletingLastPathComponent })
        let common = folders.count == 1 ? (folders.first.map { $0.isEmpty ? "" : $0 + "/" } ?? "") : ""
        for (title, list) in [(lang("Errors"), errors), (lang("Warnings"), warnings)] where !list.isEmpty {
            let shown = list.prefix(limit)
            let rows = shown.map { d -> [String] in
                var place = d.location?.file ?? ""
                if !common.isEmpty, place.hasPrefix(common) { place.removeFirst(common.count) }
                if let l = d.location, l.line > 0 { place += ":\(l.line)" + (l.column > 0 ? ":\(l.column)" : "") }
                return [place, d.code, d.message + (d.hint.map { "\n→ \($0)" } ?? "")]
            }
            let footer = list.count > shown.count ? ["… \(list.count - shown.count) more (--limit 0 shows all)"] : []
            out += Table(
                title: "\(title) (\(list.count))",
                columns: [
                    .init(lang("Where"), wraps: true), .init(lang("Code")), .init(lang("Problem"), wraps: true),
                ],
                rows: rows, footer: footer
            ).render(style: style, width: width)
            out += "\n"
        }
        if errors.isEmpty && warnings.isEmpty { out += lang("No problems found.") + "\n" }
        return out + summary(lang) + "\n"
    }

    /// "2 errors, 5 warnings in 3 files." (Vietnamese: "2 lỗi, 5 cảnh báo trong 3 tệp.")
    func summary(_ lang: Language) -> String {
        let (e, w, files) = (errors.count, warnings.count, panel.files.count)
        if lang == .vi {
            return "\(e) lỗi, \(w) cảnh báo trong \(files) tệp."
        }
        return
            "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")."
    }
}
