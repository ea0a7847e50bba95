import Analysis
import ArgumentParser
import Messages
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
        let lang = output.lang ?? env.defaultLanguage
        let say = Catalog(lang)
        let view = try metricView(data, metric, say, in: env)
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
            .init(say(.rank), .right), .init(say(.unit), wraps: true), .init(say(.value), .right),
        ]
        if hasOfficial { columns.append(.init(say(.officialRank), .right)) }
        if result.versus != nil {
            columns += [
                .init(say(.previousValue), .right), .init(say(.previousRank), .right), .init(say(.change), .right),
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
        let title = say(.rankTitle(view.metric, period: result.period, versus: result.versus, level: result.level))
        var notes: [String] = []
        if !result.otherLevels.isEmpty, select.level == nil {
            notes.append(say(.levelChoice(result.level, others: result.otherLevels)))
        }
        if let up = result.biggestRise {
            notes.append(say(.movedUpMost(up.units, places: up.places)))
        }
        if let down = result.biggestFall {
            notes.append(say(.movedDownMost(down.units, places: down.places)))
        }
        if result.versus != nil {
            if let s = result.spearman, let k = result.kendall {
                notes.append(
                    say(
                        .rankCorrelation(
                            rho: f.number(s.rho, 3), rhoP: f.p(s.pValue), tau: f.number(k.tauB, 3), tauP: f.p(k.pValue),
                            n: s.n)))
            }
            notes += result.omissions.map { say(.notComputed($0)) }
            if !result.notInBoth.isEmpty {
                notes.append(say(.notInBothPeriods(result.notInBoth)))
            }
        }
        notes += conflictNotes(result.conflicts, say)
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
            ("notes", jsonNotes(r.omissions, r.conflicts)),
        ])
    }
}
