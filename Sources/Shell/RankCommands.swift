import Analysis
import ArgumentParser
import Panel
import Rendering
import Statistics

struct Rank: Command {
    static let configuration = CommandConfiguration(
        abstract: "The ranking of a period, with rank changes against an earlier one.",
        discussion: """
            rank is the competition rank (1, 2, 2, 4) in the metric's better direction among the
            units with a value; rank change = earlier rank − rank (positive = moved up). Rank
            correlations compare the values of the units present in both periods.
            """)

    @Argument(help: "The metric id, e.g. par_index.")
    var metric: String

    @Option(name: .long, help: ArgumentHelp("The period to rank.", valueName: "period"))
    var period: String

    @Option(
        name: .long,
        help: ArgumentHelp("An earlier period to compare ranks with, or previous / last-year.", valueName: "period"))
    var vs: String?

    @Option(name: .long, help: ArgumentHelp("Show only the first N rows.", valueName: "n"))
    var top: Int?

    @Flag(name: .long, help: "Append the natural chart: a bump chart with --vs, else bars.")
    var chart = false

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func execute(in env: Environment) throws(CommandFailure) {
        let view = try metricView(data, metric, in: env)
        let lang = output.lang ?? env.defaultLanguage
        let f = output.formatter(view.metric, lang, env)
        let result: RankResult
        do {
            let p = try view.lookupPeriod(period)
            let v = try vs.map { text throws(AnalysisError) -> Period in
                switch text {
                case "previous": try view.lookupPeriod(p.predecessor.description)
                case "last-year": try view.lookupPeriod(p.sameLastYear.description)
                default: try view.lookupPeriod(text)
                }
            }
            result = try RankResult(view: view, selection: select.selection, period: p, versus: v, top: top)
        } catch {
            throw error.failure
        }
        if output.format == .json {
            env.out(json(result).rendered)
            return
        }
        let hasOfficial = result.rows.contains { $0.officialRank != nil }
        var columns: [Table.Column] = [
            .init(lang("Rank"), .right), .init(lang("Unit"), wraps: true), .init(lang("Value"), .right),
        ]
        if hasOfficial { columns.append(.init(lang("Official rank"), .right)) }
        if result.versus != nil {
            columns += [
                .init(lang("Prev. value"), .right), .init(lang("Prev. rank"), .right), .init(lang("Change"), .right),
            ]
        }
        let rows = result.rows.map { r -> [String] in
            var cells = [r.rank.map(String.init) ?? "—", r.unit, f.value(r.value)]
            if hasOfficial { cells.append(r.officialRank.map(String.init) ?? "—") }
            if result.versus != nil {
                cells += [f.value(r.previousValue), r.previousRank.map(String.init) ?? "—", arrow(r.rankChange, f)]
            }
            return cells
        }
        let title =
            "\(f.name) · \(result.period)" + (result.versus.map { " vs \($0)" } ?? "")
            + " · \(result.level.map { lang($0.rawValue) } ?? "") · \(f.direction)"
        var notes: [String] = []
        if !result.otherLevels.isEmpty, select.level == nil {
            notes.append(
                "\(lang("Level")): \(result.level.map { lang($0.rawValue) } ?? "—") (\(lang("also present")): \(result.otherLevels.map { lang($0.rawValue) }.joined(separator: ", ")); \(lang("use --level to choose")))"
            )
        }
        if let up = result.biggestRise {
            notes.append(
                "\(lang("Moved up most")): \(up.units.joined(separator: ", ")) (+\(up.places) \(lang("places")))")
        }
        if let down = result.biggestFall {
            notes.append(
                "\(lang("Moved down most")): \(down.units.joined(separator: ", ")) (\(down.places) \(lang("places")))")
        }
        if result.versus != nil {
            if let s = result.spearman, let k = result.kendall {
                notes.append(
                    "\(lang("Rank correlation with the earlier period")): Spearman ρ = \(f.number(s.rho, 3)) (p = \(f.p(s.pValue))), Kendall τ-b = \(f.number(k.tauB, 3)) (p = \(f.p(k.pValue))), n = \(s.n)"
                )
            }
            notes += result.reasons.map { "\(lang("Not computed")): \($0)" }
            if !result.notInBoth.isEmpty {
                notes.append("\(lang("Not in both periods")): \(result.notInBoth.joined(separator: ", "))")
            }
        }
        notes += conflictNotes(result.conflicts, lang)
        var charts: [ChartSpec] = []
        if chart {
            let builder = ChartBuilder(view: view, format: f, glyphs: output.glyphs, width: env.width(output.width))
            if let v = result.versus {
                charts.append(builder.bump(periods: [v, result.period], selection: select.selection))
            } else {
                let valued = result.rows.filter { $0.value != nil }
                charts.append(builder.bars(valued.map(\.unit), valued.compactMap(\.value)))
            }
        }
        env.out(
            output.render(
                [Table(columns: columns, rows: rows)], notes: notes, title: title, charts: charts, formatter: f, in: env
            ))
    }

