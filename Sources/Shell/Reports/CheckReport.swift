import Foundation
import Messages
import Panel
import Rendering

/// What `check` found in a load: every load diagnostic and consistency finding, errors first,
/// with the panel they are about. Its adapters write the JSON, CSV, compiler-style text, HTML and
/// table forms of the report.
struct CheckFindings {
    var errors: [Diagnostic]
    var warnings: [Diagnostic]
    var panel: Panel

    /// `findings` in the order of their places: files in the order they first come, then line and
    /// column (a reading problem and a consistency finding of the same file interleave); findings
    /// without a place last, in the order given.
    init(_ findings: [Diagnostic], panel: Panel) {
        var fileOrder: [String: Int] = [:]
        for d in findings {
            if let file = d.location?.file, fileOrder[file] == nil { fileOrder[file] = fileOrder.count }
        }
        let placed = findings.enumerated().sorted { a, b in
            func key(_ e: (offset: Int, element: Diagnostic)) -> (Int, Int, Int, Int) {
                guard let l = e.element.location else { return (Int.max, 0, 0, e.offset) }
                return (fileOrder[l.file] ?? Int.max, l.line, l.column, e.offset)
            }
            return key(a) < key(b)
        }.map(\.element)
        errors = placed.filter { $0.severity == .error }
        warnings = placed.filter { $0.severity == .warning }
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

    /// One row per problem: file, line, column, severity, code, message, hint (in English, the
    /// language of machine-read output, as in the JSON).
    func csv() -> String {
        let say = Catalog(.en)
        let rows = (errors + warnings).map { d -> [String] in
            let location = d.location
            let place = [location?.file ?? "", location.map { String($0.line) } ?? ""]
            return place + [
                location.map { String($0.column) } ?? "", d.severity.rawValue, d.code.rawValue, say(d.problem),
                say.hint(d.problem) ?? "",
            ]
        }
        return Table(
            columns: ["file", "line", "column", "severity", "code", "message", "hint"].map { Table.Column($0) },
            rows: rows
        ).csv()
    }

    /// Compiler-style lines, at most `limit` of each severity, then the summary.
    func text(limit: Int, lang: Language) -> String {
        let say = Catalog(lang)
        return (errors.prefix(limit) + warnings.prefix(limit)).map { say.formatted($0) + "\n" }.joined()
            + summary(say) + "\n"
    }

    /// A page with one table of every problem and the summary.
    func html(lang: Language) -> String {
        let say = Catalog(lang)
        var report = HTMLReport(title: "parlens check", language: lang.rawValue)
        let rows = (errors + warnings).map { d -> [String] in
            let place = d.location.map { $0.isCell ? $0.written : "\($0.file):\($0.line):\($0.column)" } ?? ""
            let severity = d.severity == .error ? say(.errors) : say(.warnings)
            return [
                place, severity, d.code.rawValue, say(d.problem) + (say.hint(d.problem).map { " → \($0)" } ?? ""),
            ]
        }
        report.add(
            table: Table(
                columns: [.init(say(.location)), .init(""), .init(say(.code)), .init(say(.problem))], rows: rows))
        report.add(notes: [summary(say)])
        return report.rendered
    }

    /// A title naming the data, a table of errors and one of warnings (at most `limit` rows each,
    /// places relative to the common folder), and the summary.
    func table(paths: [String], style: TableStyle, width: Int, limit: Int, lang: Language) -> String {
        let say = Catalog(lang)
        let observations = NumberFormat.count(panel.observations.count, locale: lang.numberLocale)
        var out = say(.checkTitle(paths: paths, observations: observations)) + "\n\n"
        // Inside the table, paths are shown relative to the common folder named in the title.
        let folders = Set(
            (errors + warnings).compactMap { $0.location?.file }.map { ($0 as NSString).deletingLastPathComponent })
        let common = folders.count == 1 ? (folders.first.map { $0.isEmpty ? "" : $0 + "/" } ?? "") : ""
        for (severity, list) in [(Diagnostic.Severity.error, errors), (.warning, warnings)] where !list.isEmpty {
            let shown = list.prefix(limit)
            let rows = shown.map { d -> [String] in
                var place = d.location?.file ?? ""
                if !common.isEmpty, place.hasPrefix(common) { place.removeFirst(common.count) }
                if var l = d.location {
                    l.file = place
                    place = l.written
                }
                return [place, d.code.rawValue, say(d.problem) + (say.hint(d.problem).map { "\n→ \($0)" } ?? "")]
            }
            let footer = list.count > shown.count ? [say(.moreProblems(list.count - shown.count))] : []
            out += Table(
                title: say(.problems(severity, count: list.count)),
                columns: [
                    .init(say(.location), wraps: true), .init(say(.code)), .init(say(.problem), wraps: true),
                ],
                rows: rows, footer: footer
            ).render(style: style, width: width)
            out += "\n"
        }
        if errors.isEmpty && warnings.isEmpty { out += say(.noProblems) + "\n" }
        return out + summary(say) + "\n"
    }

    /// "2 errors, 5 warnings in 3 files." (Vietnamese: "2 lỗi, 5 cảnh báo trong 3 tệp.")
    func summary(_ say: Catalog) -> String {
        say(.checkSummary(errors: errors.count, warnings: warnings.count, files: panel.files.count))
    }
}
