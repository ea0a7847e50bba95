import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering

extension Target.Comparator: ExpressibleByArgument {}

struct TargetCommand: Command {
    static var configuration: CommandConfiguration { .catalog(.target, name: "target") }

    @Argument(help: .catalog(.metricID, value: .metric))
    var metric: String

    @Option(name: .long, help: .catalog(.targetValue, value: .targetValue))
    var value: Double?

    @Option(name: .long, help: .catalog(.targetBy, value: .period))
    var by: String?

    @Option(name: .long, help: .catalog(.targetComparator, value: .comparator))
    var comparator: Target.Comparator?

    @Option(name: .long, help: .catalog(.onlyUnit, value: .name))
    var unit: String?

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        // ArgumentParser validates before the environment is known: English unless --lang says otherwise.
        if (value == nil) != (by == nil) { throw ValidationError(Catalog(output.lang ?? .en)(.valueWithBy)) }
    }

    func execute(in env: Environment) throws(CommandFailure) {
        let (view, f) = try output.analysis(of: metric, data, select, in: env)
        let result: TargetResult
        do {
            let due = try by.map { text throws(AnalysisError) -> Period in
                do { return try Period(parsing: text) } catch {
                    throw AnalysisError.unknownPeriod(text, .unreadable, suggestions: [])
                }
            }
            let index = try unit.map { name throws(AnalysisError) in
                try view.lookupUnit(name, selection: select.selection)
            }
            result = try TargetResult(
                view: view, selection: select.selection, unit: index, value: value, comparator: comparator, by: due)
        } catch {
            throw error.failure
        }
        env.out(output.format == .json ? result.json().rendered() : output.render(result.report(f), in: env))
    }
}
