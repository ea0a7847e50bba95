import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering
import Statistics

/// Builds the charts of the analyses (shared by `chart` and the `--chart` flags).
struct ChartBuilder {
    var view: MetricView
    var format: Formatter
    var glyphs: Glyphs
    var width: Int

    func value(_ x: Double) -> String { format.number(x, format.decimals) }

    /// Every period from `first` to `last` of the same kind (so gaps show as gaps).
    static func periods(from first: Period, to last: Period) -> [Period] {
        var out = [first]
        while let p = out.last, p < last, out.count < 400 { out.append(p.successor) }
        return out
    }

    /// Every period from the earliest to the latest of `series` (empty when there are none).
    static func axis(_ series: [[TrendResult.Point]]) -> [Period] {
        let all = series.flatMap { $0.map(\.period) }
        guard let first = all.min(), let last = all.max() else { return [] }
        return periods(from: first, to: last)
    }

    /// The values of `points` at each period of `axis`; nil where a period has none (a gap).
    static func aligned(_ points: [TrendResult.Point], on axis: [Period]) -> [Double?] {
        let byPeriod = Dictionary(points.map { ($0.period, $0.value) }, uniquingKeysWith: { a, _ in a })
        return axis.map { byPeriod[$0] }
    }

    /// Which fitted line a trend chart draws.
    enum Fit: String, ExpressibleByArgument, CaseIterable { case ols, sen, none }

    /// A line chart of one trend: the series, its fitted line and the OLS forecast; the y axis
    /// stays within the metric's valid range (a percent never goes below 0 or above 100).
    func trend(_ t: TrendResult, target: Double? = nil, fit: Fit = .ols) -> ChartSpec {
        let axis = Self.axis([t.points])
        guard !axis.isEmpty else { return .line(LineChart(xLabels: [], series: [])) }
        var chart = LineChart(
            title: nil, xLabels: axis.map(format.say.periodLabel),
            series: [.init(name: t.unit, values: Self.aligned(t.points, on: axis))])
        switch fit {
        case .ols:
            if let ols = t.ols {
                chart.fitted = axis.map { ols.intercept + ols.slope * $0.decimalStart }
                chart.fittedName = "OLS"
            }
        case .sen:
            if let sen = t.sen {
                chart.fitted = axis.map { sen.intercept + sen.slope * $0.decimalStart }
                chart.fittedName = "Sen"
            }
        case .none:
            break
        }
        if let f = t.forecast, let p = t.forecastPeriod {
            chart.forecast = .init(
                label: format.say.periodLabel(p), value: f.value, lower: f.prediction.lower, upper: f.prediction.upper)
        }
        chart.target = target
        chart.targetName = format.say(.targetLine)
        (chart.minimum, chart.maximum) = (view.metric.min, view.metric.max)
        return .line(chart)
    }

    /// Several units' series on one chart.
    func lines(_ units: [(name: String, points: [TrendResult.Point])], target: Double?) -> ChartSpec {
        let axis = Self.axis(units.map(\.points))
        guard !axis.isEmpty else { return .line(LineChart(xLabels: [], series: [])) }
        let series = units.map { LineChart.Series(name: $0.name, values: Self.aligned($0.points, on: axis)) }
        var chart = LineChart(xLabels: axis.map(format.say.periodLabel), series: series)
        chart.target = target
        chart.targetName = format.say(.targetLine)
        (chart.minimum, chart.maximum) = (view.metric.min, view.metric.max)
        return .line(chart)
    }

    func bars(_ labels: [String], _ values: [Double], highlight: String? = nil) -> ChartSpec {
        .bar(BarChart(labels: labels, values: values, highlight: highlight))
    }

    func bump(periods: [Period], selection: Selection) -> ChartSpec {
        let peers = view.peers(selection).readings
        let order: Ranking.Order = view.metric.better == .lower ? .ascending : .descending
        var ranks: [Int: [Int?]] = [:]
        for (k, p) in periods.enumerated() {
            let here = peers.filter { $0.period == p && $0.value != nil }
            let r = Ranking.ranks(here.compactMap(\.value), method: .competition, order: order)
            for (reading, rank) in zip(here, r) {
                ranks[reading.unit, default: Array(repeating: nil, count: periods.count)][k] = Int(rank)
            }
        }
        func lastRank(_ r: [Int?]) -> Int { (r.last ?? nil) ?? Int.max }
        let sorted = ranks.sorted { lastRank($0.value) < lastRank($1.value) }
        let lines: [BumpChart.Line] = sorted.map {
            BumpChart.Line(name: view.panel.units.units[$0.key].name, ranks: $0.value)
        }
        return .bump(BumpChart(periods: periods.map(format.say.periodLabel), lines: lines))
    }
}
