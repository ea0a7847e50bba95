import Analysis
import ArgumentParser
import Messages
import Rendering

struct SummaryCommand: Command {
    static var configuration: CommandConfiguration { .catalog(.summary, name: "summary") }

    @Argument(help: .catalog(.metricID, value: .metric))
    var metric: String

    @Option(name: .long, help: .catalog(.onePeriod, value: .period))
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
        env.out(output.format == .json ? r.json().rendered() : output.render(r.report(f), in: env))
    }
}
