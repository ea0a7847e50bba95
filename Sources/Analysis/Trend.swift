import Dispatch
import Panel
import Statistics

/// One unit's series of a metric with its trend tests.
///
/// x is the start of each period in decimal years (2019 → 2019.0, 2019-H2 → 2019.5), so gaps
/// in the series are real gaps in x. The tests are those of the Statistics module:
/// OLS as `scipy.stats.linregress`, Mann–Kendall as `pymannkendall.original_test` (with the exact
/// p when untied and n ≤ 40), Sen's slope as `scipy.stats.theilslopes`; the forecast is the OLS
/// line at the next period of the same kind with its 95 % prediction interval, clipped to the
/// metric's range (a score out of 100 is never forecast at 102.94).
///
/// The verdict is Mann–Kendall's at p < 0.05, except that a series of fewer than
/// ``shortestConclusive`` points is too short to conclude: with n points the smallest two-sided
/// p is 2/n! (1/3 at 3 points, 1/12 at 4), so "no trend" would claim more than the data can say.
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
    /// The forecast, its value and intervals clipped to the metric's range (``forecastClipped``).
    public var forecast: LinearPrediction?
    /// The forecast as the OLS line gives it, before clipping.
    public var unclippedForecast: LinearPrediction?
    /// Whether clipping to the metric's range moved the forecast or one of its interval bounds.
    public var forecastClipped: Bool { forecast != unclippedForecast }
    /// (last − first) / (x_last − x_first): the average change per year, in the metric's unit
    /// (percentage points for a percent metric).
    public var changePerYear: Double?
    /// The statistics not computed, and why.
    public var omissions: [Omission]
    public var conflicts: [MetricView.Conflict]
    /// The series runs across a reorganisation of its unit (its first and last periods lie on
    /// different sides of the date, or one straddles it): the statement of each.
    public var boundaries: [BoundaryNote] = []
    /// The series put on its unit's new boundary (`--basis new`), how, for its statement.
    public var onNewBoundary: BoundarySeries?

    public var n: Int { points.count }

    /// The fewest points whose Mann–Kendall test can reach p < 0.05 (the exact two-sided p of a
    /// perfectly monotone series is 1/3 at 3 points, 1/12 at 4, 1/60 at 5).
    public static let shortestConclusive = 5

    /// Rising or falling by Mann–Kendall at p < 0.05 (the exact p when there is one), no trend,
    /// or too short to conclude (fewer than ``shortestConclusive`` points, or no test).
    public var verdict: TrendTable.Verdict {
        guard n >= Self.shortestConclusive, let mk = mannKendall else { return .tooShort }
        return mk.preferredPValue < 0.05 ? (mk.s > 0 ? .rising : .falling) : .noTrend
    }

    /// Runs the tests on `points` (sorted by period; periods without a value are already out).
    public init(metric: Metric, unit: String, points: [Point], conflicts: [MetricView.Conflict] = []) {
        self.metric = metric
        self.unit = unit
        self.points = points
        self.conflicts = conflicts
        omissions = []
        let x = points.map(\.period.decimalStart)
        let y = points.map(\.value)
        guard points.count >= 3 else {
            omissions.append(.tooFewPoints(needed: 3, got: points.count))
            if points.count == 2 { changePerYear = Self.change(x, y) }
            return
        }
        changePerYear = Self.change(x, y)
        do { ols = try LinearTrend(x: x, y: y) } catch { omissions.append(.failed(.ols, error)) }
        do { mannKendall = try MannKendall(y) } catch { omissions.append(.failed(.mannKendall, error)) }
        do { sen = try SenSlope(x: x, y: y) } catch { omissions.append(.failed(.sen, error)) }
        if let ols, let last = points.last {
            let next = last.period.successor
            if let prediction = try? ols.predict(at: next.decimalStart) {
                forecastPeriod = next
                unclippedForecast = prediction
                forecast = prediction.clipped(to: metric)
            }
        }
        if ols?.pValue == nil, ols != nil {
            omissions.append(.flatLine)
        }
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
            .filter { r in
                r.value != nil && (from.map { r.period >= $0 } ?? true) && (to.map { r.period <= $0 } ?? true)
            }
            .sorted { $0.period < $1.period }
            .compactMap { r in r.value.map { Point(period: r.period, value: $0) } }
    }
}

