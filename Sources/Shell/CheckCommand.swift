import Analysis
import ArgumentParser
import Foundation
import Messages
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
        let say = Catalog(lang)
        let cap = limit <= 0 ? Int.max : limit
        switch output.format {
        case .json:
            env.out(checkJSON(errors: errors, warnings: warnings, panel: result.panel).rendered(.spaced))
        case .csv:
            let rows = (errors + warnings).map { d -> [String] in
                let location = d.location
                let place = [location?.file ?? "", location.map { String($0.line) } ?? ""]
                return place + [
                    location.map { String($0.column) } ?? "", d.severity.rawValue, d.code.rawValue, say(d.problem),
                    say.hint(d.problem) ?? "",
                ]
            }
            env.out(
                Table(
                    columns: ["file", "line", "column", "severity", "code", "message", "hint"].map { Table.Column($0) },
                    rows: rows
                ).csv())
        case .text:
            for d in errors.prefix(cap) + warnings.prefix(cap) { env.out(say.formatted(d) + "\n") }
            env.out(summary(errors.count, warnings.count, result.panel, say) + "\n")
        case .html:
            var report = HTMLReport(title: "parlens check", language: lang.rawValue)
            let rows = (errors + warnings).map { d -> [String] in
                let place = d.location.map { "\($0.file):\($0.line):\($0.column)" } ?? ""
                let severity = d.severity == .error ? say(.errors) : say(.warnings)
                return [
                    place, severity, d.code.rawValue, say(d.problem) + (say.hint(d.problem).map { " → \($0)" } ?? ""),
                ]
            }
            report.add(
                table: Table(
                    columns: [.init(say(.location)), .init(""), .init(say(.code)), .init(say(.problem))], rows: rows)
            )
            report.add(notes: [summary(errors.count, warnings.count, result.panel, say)])
            env.out(report.rendered)
        case .table, .markdown:
            let style: TableStyle = output.format == .markdown ? .markdown : (output.ascii ? .ascii : .box)
            let width = env.width(output.width)
            let observations = NumberFormat.count(result.panel.observations.count, locale: lang.numberLocale)
            var out = say(.checkTitle(paths: paths, observations: observations)) + "\n\n"
            // Inside the table, paths are shown relative to the common folder named in the title.
            let folders = Set(
                findings.compactMap { $0.location?.file }.map { ($0 as NSString).deletingLastPathComponent })
            let common = folders.count == 1 ? (folders.first.map { $0.isEmpty ? "" : $0 + "/" } ?? "") : ""
            for (severity, list) in [(Diagnostic.Severity.error, errors), (.warning, warnings)] where !list.isEmpty {
                let shown = list.prefix(cap)
                let rows = shown.map { d -> [String] in
                    var place = d.location?.file ?? ""
                    if !common.isEmpty, place.hasPrefix(common) { place.removeFirst(common.count) }
                    if let l = d.location, l.line > 0 { place += ":\(l.line)" + (l.column > 0 ? ":\(l.column)" : "") }
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
            if findings.isEmpty { out += say(.noProblems) + "\n" }
            out += summary(errors.count, warnings.count, result.panel, say) + "\n"
            env.out(out)
        }
        if !errors.isEmpty { throw .data }
    }

    func summary(_ errors: Int, _ warnings: Int, _ panel: Panel, _ say: Catalog) -> String {
        say(.checkSummary(errors: errors, warnings: warnings, files: panel.files.count))
    }
}
