import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering
import Statistics

struct Compare: Command {
    static var configuration: CommandConfiguration { .catalog(.compare) }

    @Argument(help: .catalog(.compareMetric, value: .metric))
    var metric: String

    @Option(name: .long, help: .catalog(.compareFrom, value: .period))
    var from: String?

    @Option(name: .long, help: .catalog(.compareTo, value: .period))
    var to: String

    @Option(name: .long, help: .catalog(.compareVs, value: .previousOrLastYear))
    var vs: String?

    @Option(name: .long, help: .catalog(.onlyUnit, value: .name))
    var unit: String?

    @Flag(name: .long, help: .catalog(.compareChart))
    var chart = false

    @Flag(name: .long, help: .catalog(.compareAllowMixed))
    var allowMixedPeriods = false

    @Option(name: .long, help: .catalog(.compareBasis, value: .basis))
    var basis: BoundaryBasis?

    @Option(name: .long, help: .catalog(.compareWeight, value: .metric))
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
        try output.emit(report, charts: charts, formatter: f, in: env)
    }
}

extension BoundaryBasis: ExpressibleByArgument {
    /// `new`, `old`, `both`, or as Vietnamese analysts type them: `mới`, `cũ`, `cả-hai` (accents and
    /// case optional).
    public init?(argument: String) {
        switch Names.fold(argument).replacingOccurrences(of: " ", with: "-") {
        case "new", "moi": self = .new
        case "old", "cu": self = .old
        case "both", "ca-hai": self = .both
        default: return nil
        }
    }
}
