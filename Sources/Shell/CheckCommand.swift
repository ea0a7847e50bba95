import Analysis
import ArgumentParser
import Foundation
import Panel
import Rendering

struct Check: Command {
    static let configuration = CommandConfiguration(
        abstract: "The consistency report: ranges, rates vs counts, totals, ranks vs scores, conflicts, gaps.",
        discussion: "Exit status 1 when there are errors (load errors included), 0 otherwise.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "Show at most this many problems per severity in table/text output (0 = all).")
    var limit: Int = 200

    func execute(in env: Environment) throws(CommandFailure) {
        let (result, paths) = try data.load(in: env)
        let findings = result.diagnostics + Consistency.check(result.panel)
        let errors = findings.filter { $0.severity == .error }
        let warnings = findings.filter { $0.severity == .warning }
        let lang = output.lang ?? env.defaultLanguage
        let cap = limit <= 0 ? Int.max : limit
        switch output.format {
        case .json:
            env.out(checkJSON(errors: errors, warnings: warnings, panel: result.panel).rendered(.spaced))
        case .csv:
            let rows = (errors + warnings).map { d -> [String] in
                [
                    d.location?.file ?? "", d.location.map { String($0.line) } ?? "",
                    d.location.map { String($0.column) } ?? "",
                    d.severity == .error ? "error" : "warning", d.code, d.message, d.hint ?? "",
                ]
            }
            env.out(
                Table(
                    columns: ["file", "line", "column", "severity", "code", "message", "hint"].map { Table.Column($0) },
                    rows: rows
                ).csv())
        case .text:
            for d in errors.prefix(cap) + warnings.prefix(cap) { env.out(d.formatted + "\n") }
            env.out(summary(errors.count, warnings.count, result.panel, lang) + "\n")
        case .html:
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
                    columns: [.init(lang("Where")), .init(""), .init(lang("Code")), .init(lang("Problem"))], rows: rows)
            )
            report.add(notes: [summary(errors.count, warnings.count, result.panel, lang)])
            env.out(report.rendered)
        case .table, .markdown:
            let style: TableStyle = output.format == .markdown ? .markdown : (output.ascii ? .ascii : .box)
            let width = env.width(output.width)
            var out =
                "parlens check · \(paths.joined(separator: ", ")) · \(NumberFormat.count(result.panel.observations.count, locale: lang.numberLocale)) \(lang("Observations").lowercased())\n\n"
            // Inside the table, paths are shown relative to the common folder named in the title.
            let folders = Set(
                findings.compactMap { $0.location?.file }.map { ($0 as NSString).deletingLastPathComponent })
            let common = folders.count == 1 ? (folders.first.map { $0.isEmpty ? "" : $0 + "/" } ?? "") : ""
            for (title, list) in [(lang("Errors"), errors), (lang("Warnings"), warnings)] where !list.isEmpty {
                let shown = list.prefix(cap)
                let rows = shown.map { d -> [String] in
                    var place = d.location?.file ?? ""
                    if !common.isEmpty, place.hasPrefix(common) { place.removeFirst(common.count) }
                    if let l = d.location, l.line > 0 { place += ":\(l.line)" + (l.column > 0 ? ":\(l.column)" : "") }
                    return [place, d.code, d.message + (d.hint.map { "\n→ \($0)" } ?? "")]
                }
                let footer =
                    list.count > shown.count ? ["… \(list.count - shown.count) more (--limit 0 shows all)"] : []
                out += Table(
                    title: "\(title) (\(list.count))",
                    columns: [
                        .init(lang("Where"), wraps: true), .init(lang("Code")), .init(lang("Problem"), wraps: true),
                    ],
                    rows: rows, footer: footer
                ).render(style: style, width: width)
                out += "\n"
            }
            if findings.isEmpty { out += lang("No problems found.") + "\n" }
            out += summary(errors.count, warnings.count, result.panel, lang) + "\n"
            env.out(out)
        }
        if !errors.isEmpty { throw .data }
    }

    func summary(_ errors: Int, _ warnings: Int, _ panel: Panel, _ lang: Language) -> String {
        if lang == .vi {
            return "\(errors) lỗi, \(warnings) cảnh báo trong \(panel.files.count) tệp."
        }
        return
            "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(panel.files.count) file\(panel.files.count == 1 ? "" : "s")."
    }
}
