import Analysis
import ArgumentParser
import Messages
import Rendering

struct SummaryCommand: Command {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "The distribution across units in one period: n, mean, sd, quartiles, extremes, outliers.",
        discussion: """
            Quartiles are type 7 (numpy's default). Outliers lie more than 3 × 1.4826 × MAD from the median.

            Examples:
              parlens summary par_index --period 2024 --parent "Hòa Bình"
              parlens summary pci --period 2016 --level province --lang vi
            """)

    @Argument(help: "The metric id.")
    var metric: String

    @Option(name: .long, help: ArgumentHelp("The period.", valueName: "period"))
    var period: String

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func execute(in env: Environment) throws(CommandFailure) {
        let (view, f) = try output.analysis(of: metric, data, select, periods: [period], in: env)
        let r: DistributionResult
        do {
            r = try DistributionResult(view: view, selection: select.selection, period: try view.lookupPeriod(period))
        } catch {
            throw error.failure
        }
        if output.format == .json {
            env.out(r.json().rendered())
        } else {
            try output.emit(r.report(f), in: env)
        }
    }
}
