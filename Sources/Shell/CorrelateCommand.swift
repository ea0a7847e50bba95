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
            throw error.failure
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
            [say(.pearsonR), f.number(result.pearson?.r, 3), f.p(result.pearson?.pValue)],
            [say(.spearmanRho), f.number(result.spearman?.rho, 3), f.p(result.spearman?.pValue)],
            [say(.kendallTauB), f.number(result.kendall?.tauB, 3), f.p(result.kendall?.pValue)],
        ]
        let title = say(
            .correlateTitle(result.first.id, result.second.id, period: result.period, level: result.level, n: result.n))
        var notes = result.omissions.map { say(.notComputed($0)) }
        if !result.onlyOne.isEmpty { notes.append(say(.onlyOneMetric(result.onlyOne))) }
        env.out(
            output.render(
                [
                    Table(
                        columns: [.init(say(.test)), .init(say(.estimate), .right), .init(say(.p), .right)], rows: rows)
                ], notes: notes, title: title, in: env))
    }
}
