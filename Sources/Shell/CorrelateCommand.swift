import Analysis
import ArgumentParser
import Messages
import Rendering

struct Correlate: Command {
    static let configuration = CommandConfiguration(
        abstract: "Do two metrics agree across units? Pearson, Spearman and Kendall in one period.")

    @Argument(help: "The first metric.")
    var first: String
    @Argument(help: "The second metric.")
    var second: String

    @Option(name: .long, help: ArgumentHelp("The period.", valueName: "period"))
    var period: String

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func execute(in env: Environment) throws(CommandFailure) {
        let lang = output.lang ?? env.defaultLanguage
        let say = Catalog(lang)
        let a = try metricView(data, first, say, in: env)
        let f = output.formatter(a.metric, lang, env)
        let result: CorrelationResult
        do {
            let b = try MetricView(panel: a.panel, metric: second)
            let p = try a.lookupPeriod(period)
            result = try CorrelationResult(a, b, selection: select.selection, period: p)
        } catch {
            throw error.failure
        }
        env.out(output.format == .json ? result.json().rendered() : output.render(result.report(f), in: env))
    }
}