/// The trend of every unit of a peer group: one row per unit, sorted by Sen's slope.
///
/// Each unit's Mann–Kendall p (normal approximation, as pymannkendall) is adjusted with Holm's
/// method over the units that have one; a unit rises or falls when its adjusted p < 0.05, and a
/// series of fewer than ``TrendResult/shortestConclusive`` points is too short to conclude (its p
/// stays in the Holm family, where it can only make the others' adjustment more cautious).
///
/// A row holds the series with its Mann–Kendall test and Sen's slope — what the table shows.
/// ``Row/trend`` gives the full ``TrendResult`` of a row (OLS, forecast, notes) when asked.
public struct TrendTable: Sendable {
    public enum Verdict: String, Sendable, Hashable {
        case rising, falling
        case noTrend = "no_trend"
        /// Fewer than ``TrendResult/shortestConclusive`` points: no test could reach p < 0.05.
        case tooShort = "too_short"
    }

    public struct Row: Sendable {
        public var unit: String
        public var key: SeriesKey
        public var metric: Metric
        /// The series, sorted by period.
        public var points: [TrendResult.Point]
        /// As in ``TrendResult``: nil below 3 points or when the test cannot be run.
        public var mannKendall: MannKendall?
        public var sen: SenSlope?
        public var pAdjusted: Double?
        public var verdict: Verdict

        public var n: Int { points.count }

        /// The series' full trend (OLS, Mann–Kendall, Sen, forecast, notes), computed on each call.
        public var trend: TrendResult { TrendResult(metric: metric, unit: unit, points: points) }
    }

    public var metric: Metric
    public var level: UnitLevel?
    public var rows: [Row]
    public var alpha = 0.05
    /// The series that run across their unit's reorganisation, stated.
    public var boundaries: [BoundaryNote] = []

    public func count(_ verdict: Verdict) -> Int {
        rows.count { $0.verdict == verdict }
    }

