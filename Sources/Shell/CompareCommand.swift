import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering
import Statistics

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
        let lang = output.lang ?? env.defaultLanguage
        let say = Catalog(lang)
        let view = try metricView(data, metric, say, in: env)
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
            throw error.failure(say)
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
        notes += result.omissions.map { say(.notComputed($0)) }
        if !result.notInBoth.isEmpty {
            notes.append("\(lang("Not in both periods")): \(result.notInBoth.joined(separator: ", "))")
        }
        notes += conflictNotes(result.conflicts, say)
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
            ("notes", jsonNotes(r.omissions, r.conflicts)),
        ])
    }
}
