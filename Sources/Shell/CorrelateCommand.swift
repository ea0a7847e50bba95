import Analysis
import ArgumentParser
import Messages
import Rendering

struct Correlate: Command {
    static var configuration: CommandConfiguration { .catalog(.correlate) }

    @Argument(help: .catalog(.firstMetric, value: .first))
    var first: String
    @Argument(help: .catalog(.secondMetric, value: .second))
    var second: String

    @Option(name: .long, help: .catalog(.onePeriod, value: .period))
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
        env.out(output.format == .json ? result.json().rendered() : output.render(result.report(f), in: env))
    }
}