    public init(view: MetricView, selection: Selection, from: Period?, to: Period?) throws(AnalysisError) {
        let peers = view.peerIndices(selection)
        metric = view.metric
        level = peers.level
        let readings = view.readings
        let peerIndices = peers.indices
        // Series by (unit, tier): slot 4·unit + the tier's place in SeriesKey order (none,
        // commune, district, province), so walking the slots visits the keys sorted.
        let unitCount = view.panel.units.units.count
        func tierRank(_ tier: Tier?) -> Int {
            switch tier {
            case nil: 0
            case .commune?: 1
            case .district?: 2
            case .province?: 3
            }
        }
        var seriesOfSlot = [Int32](repeating: -1, count: 4 * unitCount)
        var sizes: [Int] = []
        var seriesOfReading = [Int32](repeating: -1, count: peerIndices.count)
        for (k, index) in peerIndices.enumerated() where readings[index].value != nil {
            let slot = 4 * readings[index].unit + tierRank(readings[index].tier)
            if seriesOfSlot[slot] < 0 {
                seriesOfSlot[slot] = Int32(sizes.count)
                sizes.append(0)
            }
            let s = Int(seriesOfSlot[slot])
            seriesOfReading[k] = Int32(s)
            sizes[s] += 1
        }
        guard !sizes.isEmpty else { throw .noData(.noFigures(metric: view.metric.id, periods: [])) }
        // Each series' readings, in reading order, contiguous in `members`.
        var starts = [Int](repeating: 0, count: sizes.count + 1)
        for s in sizes.indices { starts[s + 1] = starts[s] + sizes[s] }
        var fill = Array(starts.dropLast())
        var members = [Int](repeating: 0, count: starts[sizes.count])
        for (k, s) in seriesOfReading.enumerated() where s >= 0 {
            members[fill[Int(s)]] = peerIndices[k]
            fill[Int(s)] += 1
        }
        // A tier is named in the label when the unit has figures at more than one tier (or none).
        var keysOfUnit = [UInt8](repeating: 0, count: unitCount)
        for slot in seriesOfSlot.indices where seriesOfSlot[slot] >= 0 { keysOfUnit[slot / 4] += 1 }

        // The series in key order: their points (sorted by period) and labels.
        var keys: [SeriesKey] = []
        var labels: [String] = []
        var series: [[TrendResult.Point]] = []
        keys.reserveCapacity(sizes.count)
        labels.reserveCapacity(sizes.count)
        series.reserveCapacity(sizes.count)
        for slot in seriesOfSlot.indices where seriesOfSlot[slot] >= 0 {
            let s = Int(seriesOfSlot[slot])
            let unit = slot / 4
            let key = SeriesKey(unit: unit, tier: readings[members[starts[s]]].tier)
            var points: [TrendResult.Point] = []
            points.reserveCapacity(sizes[s])
            for k in members[starts[s]..<starts[s + 1]] {
                guard let value = readings[k].value else { continue }
                let period = readings[k].period
                if let from, period < from { continue }
                if let to, period > to { continue }
                points.append(TrendResult.Point(period: period, value: value))
            }
            // Usually in order already; periods within a series are distinct.
            if !points.isSorted(by: { $0.period < $1.period }) { points.sort { $0.period < $1.period } }
            let name = view.panel.units.units[unit].name
            keys.append(key)
            labels.append(key.tier.map { keysOfUnit[unit] > 1 ? "\(name) [\($0.rawValue)]" : name } ?? name)
            series.append(points)
        }
        var (tests, figures) = Self.runTests(series)
        let tested = figures.indices.filter { figures[$0].p != nil }
        let adjusted = (try? MultipleTesting.holm(tested.compactMap { figures[$0].p })) ?? []
        var pAdjusted = [Double?](repeating: nil, count: series.count)
        var verdicts = [Verdict](repeating: .tooShort, count: series.count)
        for (i, p) in zip(tested, adjusted) {
            pAdjusted[i] = p
            let s = figures[i].s
            // A series too short to reach p < 0.05 is too short to conclude, not "no trend".
            guard series[i].count >= TrendResult.shortestConclusive else { continue }
            verdicts[i] = p < alpha && s > 0 ? .rising : p < alpha && s < 0 ? .falling : .noTrend
        }
        // By Sen's slope, steepest rise first; equal slopes by folded name (folded once, when needed).
        let slopes = figures.map(\.slope)
        var folded = [String?](repeating: nil, count: series.count)
        func foldedName(_ i: Int) -> String {
            if let f = folded[i] { return f }
            let f = Names.fold(labels[i])
            folded[i] = f
            return f
        }
        var order = Array(series.indices)
        order.sort { a, b in
            switch (slopes[a], slopes[b]) {
            case (let x?, let y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return foldedName(a) < foldedName(b)
            }
        }
        // The rows, made once, in that order; each series' points and tests are moved in, not copied.
        var rows: [Row] = []
        rows.reserveCapacity(series.count)
        for i in order {
            var points: [TrendResult.Point] = []
            var test: (mannKendall: MannKendall?, sen: SenSlope?) = (nil, nil)
            swap(&points, &series[i])
            swap(&test, &tests[i])
            rows.append(
                Row(
                    unit: labels[i], key: keys[i], metric: view.metric, points: points, mannKendall: test.mannKendall,
                    sen: test.sen, pAdjusted: pAdjusted[i], verdict: verdicts[i]))
        }
        self.rows = rows
        if !view.panel.crosswalk.isEmpty {
            boundaries = rows.flatMap { row -> [BoundaryNote] in
                guard let first = row.points.first?.period, let last = row.points.last?.period else { return [] }
                return view.boundaryNotes([row.key], earlier: first, later: last)
            }
            .sorted { Names.fold($0.unit) < Names.fold($1.unit) }
        }
    }
}

extension TrendTable {
    /// Mann–Kendall and Sen's slope of every series of 3 points or more — the tests of
    /// `TrendResult(metric:unit:points:)` on the same inputs, series by series on the available
    /// cores (``concurrentMap(count:_:)``). Also returns what the verdicts and the order read —
    /// Mann–Kendall's p and S, Sen's slope — as plain numbers.
    static func runTests(_ series: [[TrendResult.Point]]) -> (
        tests: [(mannKendall: MannKendall?, sen: SenSlope?)], figures: [(p: Double?, s: Int, slope: Double?)]
    ) {
        let tests = concurrentMap(count: series.count) { i -> (mannKendall: MannKendall?, sen: SenSlope?) in
            guard series[i].count >= 3 else { return (nil, nil) }
            let x = series[i].map(\.period.decimalStart)
            let y = series[i].map(\.value)
            return (try? MannKendall(y), try? SenSlope(x: x, y: y))
        }
        return (tests, tests.map { ($0.mannKendall?.pValue, $0.mannKendall?.s ?? 0, $0.sen?.slope) })
    }
}

extension Array {
    /// Whether the elements are in order by `areInIncreasingOrder`.
    fileprivate func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        guard count > 1 else { return true }
        for i in 1..<count where areInIncreasingOrder(self[i], self[i - 1]) { return false }
        return true
    }
}
