import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering

struct Chart: Command {
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case line, bar, bump, heat, dots
    }

    static var configuration: CommandConfiguration { .catalog(.chart) }

    @Argument(help: .catalog(.chartKind, value: .kind))
    var kind: Kind
    @Argument(help: .catalog(.metricID, value: .metric))
    var metric: String

    @Option(name: .long, help: .catalog(.chartUnit, value: .name))
    var unit: [String] = []
    @Option(name: .long, help: .catalog(.chartPeriod, value: .period))
    var period: String?
    @Option(name: .long, help: .catalog(.chartVs, value: .period))
    var vs: String?
    @Option(name: .long, help: .catalog(.chartFrom, value: .period))
    var from: String?
    @Option(name: .long, help: .catalog(.chartTo, value: .period))
    var to: String?
    @Option(name: .long, help: .catalog(.chartTarget, value: .targetValue))
    var target: Double?
    @Option(name: .long, help: .catalog(.chartHighlight, value: .name))
    var highlight: String?
    @Option(name: .long, help: .catalog(.chartTop, value: .n))
    var top: Int?
    @Option(name: .long, help: .catalog(.chartFit, value: .fit))
    var fit: ChartBuilder.Fit?

    @OptionGroup var select: SelectionOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func execute(in env: Environment) throws(CommandFailure) {
        guard output.format != .xlsx else { throw .usage(.chartHasNoWorkbook, hint: nil) }
        let (view, f) = try output.analysis(of: metric, data, select, in: env)
        let say = f.say
        let builder = ChartBuilder(view: view, format: f, glyphs: output.glyphs, width: env.width(output.width))
        let selection = select.selection
        let fromPeriod: Period?
        let toPeriod: Period?
        do {
            fromPeriod = try from.map { s throws(AnalysisError) in try view.lookupPeriod(s) }
            toPeriod = try to.map { s throws(AnalysisError) in try view.lookupPeriod(s) }
        } catch {
            throw error.failure
        }
        /// An option this kind of chart needs is missing.
        func missing(_ option: Usage) -> CommandFailure { .usage(option, hint: .checkSelection) }
        var spec: ChartSpec
        var title = f.name
        // Statements under the chart: the units it draws across a reorganisation.
        var notes: [Finding] = []
        switch kind {
        case .line:
            guard !unit.isEmpty else { throw missing(.lineChartNeedsUnit) }
            do {
                var units: [(name: String, points: [TrendResult.Point])] = []
                for name in unit {
                    let index = try view.lookupUnit(name, selection: selection)
                    let points = TrendResult.series(
                        view, unit: index, tier: selection.tier, from: fromPeriod, to: toPeriod)
                    units.append((view.panel.units.units[index].name, points))
                    // A series drawn across a reorganisation says so under the chart.
                    if let first = points.first?.period, let last = points.last?.period {
                        let key = SeriesKey(unit: index, tier: selection.tier)
                        notes += view.boundaryNotes([key], earlier: first, later: last).map(Finding.acrossBoundary)
                    }
                }
                if let fit, units.count == 1, let only = units.first {
                    spec = builder.trend(
                        TrendResult(metric: view.metric, unit: only.name, points: only.points), target: target, fit: fit
                    )
                } else {
                    spec = builder.lines(units, target: target)
                }
            } catch {
                throw error.failure
            }
        case .bar:
            guard let period else { throw missing(.barChartNeedsPeriod) }
            do {
                let p = try view.lookupPeriod(period)
                if let vs {
                    let r = try CompareResult(
                        view: view, selection: selection, from: try view.lookupPeriod(vs), to: p, unit: nil)
                    let rows = top.map { Array(r.rows.prefix($0)) } ?? r.rows
                    title = say(.changeChartTitle(view.metric, from: r.from, to: r.to))
                    notes = r.boundaryFindings
                    spec = builder.bars(rows.map(\.unit), rows.map(\.change), highlight: highlight)
                } else {
                    let r = try RankResult(view: view, selection: selection, period: p, versus: nil, top: top)
                    let rows = r.rows.filter { $0.value != nil }
                    title = say(.periodChartTitle(view.metric, period: p))
                    spec = builder.bars(rows.map(\.unit), rows.compactMap(\.value), highlight: highlight)
                }
            } catch {
                throw error.failure
            }
        case .bump:
            guard let fromPeriod, let toPeriod else { throw missing(.bumpChartNeedsPeriods) }
            let present = Set(view.peers(selection).readings.filter { $0.value != nil }.map(\.period))
            let periods = ChartBuilder.periods(from: fromPeriod, to: toPeriod).filter(present.contains)
            title = say(.rankChartTitle(view.metric))
            spec = builder.bump(periods: periods, selection: selection)
            if let first = periods.first, let last = periods.last {
                let keys = view.peers(selection).readings.filter { $0.period == last && $0.value != nil }.map {
                    SeriesKey(unit: $0.unit, tier: $0.tier)
                }
                notes = view.boundaryNotes(keys, earlier: first, later: last).map(Finding.acrossBoundary)
            }
        case .heat:
            let peers = view.peers(selection).readings.filter { r in
                r.value != nil && (fromPeriod.map { r.period >= $0 } ?? true)
                    && (toPeriod.map { r.period <= $0 } ?? true)
            }
            guard let first = peers.map(\.period).min(), let last = peers.map(\.period).max() else {
                throw AnalysisError.noData(.noFigures(metric: view.metric.id, periods: [])).failure
            }
            let axis = ChartBuilder.periods(from: first, to: last)
            var table: [Int: [Period: Double]] = [:]
            for r in peers { table[r.unit, default: [:]][r.period] = r.value }
            // By the last period's value, best first; units without it after them, by name (the
            // order, and so --top, must not depend on a dictionary's order).
            let names = view.panel.units.units.map { Names.fold($0.name) }
            var units = table.keys.sorted { a, b in
                let (x, y) = (table[a]?[last] ?? -.infinity, table[b]?[last] ?? -.infinity)
                return x != y ? x > y : (names[a], a) < (names[b], b)
            }
            if let top { units = Array(units.prefix(top)) }
            spec = .heat(
                Heatmap(
                    rowLabels: units.map { view.panel.units.units[$0].name }, columnLabels: axis.map(f.say.periodLabel),
                    values: units.map { u in axis.map { table[u]?[$0] } }))
        case .dots:
            guard let period else { throw missing(.dotChartNeedsPeriod) }
            let p: Period
            do { p = try view.lookupPeriod(period) } catch { throw error.failure }
            var rows = view.peers(selection).readings.filter { $0.period == p && $0.value != nil }.map {
                r -> DotIntervalChart.Row in
                let w = view.wilsonInterval(r)
                return DotIntervalChart.Row(
                    label: view.panel.units.units[r.unit].name, value: r.value ?? 0, lower: w?.lower,
                    upper: w?.upper)
            }
            rows.sort { view.metric.better == .lower ? $0.value < $1.value : $0.value > $1.value }
            if let top { rows = Array(rows.prefix(top)) }
            title = say(.periodChartTitle(view.metric, period: p))
            var chart = DotIntervalChart(rows: rows, target: target)
            chart.targetName = f.say(.targetLine)
            spec = .dots(chart)
        }
        spec = spec.saying(empty: f.say(.noData))
        let statements = notes.map { say($0) }
        let under = statements.isEmpty ? "" : "\n" + statements.joined(separator: "\n") + "\n"
        switch output.format {
        case .html:
            env.out(
                output.render(
                    TableReport(title: title, tables: [], notes: statements), charts: [spec], formatter: f, in: env))
        case .markdown:
            env.out(
                "```\n" + title + "\n"
                    + spec.text(width: builder.width, glyphs: output.glyphs, locale: f.locale, format: builder.value)
                    + "```\n" + under)
        default:
            env.out(
                title + "\n"
                    + spec.text(width: builder.width, glyphs: output.glyphs, locale: f.locale, format: builder.value)
                    + under)
        }
    }
}
