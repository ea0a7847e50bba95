import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering

struct Info: Command {
    static var configuration: CommandConfiguration { .catalog(.info) }

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func execute(in env: Environment) throws(CommandFailure) {
        guard output.format != .text else { throw .usage(.infoFormats, hint: nil) }
        let (result, paths) = try data.load(in: env)
        if result.hasErrors {
            let say = output.catalog(in: env)
            writeDiagnostics(result.diagnostics, say, suppressed: result.suppressed, to: env.err)
            env.err(say(.dataHasErrors) + "\n")
            throw .data
        }
        let inventory = Inventory(result.panel)
        let lang = output.lang ?? env.defaultLanguage
        switch output.format {
        case .json:
            env.out(inventory.json(warnings: result.warnings).rendered(.spaced))
        case .csv:
            throw .usage(.infoHasNoCSV, hint: .infoOtherFormats)
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
