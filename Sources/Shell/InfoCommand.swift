import Analysis
import ArgumentParser
import Panel
import Rendering

struct Info: Command {
    static let configuration = CommandConfiguration(
        abstract: "What the data holds: observations, units by level, periods, metrics, files, warnings.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func execute(in env: Environment) throws(CommandFailure) {
        guard output.format != .text else { throw .usage("info writes table, markdown or json", hint: nil) }
        let (result, paths) = try data.load(in: env)
        if result.hasErrors {
            writeDiagnostics(result.diagnostics, suppressed: result.suppressed, to: env.err)
            env.err("parlens: the data has errors; `parlens check` lists everything it finds\n")
            throw .data
        }
        let inventory = Inventory(result.panel)
        let lang = output.lang ?? env.defaultLanguage
        switch output.format {
        case .json:
            env.out(inventory.json(warnings: result.warnings).rendered(.spaced))
        case .csv:
            throw .usage("info has no CSV form", hint: "use --format table, markdown, html or json")
        case .html:
            var report = HTMLReport(title: "parlens info", language: lang.rawValue)
            report.add(
                preformatted: InfoReport(inventory: inventory, warnings: result.warnings, paths: paths, lang: lang)
                    .render(style: .box, width: env.width(output.width)))
            env.out(report.rendered)
        case .table, .markdown, .text:
            let style: TableStyle = output.format == .markdown ? .markdown : .box
            env.out(
                InfoReport(inventory: inventory, warnings: result.warnings, paths: paths, lang: lang).render(
                    style: style, width: env.width(output.width)))
        }
    }
}
