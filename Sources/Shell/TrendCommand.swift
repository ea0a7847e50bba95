import Analysis
import ArgumentParser
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
        if all == (unit != nil) { throw ValidationError("give either --unit NAME or --all") }
    }

    func execute(in env: Environment) throws(CommandFailure) {
        let view = try metricView(data, metric, in: env)
        let lang = output.lang ?? env.defaultLanguage
        let f = output.formatter(view.metric, lang, env)
        do throws(AnalysisError) {
            let fromPeriod = try from.map { text throws(AnalysisError) in try view.lookupPeriod(text) }
            let toPeriod = try to.map { text throws(AnalysisError) in try view.lookupPeriod(text) }
            if all {
                let table = try TrendTable(view: view, selection: select.selection, from: fromPeriod, to: toPeriod)
                env.out(output.format == .json ? allJSON(table).rendered : renderAll(table, f, env))
            } else if let unit {
                let index = try view.lookupUnit(unit, selection: select.selection)
                let keys = Set(
                    view.readings.filter { $0.unit == index && $0.value != nil }.map {
                        SeriesKey(unit: index, tier: $0.tier)
                    })
                let tiers = select.tier.map { [SeriesKey(unit: index, tier: $0)] } ?? keys.sorted()
                guard !tiers.isEmpty else {
                    throw AnalysisError.noData("\(view.panel.units.units[index].name) has no \(view.metric.id) figures")
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
            ("notes", .strings(t.reasons + t.conflicts)),
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
        let lang = f.lang
        guard let mk = t.mannKendall else { return lang("too few points") }
        let p = mk.preferredPValue
        let word = p < 0.05 ? (mk.s > 0 ? lang("rising") : lang("falling")) : lang("no trend")
        let pText =
            "p = \(f.p(p)) (\(mk.preferredMethod == "exact" ? (lang == .vi ? "chính xác" : "exact") : (lang == .vi ? "xấp xỉ chuẩn" : "normal approximation")))"
        return "\(lang("Trend")): \(word) — Mann–Kendall \(pText)"
    }

    func renderOne(_ t: TrendResult, _ f: Formatter, _ env: Environment, chart: ChartSpec? = nil) -> String {
        let lang = f.lang
        let span = t.points.isEmpty ? "" : " · \(t.points[0].period)–\(t.points[t.points.count - 1].period)"
        let title = "\(f.name) · \(t.unit)\(span) · n = \(t.n)"
        let series = Table(
            title: lang("Series"),
            columns: [.init(lang("Period")), .init(lang("Value"), .right)],
            rows: t.points.map { [$0.period.description, f.value($0.value)] })
        let perYear = lang("per year")
        var tests: [[String]] = []
        if let o = t.ols {
            tests.append([
                lang("OLS slope"), "\(f.change(o.slope, decimals: 1)) \(perYear)", f.interval(o.slopeInterval),
                f.p(o.pValue), "R² = \(f.number(o.rSquared, 3))",
            ])
        }
        if let m = t.mannKendall {
            let note =
                m.exactPValue != nil
                ? (lang == .vi ? "p chính xác" : "exact p")
                : (lang == .vi ? "xấp xỉ chuẩn, hiệu chỉnh liên tục" : "normal approx., continuity corr.")
            tests.append([
                lang("Mann–Kendall"), "S = \(m.s), τ = \(f.number(m.tau, 3))", "", f.p(m.preferredPValue), note,
            ])
        }
        if let s = t.sen {
            tests.append([
                lang("Sen's slope"), "\(f.change(s.slope, decimals: 1)) \(perYear)", f.interval(s.interval), "", "",
            ])
        }
        if let p = t.forecast, let period = t.forecastPeriod {
            tests.append([
                lang("Forecast") + " \(period)", f.value(p.value), f.interval(p.prediction, f.decimals), "",
                lang == .vi ? "khoảng dự báo 95%" : "95% prediction interval",
            ])
        }
        var tables = [series]
        if !tests.isEmpty {
            tables.append(
                Table(
                    columns: [
                        .init(lang("Test")), .init(lang("Estimate"), .right), .init(lang("95% CI"), .right),
                        .init("p", .right), .init(lang("Note"), wraps: true),
                    ],
                    rows: tests))
        }
        var notes = [verdict(t, f)]
        if let c = t.changePerYear {
            notes.append("\(lang("Change/year")): \(f.change(c, decimals: 1)) \(f.changeUnit) \(lang("per year"))")
        }
        notes += t.reasons.map { "\(lang("Not computed")): \($0)" }
        notes += conflictNotes(t.conflicts, lang)
        return output.render(
            tables, notes: notes, title: title, charts: chart.map { [$0] } ?? [], formatter: f, in: env)
    }

    func renderAll(_ table: TrendTable, _ f: Formatter, _ env: Environment) -> String {
        let lang = f.lang
        let axis = ChartBuilder.axis(table.rows.map(\.points))
        let rows = table.rows.map { row -> [String] in
            let t = row  // n, points, sen, mannKendall: what the table shows, without OLS
            let spark = Sparkline.render(ChartBuilder.aligned(t.points, on: axis), glyphs: f.glyphs)
            let word: String =
                switch row.verdict {
                case .rising: f.mark(better: table.metric.better == .lower ? false : true, lang("rising"))
                case .falling: f.mark(better: table.metric.better == .lower ? true : false, lang("falling"))
                case .noTrend: lang("no trend")
                case .tooShort: lang("too few points")
                }
            return [
                row.unit, String(t.n), spark, f.value(t.points.first?.value), f.value(t.points.last?.value),
                f.change(t.sen?.slope, decimals: 1), f.p(t.mannKendall?.pValue), f.p(row.pAdjusted), word,
            ]
        }
        let title = "\(f.name) · \(lang("Trend")) · \(table.level.map { lang($0.rawValue) } ?? "")"
        let t = Table(
            columns: [
                .init(lang("Unit"), wraps: true), .init("n", .right), .init(lang("Series")),
                .init(lang("First"), .right), .init(lang("Last"), .right),
                .init(lang("Sen's slope"), .right), .init("p (MK)", .right), .init(lang("p (Holm)"), .right),
                .init(lang("Verdict")),
            ],
            rows: rows)
        let counts =
            lang == .vi
            ? "\(table.count(.rising)) tăng, \(table.count(.falling)) giảm, \(table.count(.noTrend)) không có xu hướng, \(table.count(.tooShort)) quá ít điểm (p Holm < 0,05; Mann–Kendall xấp xỉ chuẩn)."
            : "\(table.count(.rising)) rising, \(table.count(.falling)) falling, \(table.count(.noTrend)) no trend, \(table.count(.tooShort)) too few points (Holm-adjusted p < 0.05; Mann–Kendall, normal approximation)."
        return output.render([t], notes: [counts], title: title, in: env)
    }
}
