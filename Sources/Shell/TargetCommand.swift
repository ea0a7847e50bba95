import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering

extension Target.Comparator: ExpressibleByArgument {}

struct TargetCommand: Command {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: "Will a target be met? Latest value, gap, trend projection and a verdict.",
        discussion: Catalog(.en)(.targetRule) + """


            Examples:
              parlens target friendly_government_commune_share
              parlens target par_index --value 90 --by 2026 --unit "Cả nước"
              parlens target on_time_rate --value 99 --by 2025 --unit "Đam Rông" --lang vi
            """)

    @Argument(help: "The metric id.")
    var metric: String

    @Option(name: .long, help: ArgumentHelp("The target value (default: the targets in the data).", valueName: "v"))
    var value: Double?

    @Option(name: .long, help: ArgumentHelp("The period by which it is due.", valueName: "period"))
    var by: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How the value must compare: >=, <=, >, <, = (default from the metric's direction).", valueName: "op"))
    var comparator: Target.Comparator?

    @Option(name: .long, help: ArgumentHelp("Only this unit.", valueName: "name"))
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
        if output.format == .json {
            env.out(result.json().rendered())
        } else {
            try output.emit(result.report(f), in: env)
        }
    }
}
