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
        // ArgumentParser validates before the environment is known: English unless --lang says otherwise.
        let say = Catalog(output.lang ?? .en)
        if (from == nil) == (vs == nil) { throw ValidationError(say(.fromOrVs)) }
        if let vs, vs != "previous", vs != "last-year" { throw ValidationError(say(.vsTakes(vs))) }
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
            throw error.failure
        }
        if output.format == .json {
            env.out(json(result).rendered)
            return
        }
        let withCounts = result.rows.contains { $0.counts != nil }
        var columns: [Table.Column] = [
            .init(say(.unit), wraps: true), .init("\(result.from)", .right), .init("\(result.to)", .right),
            .init(say(.change), .right), .init(say(.changePercent), .right), .init(say(.improved)),
        ]
        if withCounts {
            columns += [
                .init(say(.newcombeDifference), .right), .init(say(.p), .right), .init(say(.pHolm), .right),
            ]
        }
        let rows = result.rows.map { r -> [String] in
            let mark: String =
                switch r.improved {
                case true?: f.mark(better: true, say(.yes))
                case false? where r.change == 0: f.mark(better: nil)
                case false?: f.mark(better: false, say(.no))
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
        let title = say(.compareTitle(view.metric, from: result.from, to: result.to, level: result.level))
        var notes: [String] = []
        notes.append(
            say(.changes(view.metric.kind, improved: result.improvedCount, worsened: result.worsenedCount)))
        if let t = result.pairedT {
            notes.append(
                say(
                    .pairedT(
                        meanChange: f.change(t.meanDifference, decimals: 1), interval: f.interval(t.interval),
                        t: f.number(t.t, 2), df: t.degreesOfFreedom, p: f.p(t.pValue))))
        }
        if let w = result.wilcoxon {
            notes.append(
                say(.wilcoxon(w: f.number(w.statistic, 1), p: f.p(w.pValue), method: w.pMethod, n: w.nUsed)))
        }
        notes += result.omissions.map { say(.notComputed($0)) }
        if !result.notInBoth.isEmpty { notes.append(say(.notInBothPeriods(result.notInBoth))) }
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
