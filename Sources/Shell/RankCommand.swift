import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering
import Statistics

struct Rank: Command {
    static var configuration: CommandConfiguration { .catalog(.rank) }

    @Argument(help: .catalog(.rankMetric, value: .metric))
    var metric: String

    @Option(name: .long, help: .catalog(.rankPeriod, value: .period))
    var period: String

    @Option(name: .long, help: .catalog(.rankVs, value: .period))
    var vs: String?

    @Option(name: .long, help: .catalog(.rankTop, value: .n))
    var top: Int?

    @Flag(name: .long, help: .catalog(.rankChart))
    var chart = false

    @Flag(name: .long, help: .catalog(.rankAllowMixed))
    var allowMixedPeriods = false

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func execute(in env: Environment) throws(CommandFailure) {
        let (view, f) = try output.analysis(of: metric, data, select, periods: [period, vs], in: env)
        let result: RankResult
        do {
            let p = try view.lookupPeriod(period)
            let v = try vs.map { text throws(AnalysisError) in
                try view.lookupPeriod(relativePeriod(text, before: p)?.description ?? text)
            }
            result = try RankResult(
                view: view, selection: select.selection, period: p, versus: v, top: top,
                allowMixedPeriods: allowMixedPeriods)
        } catch {
            throw error.failure
        }
        if output.format == .json {
            env.out(result.json().rendered())
            return
        }
        let report = result.report(f, levelChosen: select.level != nil)
        var charts: [ChartSpec] = []
        if chart {
            let builder = ChartBuilder(view: view, format: f, glyphs: output.glyphs, width: env.width(output.width))
            if let v = result.versus {
                charts.append(builder.bump(periods: [v, result.period], selection: select.selection))
            } else {
                let valued = result.rows.filter { $0.value != nil }
                charts.append(builder.bars(valued.map(\.unit), valued.compactMap(\.value)))
            }
        }
        env.out(output.render(report, charts: charts, formatter: f, in: env))
    }
}
