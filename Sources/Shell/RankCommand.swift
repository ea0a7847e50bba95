import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering
import Statistics

struct Rank: Command {
    static let configuration = CommandConfiguration(
        abstract: "The ranking of a period, with rank changes against an earlier one.",
        discussion: """
            rank is the competition rank (1, 2, 2, 4) in the metric's better direction among the \
            units with a value; rank change = earlier rank − rank (positive = moved up). Rank \
            correlations compare the values of the units present in both periods.

            Examples:
              parlens rank par_index --period 2024 --vs previous --level province
              parlens rank par_index --period 2024 --vs 2022 --parent "Hòa Bình" --top 6
              parlens rank sipas --period 2023 --level province --chart --lang vi
            """)

    @Argument(help: "The metric id, e.g. par_index.")
    var metric: String

    @Option(name: .long, help: ArgumentHelp("The period to rank.", valueName: "period"))
    var period: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "An earlier period to compare ranks with, or previous / last-year (kỳ-trước / cùng-kỳ).",
            valueName: "period"))
    var vs: String?

    @Option(name: .long, help: ArgumentHelp("Show only the first N rows.", valueName: "n"))
    var top: Int?

    @Flag(name: .long, help: "Append the natural chart: a bump chart with --vs, else bars.")
    var chart = false

    @Flag(
        name: .long,
        help: "Compare ranks of periods of different kinds (a quarter with 9 months); the output says so.")
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
        try output.emit(report, charts: charts, formatter: f, in: env)
    }
}
