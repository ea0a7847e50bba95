import Panel
import Statistics

/// One unit's series of a metric with its trend tests.
///
/// x is the start of each period in decimal years (2019 → 2019.0, 2019-H2 → 2019.5), so gaps
/// in the series are real gaps in x. The tests are those of the Statistics module:
/// OLS as `scipy.stats.linregress`, Mann–Kendall as `pymannkendall.original_test` (with the exact
/// p when untied and n ≤ 40), Sen's slope as `scipy.stats.theilslopes`; the forecast is the OLS
/// line at the next period of the same kind with its 95 % prediction interval.
public struct TrendResult: Sendable {
    public struct Point: Hashable, Sendable {
        public var period: Period
        public var value: Double
    }

    public var metric: Metric
    public var unit: String
    public var points: [Point]
    public var ols: LinearTrend?
    public var mannKendall: MannKendall?
    public var sen: SenSlope?
    public var forecastPeriod: Period?
    public var forecast: LinearPrediction?
    /// (last − first) / (x_last − x_first): the average change per year, in the metric's unit
    /// (percentage points for a percent metric).
    public var changePerYear: Double?
    /// Why a statistic is missing, one sentence each.
    public var reasons: [String]
    public var conflicts: [String]

    public var n: Int { points.count }

    /// Runs the tests on `points` (sorted by period; periods without a value are already out).
    public init(metric: Metric, unit: String, points: [Point], conflicts: [String] = []) {
        self.metric = metric
        self.unit = unit
        self.points = points
        self.conflicts = conflicts
        reasons = []
        let x = points.map(\.period.decimalStart)
        let y = points.map(\.value)
        guard points.count >= 3 else {
            reasons.append("\(points.count) point\(points.count == 1 ? "" : "s"): trend tests need at least 3")
            if points.count == 2 { changePerYear = Self.change(x, y) }
            return
        }
        changePerYear = Self.change(x, y)
        do { ols = try LinearTrend(x: x, y: y) } catch { reasons.append(error.description) }
        do { mannKendall = try MannKendall(y) } catch { reasons.append(error.description) }
        do { sen = try SenSlope(x: x, y: y) } catch { reasons.append(error.description) }
        if let ols, let last = points.last {
            let next = last.period.successor
            if let prediction = try? ols.predict(at: next.decimalStart) {
                forecastPeriod = next
                forecast = prediction
            }
        }
        if ols?.pValue == nil, ols != nil { reasons.append("all values are equal: the line is flat and has no p-value") }
    }

    static func change(_ x: [Double], _ y: [Double]) -> Double? {
        guard let x0 = x.first, let x1 = x.last, x1 > x0, let y0 = y.first, let y1 = y.last else { return nil }
        return (y1 - y0) / (x1 - x0)
    }

    /// The series of one unit of a view, between two periods (inclusive) when given.
    public static func series(_ view: MetricView, unit: Int, tier: Tier?, from: Period?, to: Period?) -> [Point] {
        points(view.readings.filter { $0.unit == unit && (tier == nil || $0.tier == tier) }, from: from, to: to)
    }

    /// The readings with a value between two periods (inclusive), as points sorted by period.
    static func points(_ readings: [Reading], from: Period?, to: Period?) -> [Point] {
        readings
            .filter { r in r.value != nil && (from.map { r.period >= $0 } ?? true) && (to.map { r.period <= $0 } ?? true) }
            .sorted { $0.period < $1.period }
            .compactMap { r in r.value.map { Point(period: r.period, value: $0) } }
    }
}

/// The trend of every unit of a peer group: one row per unit, sorted by Sen's slope.
///
/// Each unit's Mann–Kendall p (normal approximation, as pymannkendall) is adjusted with Holm's
/// method over the units that have one; a unit rises or falls when its adjusted p < 0.05.
public struct TrendTable: Sendable {
    public enum Verdict: String, Sendable, Hashable {
        case rising, falling, noTrend = "no_trend", tooShort = "too_short"
    }

    public struct Row: Sendable {
        public var unit: String
        public var key: SeriesKey
        public var trend: TrendResult
        public var pAdjusted: Double?
        public var verdict: Verdict
    }

    public var metric: Metric
    public var level: UnitLevel?
    public var rows: [Row]
    public var alpha = 0.05

    public func count(_ verdict: Verdict) -> Int { rows.filter { $0.verdict == verdict }.count }

    public init(view: MetricView, selection: Selection, from: Period?, to: Period?) throws(AnalysisError) {
        let peers = view.peers(selection)
        metric = view.metric
        level = peers.level
        let grouped = Dictionary(grouping: peers.readings.filter { $0.value != nil }) { SeriesKey(unit: $0.unit, tier: $0.tier) }
        let keys = Set(grouped.keys)
        guard !keys.isEmpty else { throw .noData("no \(view.metric.id) figures in this selection") }
        var rows: [Row] = keys.sorted().map { key in
            let points = TrendResult.points(grouped[key] ?? [], from: from, to: to)
            let label = view.label(key, among: keys)
            let trend = TrendResult(metric: view.metric, unit: label, points: points)
            return Row(unit: label, key: key, trend: trend, pAdjusted: nil, verdict: .tooShort)
        }
        let tested = rows.indices.filter { rows[$0].trend.mannKendall != nil }
        let adjusted = (try? MultipleTesting.holm(tested.compactMap { rows[$0].trend.mannKendall?.pValue })) ?? []
        for (i, p) in zip(tested, adjusted) {
            rows[i].pAdjusted = p
            let s = rows[i].trend.mannKendall?.s ?? 0
            rows[i].verdict = p < alpha && s > 0 ? .rising : p < alpha && s < 0 ? .falling : .noTrend
        }
        rows.sort { a, b in
            switch (a.trend.sen?.slope, b.trend.sen?.slope) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return Names.fold(a.unit) < Names.fold(b.unit)
            }
        }
        self.rows = rows
    }
}
