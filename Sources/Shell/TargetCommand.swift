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
        discussion: Catalog(.en)(.targetRule))

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
        if (value == nil) != (by == nil) { throw ValidationError("--value and --by go together") }
    }

    func execute(in env: Environment) throws(CommandFailure) {
        let lang = output.lang ?? env.defaultLanguage
        let say = Catalog(lang)
        let view = try metricView(data, metric, say, in: env)
        let f = output.formatter(view.metric, lang, env)
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
            throw error.failure(say)
        }
        if output.format == .json {
            env.out(
                JSONValue.object([
                    ("metric", .string(result.metric.id)),
                    (
                        "rows",
                        .array(
                            result.rows.map { r in
                                .object([
                                    ("unit", .string(r.unit)), ("target", .num(r.target)),
                                    ("comparator", .string(r.comparator.rawValue)),
                                    ("by", .string(r.by.description)),
                                    ("latest_period", .str(r.latestPeriod?.description)),
                                    ("latest_value", .num(r.latest)), ("gap", .num(r.gap)),
                                    ("projected", .num(r.projection?.value)),
                                    ("pi95", .pair(r.projection?.prediction.lower, r.projection?.prediction.upper)),
                                    ("wilson95", .pair(r.wilson?.lower, r.wilson?.upper)),
                                    ("verdict", .string(r.verdict.rawValue)),
                                ])
                            })
                    ),
                    ("rule", .string(Catalog(.en)(.targetRule))),
                ]).rendered)
            return
        }
        let words: [TargetResult.Verdict: (String, String)] = [
            .met: ("met", "đã đạt"), .onTrack: ("on track", "đúng hướng"), .atRisk: ("at risk", "có nguy cơ"),
            .offTrack: ("off track", "chệch hướng"), .unknown: ("unknown", "chưa rõ"),
        ]
        let rows = result.rows.map { r -> [String] in
            [
                r.unit, "\(r.comparator.rawValue) \(f.value(r.target)) (\(r.by))",
                r.latest.map { "\(f.value($0)) (\(r.latestPeriod?.description ?? ""))" } ?? "—",
                f.change(r.gap),
                r.projection.map { "\(f.value($0.value)) \(f.interval($0.prediction, f.decimals))" } ?? "—",
                f.interval(r.wilson, f.decimals),
                lang == .vi ? words[r.verdict]?.1 ?? "" : words[r.verdict]?.0 ?? "",
            ]
        }
        let columns: [Table.Column] = [
            .init(lang("Unit"), wraps: true), .init(lang == .vi ? "Chỉ tiêu" : "Target"),
            .init(lang == .vi ? "Mới nhất" : "Latest", .right),
            .init(lang == .vi ? "Còn thiếu" : "Gap", .right),
            .init(lang == .vi ? "Dự báo (KDB 95%)" : "Projected (95% PI)", .right),
            .init("Wilson 95%", .right), .init(lang("Verdict")),
        ]
        env.out(
            output.render(
                [Table(columns: columns, rows: rows)], notes: [say(.targetRule)],
                title: "\(f.name) · \(lang == .vi ? "chỉ tiêu" : "targets")", in: env))
    }
}