    func arrow(_ change: Int?, _ f: Formatter) -> String {
        guard let change else { return "—" }
        return change > 0
            ? f.mark(better: true, "\(change)") : change < 0 ? f.mark(better: false, "\(-change)") : f.mark(better: nil)
    }

    func json(_ r: RankResult) -> JSONValue {
        .object([
            ("metric", .string(r.metric.id)), ("period", .string(r.period.description)),
            ("vs", .str(r.versus?.description)),
            ("direction", .string(r.metric.better.rawValue)),
            (
                "rows",
                .array(
                    r.rows.map { row in
                        .object([
                            ("unit", .string(row.unit)), ("value", .num(row.value)), ("rank", .int(row.rank)),
                            ("official_rank", .int(row.officialRank)), ("prev_value", .num(row.previousValue)),
                            ("prev_rank", .int(row.previousRank)), ("rank_change", .int(row.rankChange)),
                        ])
                    })
            ),
            ("spearman", StatisticsJSON.spearman(r.spearman, n: 0)),
            ("kendall", StatisticsJSON.kendall(r.kendall, n: 0)),
            ("not_in_both", .strings(r.notInBoth)),
            ("notes", .strings(r.reasons + r.conflicts)),
        ])
    }
}

struct Compare: Command {
    static let configuration = CommandConfiguration(
        abstract: "A period against another, unit by unit, with paired tests.",
        discussion: """
            change = to − from (percentage points for percent metrics). Paired t-test and
            Wilcoxon signed-rank over the units present in both periods. Rates given with counts
            also get Wilson intervals, a Newcombe interval of the difference and a two-proportion
            z-test per unit (Holm-adjusted over the rows).
            """)

    @Argument(help: "The metric id, e.g. par_index, on_time_rate, par_index_rank.")
    var metric: String

    @Option(name: .long, help: ArgumentHelp("The earlier period.", valueName: "period"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("The later period.", valueName: "period"))
    var to: String

    @Option(
        name: .long,
        help: ArgumentHelp("Pick the earlier period from --to: previous or last-year.", valueName: "previous|last-year")
    )
    var vs: String?

    @Option(name: .long, help: ArgumentHelp("Only this unit.", valueName: "name"))
    var unit: String?

    @Flag(name: .long, help: "Append the natural chart: bars of the changes.")
    var chart = false

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if (from == nil) == (vs == nil) {
            throw ValidationError("give either --from PERIOD or --vs previous|last-year")
        }
        if let vs, vs != "previous", vs != "last-year" {
            throw ValidationError("--vs takes previous or last-year, not '\(vs)'")
        }
    }

    func execute(in env: Environment) throws(CommandFailure) {
        let view = try metricView(data, metric, in: env)
        let lang = output.lang ?? env.defaultLanguage
        let f = output.formatter(view.metric, lang, env)
        let result: CompareResult
        do {
            let later = try view.lookupPeriod(to)
            let earlier: Period
            if let from {
                earlier = try view.lookupPeriod(from)
            } else {
                earlier = try view.lookupPeriod(
                    (vs == "last-year" ? later.sameLastYear : later.predecessor).description)
            }
            let index = try unit.map { name throws(AnalysisError) in
                try view.lookupUnit(name, selection: select.selection)
            }
            result = try CompareResult(view: view, selection: select.selection, from: earlier, to: later, unit: index)
        } catch {
            throw error.failure
        }
        if output.format == .json {
            env.out(json(result).rendered)
            return
        }
        let withCounts = result.rows.contains { $0.counts != nil }
        var columns: [Table.Column] = [
            .init(lang("Unit"), wraps: true), .init("\(result.from)", .right), .init("\(result.to)", .right),
            .init(lang("Change"), .right), .init(lang("Change %"), .right), .init(lang("Improved")),
        ]
        if withCounts {
            columns += [
                .init(lang("Newcombe 95% (diff.)"), .right), .init("p", .right), .init(lang("p (Holm)"), .right),
            ]
        }
        let rows = result.rows.map { r -> [String] in
            let mark: String =
                switch r.improved {
                case true?: f.mark(better: true, lang("yes"))
                case false? where r.change == 0: f.mark(better: nil)
                case false?: f.mark(better: false, lang("no"))
                case nil: "—"
                }
            var cells = [
                r.unit, f.value(r.from), f.value(r.to), f.change(r.change),
                f.change(r.pctChange.map { $0 }, decimals: 0) + "%", mark,
            ]
            if withCounts {
                cells += [
                    f.interval(r.counts?.differenceInterval, f.decimals), f.p(r.counts?.pValue),
                    f.p(r.counts?.pAdjusted),
                ]
            }
            return cells
        }
        let title =
            "\(f.name) · \(result.from) → \(result.to) · \(result.level.map { lang($0.rawValue) } ?? "") · \(f.direction)"
        var notes: [String] = []
        notes.append(
            lang == .vi
                ? "Thay đổi tính bằng \(f.changeUnit). \(result.improvedCount) đơn vị cải thiện, \(result.worsenedCount) giảm sút."
                : "Changes are in \(f.changeUnit). \(result.improvedCount) improved, \(result.worsenedCount) worsened.")
        if let t = result.pairedT {
            notes.append(
                "\(lang("Paired t-test")): \(lang == .vi ? "thay đổi trung bình" : "mean change") \(f.change(t.meanDifference, decimals: 1)) \(f.interval(t.interval)), t = \(f.number(t.t, 2)), df = \(t.degreesOfFreedom), p = \(f.p(t.pValue))"
            )
        }
        if let w = result.wilcoxon {
            notes.append(
                "\(lang("Wilcoxon signed-rank")): W = \(f.number(w.statistic, 1)), p = \(f.p(w.pValue)) (\(w.pMethod.rawValue)), n = \(w.nUsed)"
            )
        }
        notes += result.reasons.map { "\(lang("Not computed")): \($0)" }
        if !result.notInBoth.isEmpty {
            notes.append("\(lang("Not in both periods")): \(result.notInBoth.joined(separator: ", "))")
        }
        notes += conflictNotes(result.conflicts, lang)
        let charts =
            chart
            ? [
                ChartBuilder(view: view, format: f, glyphs: output.glyphs, width: env.width(output.width)).bars(
                    result.rows.map(\.unit), result.rows.map(\.change))
            ]
            : []
        env.out(
            output.render(
                [Table(columns: columns, rows: rows)], notes: notes, title: title, charts: charts, formatter: f, in: env
            ))
    }

