import Analysis
import Rendering

extension TrendResult {
    /// The JSON of `trend --unit`, keys in the order of the output contract.
    func json() -> JSONValue {
        let t = self
        return .object([
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

    /// The tables of `trend --unit`: the series and the tests (OLS, Mann–Kendall, Sen, the
    /// forecast); notes on the verdict, the change per year, what could not be computed and
    /// conflicting sources.
    func report(_ f: Formatter) -> TableReport {
        let t = self
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
        var notes = [verdict(f)]
        if let c = t.changePerYear {
            notes.append("\(lang("Change/year")): \(f.change(c, decimals: 1)) \(f.changeUnit) \(lang("per year"))")
        }
        notes += t.reasons.map { "\(lang("Not computed")): \($0)" }
        notes += conflictNotes(t.conflicts, lang)
        return TableReport(title: title, tables: tables, notes: notes)
    }

    /// The verdict line: rising, falling or no trend by Mann–Kendall, with its p and method.
    func verdict(_ f: Formatter) -> String {
        let t = self
        let lang = f.lang
        guard let mk = t.mannKendall else { return lang("too few points") }
        let p = mk.preferredPValue
        let word = p < 0.05 ? (mk.s > 0 ? lang("rising") : lang("falling")) : lang("no trend")
        let pText =
            "p = \(f.p(p)) (\(mk.preferredMethod == "exact" ? (lang == .vi ? "chính xác" : "exact") : (lang == .vi ? "xấp xỉ chuẩn" : "normal approximation")))"
        return "\(lang("Trend")): \(word) — Mann–Kendall \(pText)"
    }
}

extension TrendTable {
    /// The JSON of `trend --all`, keys in the order of the output contract; the rows are made
    /// while they are written.
    func json() -> JSONValue {
        let table = self
        return .object([
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

    /// The table of `trend --all`: one row per unit with a sparkline, Sen's slope, Mann–Kendall p
    /// and its Holm adjustment, and the verdict; a note counts the verdicts.
    func report(_ f: Formatter) -> TableReport {
        let table = self
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
        return TableReport(title: title, tables: [t], notes: [counts])
    }
}
