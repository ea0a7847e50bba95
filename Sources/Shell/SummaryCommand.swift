import Analysis
import ArgumentParser
import Messages
import Rendering

/// Counts of `values` in `bins` equal-width bins between their min and max (a flat sample is one
/// bin); empty bins are nil.
func histogram(_ values: [Double], bins: Int) -> [Double?] {
    guard let lo = values.min(), let hi = values.max(), hi > lo, bins > 0 else { return [Double(values.count)] }
    var counts = [Double](repeating: 0, count: bins)
    for v in values { counts[min(bins - 1, Int((v - lo) / (hi - lo) * Double(bins)))] += 1 }
    // An empty bin is blank, not the lowest bar.
    return counts.map { $0 == 0 ? nil : $0 }
}

struct SummaryCommand: Command {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "The distribution across units in one period: n, mean, sd, quartiles, extremes, outliers.",
        discussion: "Quartiles are type 7 (numpy's default). Outliers lie more than 3 × 1.4826 × MAD from the median.")

    @Argument(help: "The metric id.")
    var metric: String

    @Option(name: .long, help: ArgumentHelp("The period.", valueName: "period"))
    var period: String

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func execute(in env: Environment) throws(CommandFailure) {
        let lang = output.lang ?? env.defaultLanguage
        let say = Catalog(lang)
        let view = try metricView(data, metric, say, in: env)
        let f = output.formatter(view.metric, lang, env)
        let r: DistributionResult
        do {
            r = try DistributionResult(view: view, selection: select.selection, period: try view.lookupPeriod(period))
        } catch {
            throw error.failure
        }
        let s = r.summary
        if output.format == .json {
            env.out(
                JSONValue.object([
                    ("metric", .string(r.metric.id)), ("period", .string(r.period.description)), ("n", .int(s.n)),
                    ("mean", .num(s.mean)), ("sd", .num(s.sd)), ("min", .num(s.min)), ("q1", .num(s.q1)),
                    ("median", .num(s.median)),
                    ("q3", .num(s.q3)), ("max", .num(s.max)), ("lowest", .strings(r.lowest)),
                    ("highest", .strings(r.highest)),
                    ("outliers", .strings(r.outliers)),
                ]).rendered)
            return
        }
        let rows: [[String]] = [
            [say(.n), String(s.n)], [say(.mean), f.value(s.mean)], [say(.sd), f.number(s.sd, f.decimals)],
            [say(.min), f.value(s.min) + " · " + r.lowest.joined(separator: ", ")], [say(.q1), f.value(s.q1)],
            [say(.median), f.value(s.median)], [say(.q3), f.value(s.q3)],
            [say(.max), f.value(s.max) + " · " + r.highest.joined(separator: ", ")],
            [
                say(.distribution),
                Sparkline.render(histogram(r.values, bins: 10), glyphs: f.glyphs)
                    + "  (\(f.value(s.min)) … \(f.value(s.max)))",
            ],
        ]
        let title = say(.summaryTitle(view.metric, period: r.period, level: r.level))
        let notes = [say(.outliers(r.outliers))]
        env.out(
            output.render(
                [Table(columns: [.init(""), .init(say(.value), wraps: true)], rows: rows)], notes: notes,
                title: title, in: env))
    }
}
