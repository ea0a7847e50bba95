import Analysis
import ArgumentParser
import Foundation
import Messages
import Panel
import Rendering

struct Check: Command {
    static var configuration: CommandConfiguration { .catalog(.check) }

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: .catalog(.checkLimit, value: .limit))
    var limit: Int = 200

    func execute(in env: Environment) throws(CommandFailure) {
        let (result, paths) = try data.load(in: env)
        let findings = CheckFindings(result.diagnostics + Consistency.check(result.panel), panel: result.panel)
        let lang = output.lang ?? env.defaultLanguage
        let cap = limit <= 0 ? Int.max : limit
        switch output.format {
        case .json: env.out(findings.json().rendered(.spaced))
        case .csv: env.out(findings.csv())
        case .text: env.out(findings.text(limit: cap, lang: lang))
        case .html: env.out(findings.html(lang: lang))
        case .table, .markdown:
            let style: TableStyle = output.format == .markdown ? .markdown : (output.ascii ? .ascii : .box)
            env.out(findings.table(paths: paths, style: style, width: env.width(output.width), limit: cap, lang: lang))
        }
        if !findings.errors.isEmpty { throw .data }
    }
}
