import Analysis
import Messages
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
            (
                "notes",
                jsonNotes(
                    t.omissions, t.conflicts,
                    (t.forecastClipped
                        ? [clippingNote(Formatter(metric: t.metric, lang: .en, localeOverride: .en))] : [])
                        + t.boundaries.map(Finding.acrossBoundary)
                        + (t.onNewBoundary.map { s in
                            [
                                Finding.seriesOnNewBoundary(
                                    unit: t.unit, predecessors: s.predecessors, pooled: s.pooled, dropped: s.dropped,
                                    effective: s.effective)
                            ]
                        } ?? [])
                )
            ),
        ])
    }

    /// The tables of `trend --unit`: the series and the tests (OLS, Mann–Kendall, Sen, the
    /// forecast); notes on the verdict, the change per year, what could not be computed and
    /// conflicting sources.
    func report(_ f: Formatter) -> TableReport {
        let t = self
        let say = f.say
        let title = say(
            .trendTitle(t.metric, unit: t.unit, first: t.points.first?.period, last: t.points.last?.period, n: t.n))
        let series = Table(
            title: say(.series),
            columns: [.init(say(.period)), .init(say(.value), .right)],
            rows: t.points.map { [say.periodLabel($0.period), f.value($0.value)] })
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
        var notes = [verdict(f)]
        if t.forecastClipped { notes.append(say(clippingNote(f))) }
        if let c = t.changePerYear {
            notes.append(say(.changePerYear(f.change(c, decimals: 1), t.metric.kind)))
        }
        notes += t.boundaries.map { say(.acrossBoundary($0)) }
        if let s = t.onNewBoundary {
            notes.append(
                say(
                    .seriesOnNewBoundary(
                        unit: t.unit, predecessors: s.predecessors, pooled: s.pooled, dropped: s.dropped,
                        effective: s.effective)))
        }
        notes += t.omissions.map { say(.notComputed($0)) }
        notes += conflictNotes(t.conflicts, say)
        var report = TableReport(title: title, tables: tables, notes: notes)
        if let first = t.points.first?.period, let last = t.points.last?.period {
            let slope = t.sen?.slope ?? 0
            report.findings = say(
                .trend(
                    unit: t.unit, first: first, last: last, slope: f.number(abs(slope), f.decimals),
                    rising: slope == 0 ? nil : slope > 0, kind: t.metric.kind, verdict: t.verdict,
                    p: t.mannKendall.map { f.p($0.preferredPValue) }, n: t.n))
        }
        return report
    }

    /// The verdict line: rising, falling or no trend by Mann–Kendall, with its p and method — or
    /// too short to conclude, below ``TrendResult/shortestConclusive`` points.
    func verdict(_ f: Formatter) -> String {
        let mk = mannKendall
        let p = mk.map { f.p($0.preferredPValue) }
        let exact = mk?.exactPValue != nil
        if verdict == .tooShort {
            return f.say(.trendTooShort(n: n, p: p, exact: exact, alpha: f.number(0.05, 2)))
        }
        return f.say(.trend(verdict, p: p ?? "—", exact: exact))
    }

    /// What the note on a clipped forecast says: the metric's range and the line's own forecast.
    func clippingNote(_ f: Formatter) -> Finding {
        .forecastClipped(
            range: f.range, value: f.value(unclippedForecast?.value),
            interval: f.interval(unclippedForecast?.prediction, f.decimals))
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
            ("notes", jsonNotes([], [], table.boundaries.map(Finding.acrossBoundary))),
        ])
    }

    /// The table of `trend --all`: one row per unit with a sparkline, Sen's slope, Mann–Kendall p
    /// and its Holm adjustment, and the verdict; a note counts the verdicts.
    func report(_ f: Formatter) -> TableReport {
        let table = self
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
                tooShort: table.count(.tooShort), shortest: TrendResult.shortestConclusive))
        return TableReport(
            title: title, tables: [t], notes: [counts] + table.boundaries.map { say(.acrossBoundary($0)) })
    }
}

extension Formatter {
    /// The metric's valid range in this locale ("0–100", "≥ 1"), as notes on clipping state it.
    var range: String {
        func bound(_ x: Double) -> String { number(x, x == x.rounded() ? 0 : decimals) }
        switch (metric.min, metric.max) {
        case (let lo?, let hi?): return "\(bound(lo))–\(bound(hi))"
        case (let lo?, nil): return "≥ \(bound(lo))"
        case (nil, let hi?): return "≤ \(bound(hi))"
        case (nil, nil): return "—"
        }
    }
}
