import Analysis
import ArgumentParser
import Messages
import Rendering

struct Correlate: Command {
    static let configuration = CommandConfiguration(
        abstract: "Do two metrics agree across units? Pearson, Spearman and Kendall in one period.",
        discussion: """
            The units that have both metrics in the period are compared; the others are listed.

            Examples:
              parlens correlate par_index sipas --period 2023 --level province
              parlens correlate par_index sipas --period 2023 --level province --format json
            """)

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
        let (a, f) = try output.analysis(of: first, data, select, periods: [period], in: env)
        let b = try checkedView(of: second, in: a.panel, data, f.say, periods: [period], in: env)
        let result: CorrelationResult
        do {
            let p = try a.lookupPeriod(period)
            result = try CorrelationResult(a, b, selection: select.selection, period: p)
        } catch {
            throw error.failure
        }
        if output.format == .json {
            env.out(result.json().rendered())
        } else {
            try output.emit(result.report(f), in: env)
        }
    }
}