    func json(_ r: CompareResult) -> JSONValue {
        .object([
            ("metric", .string(r.metric.id)), ("from", .string(r.from.description)), ("to", .string(r.to.description)),
            (
                "rows",
                .array(
                    r.rows.map { row in
                        var members: [(String, JSONValue)] = [
                            ("unit", .string(row.unit)), ("from_value", .num(row.from)), ("to_value", .num(row.to)),
                            ("change", .num(row.change)), ("pct_change", .num(row.pctChange)),
                            ("improved", row.improved.map(JSONValue.bool) ?? .null),
                        ]
                        if let c = row.counts {
                            members += [
                                ("from_ci95", .pair(c.fromInterval.lower, c.fromInterval.upper)),
                                ("to_ci95", .pair(c.toInterval.lower, c.toInterval.upper)),
                                ("diff_ci95", .pair(c.differenceInterval.lower, c.differenceInterval.upper)),
                                ("p_value", .num(c.pValue)), ("p_adjusted", .num(c.pAdjusted)),
                            ]
                        }
                        return .object(members)
                    })
            ),
            (
                "paired_t",
                r.pairedT.map { t in
                    .object([
                        ("t", .num(t.t)), ("df", .int(t.degreesOfFreedom)), ("p_value", .num(t.pValue)),
                        ("mean_change", .num(t.meanDifference)), ("ci95", .pair(t.interval.lower, t.interval.upper)),
                    ])
                } ?? .null
            ),
            (
                "wilcoxon",
                r.wilcoxon.map { w in
                    .object([
                        ("statistic", .num(w.statistic)), ("p_value", .num(w.pValue)),
                        ("method", .string(w.pMethod.rawValue)), ("n", .int(w.n)),
                    ])
                } ?? .null
            ),
            ("not_in_both", .strings(r.notInBoth)),
            ("notes", .strings(r.reasons + r.conflicts)),
        ])
    }
}

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
        let a = try metricView(data, first, in: env)
        let lang = output.lang ?? env.defaultLanguage
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
                    ("notes", .strings(result.reasons)),
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
        var notes = result.reasons.map { "\(lang("Not computed")): \($0)" }
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

/// Counts of `values` in `bins` equal-width bins between their min and max (a flat sample is one
/// bin); empty bins are nil.
func histogram(_ values: [Double], bins: Int) -> [Double?] {
    guard let lo = values.min(), let hi = values.max(), hi > lo, bins > 0 else { return [Double(values.count)] }
    var counts = [Double](repeating: 0, count: bins)
    for v in values { counts[min(bins - 1, Int((v - lo) / (hi - lo) * Double(bins)))] += 1 }
    // An empty bin is blank, not the lowest bar.
    return counts.map { $0 == 0 ? nil : $0 }
}

struct Distribution: Command {
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
        let view = try metricView(data, metric, in: env)
        let lang = output.lang ?? env.defaultLanguage
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
