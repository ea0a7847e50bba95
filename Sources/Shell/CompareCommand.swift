import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering
import Statistics

struct Compare: Command {
    static let configuration = CommandConfiguration(
        abstract: "A period against another, unit by unit, with paired tests.",
        discussion: """
            change = to − from (percentage points for percent metrics). Paired t-test and \
            Wilcoxon signed-rank over the units present in both periods. Rates given with counts \
            also get Wilson intervals, a Newcombe interval of the difference and a two-proportion \
            z-test per unit (Holm-adjusted over the rows). Across a reorganisation (the 2025 \
            merger) each unit it touched is stated; --basis new|old|both sets new units against \
            their old units (rates' counts pooled on the new boundary).

            Examples:
              parlens compare online_filing_rate --from 2022 --to 2023 --unit "Tháp Mười"
              parlens compare par_index --from 2022 --to 2024 --parent "Hòa Bình"
              parlens compare par_index_rank --to 2022 --vs previous --unit "Tháp Mười"
            """)

    @Argument(help: "The metric id, e.g. par_index, on_time_rate, par_index_rank.")
    var metric: String

    @Option(name: .long, help: ArgumentHelp("The earlier period.", valueName: "period"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("The later period.", valueName: "period"))
    var to: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Pick the earlier period from --to: previous (kỳ-trước) or last-year (cùng-kỳ).",
            valueName: "previous|last-year")
    )
    var vs: String?

    @Option(name: .long, help: ArgumentHelp("Only this unit.", valueName: "name"))
    var unit: String?

    @Flag(name: .long, help: "Append the natural chart: bars of the changes.")
    var chart = false

    @Flag(
        name: .long,
        help: "Compare periods of different kinds (a quarter with 9 months, a year with a half); the output says so.")
    var allowMixedPeriods = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Across a reorganisation (the 2025 merger): compare on the new units' boundary (rates' counts pooled, an index beside each old unit), the old units' (each old unit beside its successor), or both.",
            valueName: "new|old|both"))
    var basis: BoundaryBasis?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --basis new or both: also reconstruct an index of a new unit as its old units' average weighted by this metric (population, dossiers received), labelled as a reconstruction.",
            valueName: "metric"))
    var weight: String?

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        // ArgumentParser validates before the environment is known: English unless --lang says otherwise.
        let say = Catalog(output.lang ?? .en)
        if (from == nil) == (vs == nil) { throw ValidationError(say(.fromOrVs)) }
        if let vs, RelativePeriod(vs) == nil { throw ValidationError(say(.vsTakes(vs))) }
        if weight != nil, basis == nil || basis == .old { throw ValidationError(say(.weightNeedsNewBasis)) }
    }

    func execute(in env: Environment) throws(CommandFailure) {
        let (view, f) = try output.analysis(of: metric, data, select, periods: [to, from ?? vs], in: env)
        let result: CompareResult
        do {
            let later = try view.lookupPeriod(to)
            let earlier: Period
            if let from {
                earlier = try view.lookupPeriod(from)
            } else {
                earlier = try view.lookupPeriod(
                    (relativePeriod(vs ?? "previous", before: later) ?? later.predecessor).description)
            }
            let index = try unit.map { name throws(AnalysisError) in
                try view.lookupUnit(name, selection: select.selection)
            }
            result = try CompareResult(
                view: view, selection: select.selection, from: earlier, to: later, unit: index,
                allowMixedPeriods: allowMixedPeriods, basis: basis,
                weights: try weight.map { w throws(AnalysisError) in try MetricView(panel: view.panel, metric: w) })
        } catch {
            throw error.failure
        }
        if output.format == .json {
            env.out(result.json().rendered())
            return
        }
        let report = result.report(f)
        let charts =
            chart
            ? [
                ChartBuilder(view: view, format: f, glyphs: output.glyphs, width: env.width(output.width)).bars(
                    result.rows.map(\.unit), result.rows.map(\.change))
            ]
            : []
        env.out(output.render(report, charts: charts, formatter: f, in: env))
    }
}

extension BoundaryBasis: ExpressibleByArgument {}
