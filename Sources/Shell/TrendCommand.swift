import Analysis
import ArgumentParser
import Dispatch
import Messages
import Panel
import Rendering
import Statistics

struct Trend: Command {
    static let configuration = CommandConfiguration(
        abstract: "Is a unit's trend real? OLS, Mann–Kendall and Sen's slope on its series.",
        discussion: """
            With --unit: one unit's series, the tests and a forecast of the next period.
            With --all: one row per unit of the peer group, sorted by Sen's slope, with
            Holm-adjusted Mann–Kendall p-values; rising/falling means adjusted p < 0.05.
            x is the start of each period in years, so gaps stay gaps.
            """)

    @Argument(help: "The metric id, e.g. par_index, pci, sipas_rank.")
    var metric: String

    @Option(name: .long, help: ArgumentHelp("The unit (accents optional).", valueName: "name"))
    var unit: String?

    @Flag(name: .long, help: "Every unit of the peer group.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("First period to use.", valueName: "period"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Last period to use.", valueName: "period"))
    var to: String?

    @Flag(name: .long, help: "Append the natural chart (the series with its OLS line and forecast).")
    var chart = false

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        // ArgumentParser validates before the environment is known: English unless --lang says otherwise.
        if all == (unit != nil) { throw ValidationError(Catalog(output.lang ?? .en)(.unitOrAll)) }
    }

    func execute(in env: Environment) throws(CommandFailure) {
        let lang = output.lang ?? env.defaultLanguage
        let say = Catalog(lang)
        let view = try metricView(data, metric, say, in: env)
        let f = output.formatter(view.metric, lang, env)
        do throws(AnalysisError) {
            let fromPeriod = try from.map { text throws(AnalysisError) in try view.lookupPeriod(text) }
            let toPeriod = try to.map { text throws(AnalysisError) in try view.lookupPeriod(text) }
            if all {
                let table = try TrendTable(view: view, selection: select.selection, from: fromPeriod, to: toPeriod)
                env.out(output.format == .json ? allJSON(table).rendered : renderAll(table, f, env))
                // A large table and its view take milliseconds to free: done beside, not before returning.
                if table.rows.count >= Self.backgroundReleaseRows { releaseInBackground((consume view, consume table)) }
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
                    let points = TrendResult.series(view, unit: index, tier: key.tier, from: fromPeriod, to: toPeriod)
                    results.append(
                        TrendResult(
                            metric: view.metric, unit: view.label(key, among: keys), points: points,
                            conflicts: view.conflicts(among: [index])))
                }
                if output.format == .json {
                    env.out(
                        results.count == 1
                            ? oneJSON(results[0]).rendered : JSONValue.array(results.map(oneJSON)).rendered)
                } else {
                    let builder = ChartBuilder(
                        view: view, format: f, glyphs: output.glyphs, width: env.width(output.width))
                    env.out(
                        results.map { renderOne($0, f, env, chart: chart ? builder.trend($0) : nil) }.joined(
                            separator: "\n"))
                }
            }
        } catch {
            throw error.failure
        }
    }

    /// Tables of at least this many rows are freed on a background queue.
    static let backgroundReleaseRows = 1000

    func oneJSON(_ t: TrendResult) -> JSONValue {
        .object([
            ("metric", .string(t.metric.id)), ("unit", .string(t.unit)), ("n", .int(t.n)),
            (
                "points",
                .array(
                    t.points.map { .object([("period", .string($0.period.description)), ("value", .num($0.value))]) })
            ),
            ("ols", StatisticsJSON.ols(t.ols)),
            ("mann_kendall", StatisticsJSON.mannKendall(t.mannKendall)),
            ("sen", StatisticsJSON.sen(t.sen)),
            (
                "forecast",
                t.forecast.map { p in
                    .object([
                        ("period", .str(t.forecastPeriod?.description)), ("value", .num(p.value)),
                        ("pi95", .pair(p.prediction.lower, p.prediction.upper)),
                    ])
                } ?? .null
            ),
            ("change_per_year", .num(t.changePerYear)),
            ("notes", jsonNotes(t.omissions, t.conflicts)),
        ])
    }

    func allJSON(_ table: TrendTable) -> JSONValue {
        .object([
            ("metric", .string(table.metric.id)), ("level", .str(table.level?.rawValue)),
            (
                "rows",
                .items(count: table.rows.count) { i in
                    .object([
                        ("unit", .string(table.rows[i].unit)), ("n", .int(table.rows[i].n)),
                        ("sen_slope", .num(table.rows[i].sen?.slope)),
                        ("mk_p_value", .num(table.rows[i].mannKendall?.pValue)),
                        ("mk_p_adjusted", .num(table.rows[i].pAdjusted)),
                        ("verdict", .string(table.rows[i].verdict.rawValue)),
                    ])
                }
            ),
            ("rising", .int(table.count(.rising))), ("falling", .int(table.count(.falling))),
            ("no_trend", .int(table.count(.noTrend))), ("too_short", .int(table.count(.tooShort))),
        ])
    }

    func verdict(_ t: TrendResult, _ f: Formatter) -> String {
        guard let mk = t.mannKendall else { return f.say(.trendVerdict(.tooShort)) }
        let p = mk.preferredPValue
        let verdict: TrendTable.Verdict = p < 0.05 ? (mk.s > 0 ? .rising : .falling) : .noTrend
        return f.say(.trend(verdict, p: f.p(p), exact: mk.exactPValue != nil))
    }

    func renderOne(_ t: TrendResult, _ f: Formatter, _ env: Environment, chart: ChartSpec? = nil) -> String {
        let say = f.say
        let title = say(
            .trendTitle(t.metric, unit: t.unit, first: t.points.first?.period, last: t.points.last?.period, n: t.n))
        let series = Table(
            title: say(.series),
            columns: [.init(say(.period)), .init(say(.value), .right)],
            rows: t.points.map { [$0.period.description, f.value($0.value)] })
        var tests: [[String]] = []
        if let o = t.ols {
            tests.append([
                say(.olsSlope), say(.perYear(f.change(o.slope, decimals: 1))), f.interval(o.slopeInterval),
                f.p(o.pValue), "R² = \(f.number(o.rSquared, 3))",
            ])
        }
        if let m = t.mannKendall {
            let note = say(m.exactPValue != nil ? .exactP : .normalApproximationCorrected)
            tests.append([
                say(.mannKendall), "S = \(m.s), τ = \(f.number(m.tau, 3))", "", f.p(m.preferredPValue), note,
            ])
        }
        if let s = t.sen {
            tests.append([
                say(.sensSlope), say(.perYear(f.change(s.slope, decimals: 1))), f.interval(s.interval), "", "",
            ])
        }
        if let p = t.forecast, let period = t.forecastPeriod {
            tests.append([
                say(.forecast(period)), f.value(p.value), f.interval(p.prediction, f.decimals), "",
                say(.predictionInterval95),
            ])
        }
        var tables = [series]
        if !tests.isEmpty {
            tables.append(
                Table(
                    columns: [
                        .init(say(.test)), .init(say(.estimate), .right), .init(say(.confidenceInterval95), .right),
                        .init(say(.p), .right), .init(say(.note), wraps: true),
                    ],
                    rows: tests))
        }
        var notes = [verdict(t, f)]
        if let c = t.changePerYear {
            notes.append(say(.changePerYear(f.change(c, decimals: 1), t.metric.kind)))
        }
        notes += t.omissions.map { say(.notComputed($0)) }
        notes += conflictNotes(t.conflicts, say)
        return output.render(
            tables, notes: notes, title: title, charts: chart.map { [$0] } ?? [], formatter: f, in: env)
    }

    func renderAll(_ table: TrendTable, _ f: Formatter, _ env: Environment) -> String {
        let say = f.say
        let axis = ChartBuilder.axis(table.rows.map(\.points))
        let rows = table.rows.map { row -> [String] in
            let t = row  // n, points, sen, mannKendall: what the table shows, without OLS
            let spark = Sparkline.render(ChartBuilder.aligned(t.points, on: axis), glyphs: f.glyphs)
            let word: String =
                switch row.verdict {
                case .rising: f.mark(better: table.metric.better == .lower ? false : true, say(.trendVerdict(.rising)))
                case .falling:
                    f.mark(better: table.metric.better == .lower ? true : false, say(.trendVerdict(.falling)))
                case .noTrend: say(.trendVerdict(.noTrend))
                case .tooShort: say(.trendVerdict(.tooShort))
                }
            return [
                row.unit, String(t.n), spark, f.value(t.points.first?.value), f.value(t.points.last?.value),
                f.change(t.sen?.slope, decimals: 1), f.p(t.mannKendall?.pValue), f.p(row.pAdjusted), word,
            ]
        }
        let title = say(.trendTableTitle(table.metric, level: table.level))
        let t = Table(
            columns: [
                .init(say(.unit), wraps: true), .init(say(.n), .right), .init(say(.series)),
                .init(say(.first), .right), .init(say(.last), .right),
                .init(say(.sensSlope), .right), .init(say(.pMannKendall), .right), .init(say(.pHolm), .right),
                .init(say(.verdict)),
            ],
            rows: rows)
        let counts = say(
            .trendCounts(
                rising: table.count(.rising), falling: table.count(.falling), noTrend: table.count(.noTrend),
                tooShort: table.count(.tooShort)))
        return output.render([t], notes: [counts], title: title, in: env)
    }
}

/// Owns a value until a background queue drops it.
private final class Disposal<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `value` is only set to nil, once, by the queued block.
    var value: Value?
    init(_ value: consuming Value) { self.value = value }
}

/// Frees `value` (its last owner) on a global queue, so that the caller — the end of a command,
/// and then the process — does not wait while tens of thousands of observations, readings and rows
/// are released.
func releaseInBackground<Value: Sendable>(_ value: consuming Value) {
    let disposal = Disposal(value)
    DispatchQueue.global(qos: .utility).async { disposal.value = nil }
}
