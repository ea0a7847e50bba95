import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering
import Statistics

struct Trend: Command {
    static var configuration: CommandConfiguration { .catalog(.trend) }

    @Argument(help: .catalog(.trendMetric, value: .metric))
    var metric: String

    @Option(name: .long, help: .catalog(.trendUnit, value: .name))
    var unit: String?

    @Flag(name: .long, help: .catalog(.trendAll))
    var all = false

    @Option(name: .long, help: .catalog(.trendFrom, value: .period))
    var from: String?

    @Option(name: .long, help: .catalog(.trendTo, value: .period))
    var to: String?

    @Flag(name: .long, help: .catalog(.trendChart))
    var chart = false

    @Option(name: .long, help: .catalog(.trendBasis, value: .basis))
    var basis: BoundaryBasis?

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        // ArgumentParser validates before the environment is known: English unless --lang says otherwise.
        if all == (unit != nil) { throw ValidationError(Catalog(output.lang ?? .en)(.unitOrAll)) }
        if let basis, basis != .new || unit == nil {
            throw ValidationError(Catalog(output.lang ?? .en)(.trendBasisIsNewWithUnit))
        }
    }

    func execute(in env: Environment) throws(CommandFailure) {
        let (view, f) = try output.analysis(of: metric, data, select, in: env)
        // The reports to write, each with its charts (JSON is written at once).
        var reports: [(TableReport, [ChartSpec])] = []
        do throws(AnalysisError) {
            let fromPeriod = try from.map { text throws(AnalysisError) in try view.lookupPeriod(text) }
            let toPeriod = try to.map { text throws(AnalysisError) in try view.lookupPeriod(text) }
            if let fromPeriod, let toPeriod {
                // A series runs from --from to --to: the earlier first (any kinds may bound it).
                try PeriodPair(earlier: fromPeriod, later: toPeriod).check(allowMixedKinds: true)
            }
            if all {
                let table = try TrendTable(view: view, selection: select.selection, from: fromPeriod, to: toPeriod)
                if output.format == .json {
                    env.out(table.json().rendered())
                } else {
                    reports.append((table.report(f), []))
                }
            } else if let unit {
                let index = try view.lookupUnit(unit, selection: select.selection)
                let keys = Set(
                    view.readings.filter { $0.unit == index && $0.value != nil }.map {
                        SeriesKey(unit: index, tier: $0.tier)
                    })
                let tiers = select.tier.map { [SeriesKey(unit: index, tier: $0)] } ?? keys.sorted()
                guard !tiers.isEmpty else {
                    throw AnalysisError.noData(
                        .unitHasNoFigures(unit: view.panel.units.units[index].name, metric: view.metric.id))
                }
                var results: [TrendResult] = []
                for key in tiers {
                    // On the new boundary (`--basis new`): the old units' counts pooled before the date.
                    let onNew =
                        basis == .new
                        ? BoundarySeries(view: view, unit: index, tier: key.tier, from: fromPeriod, to: toPeriod) : nil
                    let points =
                        onNew?.points
                        ?? TrendResult.series(view, unit: index, tier: key.tier, from: fromPeriod, to: toPeriod)
                    if points.isEmpty, let asked = fromPeriod ?? toPeriod, let ended = view.endedUnit(index, in: asked)
                    {
                        throw ended
                    }
                    var result = TrendResult(
                        metric: view.metric, unit: view.label(key, among: keys), points: points,
                        conflicts: view.conflicts(among: [index]))
                    if let first = points.first?.period, let last = points.last?.period {
                        result.boundaries = view.boundaryNotes([key], earlier: first, later: last)
                    }
                    result.onNewBoundary = onNew
                    results.append(result)
                }
                if output.format == .json {
                    env.out(
                        results.count == 1
                            ? results[0].json().rendered() : JSONValue.array(results.map { $0.json() }).rendered())
                } else {
                    let builder = ChartBuilder(
                        view: view, format: f, glyphs: output.glyphs, width: env.width(output.width))
                    reports = results.map { t in (t.report(f), chart ? [builder.trend(t)] : []) }
                }
            }
        } catch {
            throw error.failure
        }
        for (i, (report, charts)) in reports.enumerated() {
            if i > 0, output.format != .xlsx { env.out("\n") }
            // `--all` wrote its table without a formatter (numbers in --locale, else --lang's).
            try output.emit(report, charts: charts, formatter: all ? nil : f, in: env)
        }
    }
}
