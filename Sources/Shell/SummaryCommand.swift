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
            throw error.failure(say)
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
            ["n", String(s.n)], [lang("Mean"), f.value(s.mean)], [lang("SD"), f.number(s.sd, f.decimals)],
            [lang("Min"), f.value(s.min) + " · " + r.lowest.joined(separator: ", ")], [lang("Q1"), f.value(s.q1)],
            [lang("Median"), f.value(s.median)], [lang("Q3"), f.value(s.q3)],
            [lang("Max"), f.value(s.max) + " · " + r.highest.joined(separator: ", ")],
            [
                lang == .vi ? "Phân bố" : "Distribution",
                Sparkline.render(histogram(r.values, bins: 10), glyphs: f.glyphs)
                    + "  (\(f.value(s.min)) … \(f.value(s.max)))",
            ],
        ]
        let title = "\(f.name) · \(r.period) · \(r.level.map { lang($0.rawValue) } ?? "")"
        let notes = [
            "\(lang("Outliers (> 3 scaled MAD from the median)")): "
                + (r.outliers.isEmpty ? "—" : r.outliers.joined(separator: ", "))
        ]
        env.out(
            output.render(
                [Table(columns: [.init(""), .init(lang("Value"), wraps: true)], rows: rows)], notes: notes,
                title: title, in: env))
    }
}
