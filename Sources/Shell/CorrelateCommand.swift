import Analysis
import ArgumentParser
import Messages
import Rendering

struct Correlate: Command {
    static let configuration = CommandConfiguration(
        abstract: "Do two metrics agree across units? Pearson, Spearman and Kendall in one period.")

    @Argument(help: "The first metric.")
    var first: String
    @Argument(help: "The second metric.")
    var second: String

    @Option(name: .long, help: ArgumentHelp("The period.", valueName: "period"))
    var period: String

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func execute(in env: Environment) throws(CommandFailure) {
        let lang = output.lang ?? env.defaultLanguage
        let say = Catalog(lang)
        let a = try metricView(data, first, say, in: env)
        let f = output.formatter(a.metric, lang, env)
        let result: CorrelationResult
        do {
            let b = try MetricView(panel: a.panel, metric: second)
            let p = try a.lookupPeriod(period)
            result = try CorrelationResult(a, b, selection: select.selection, period: p)
        } catch {
            throw error.failure(say)
        }
        if output.format == .json {
            env.out(
                JSONValue.object([
                    ("n", .int(result.n)),
                    (
                        "pearson",
                        result.pearson.map { .object([("r", .num($0.r)), ("p_value", .num($0.pValue))]) } ?? .null
                    ),
                    ("spearman", StatisticsJSON.spearman(result.spearman)),
                    ("kendall", StatisticsJSON.kendall(result.kendall)),
                    ("only_one", .strings(result.onlyOne)),
                    ("notes", jsonNotes(result.omissions)),
                ]).rendered)
            return
        }
        let rows: [[String]] = [
            [lang("Pearson r"), f.number(result.pearson?.r, 3), f.p(result.pearson?.pValue)],
            [lang("Spearman rho"), f.number(result.spearman?.rho, 3), f.p(result.spearman?.pValue)],
            [lang("Kendall tau-b"), f.number(result.kendall?.tauB, 3), f.p(result.kendall?.pValue)],
        ]
        let title =
            "\(result.first.id) ~ \(result.second.id) · \(result.period) · \(result.level.map { lang($0.rawValue) } ?? "") · n = \(result.n)"
        var notes = result.omissions.map { say(.notComputed($0)) }
        if !result.onlyOne.isEmpty {
            notes.append(
                (lang == .vi ? "Chỉ có một chỉ số: " : "Only one of the two metrics: ")
                    + result.onlyOne.joined(separator: ", "))
        }
        env.out(
            output.render(
                [
                    Table(
                        columns: [.init(lang("Test")), .init(lang("Estimate"), .right), .init("p", .right)], rows: rows)
                ], notes: notes, title: title, in: env))
    }
}
