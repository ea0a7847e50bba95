import Analysis
import Panel
import Statistics

/// A note under an analysis's tables: what was found, what was left out, how to read it.
///
/// Numbers arrive formatted; lists of units as their names. A p-value arrives as a table cell
/// writes it ("0.020", "<0.001") and a sentence states it as "p = 0.020" or "p < 0.001".
public enum Finding: Hashable, Sendable {
    /// A statistic not computed, and why.
    case notComputed(Omission)
    /// The heading of the list of figures two sources give differently.
    case conflictingSources
    /// How `target` decides its verdicts.
    case targetRule
    /// The level analysed when others are present too.
    case levelChoice(UnitLevel?, others: [UnitLevel])
    /// The units that rose most in rank, and by how many places.
    case movedUpMost([String], places: Int)
    /// The units that fell most in rank, and by how many places (negative).
    case movedDownMost([String], places: Int)
    /// Spearman's rho and Kendall's tau-b of the values in two periods, with their p-values.
    case rankCorrelation(rho: String, rhoP: String, tau: String, tauP: String, n: Int)
    /// Units with figures in only one of the two periods.
    case notInBothPeriods([String])
    /// How changes are measured for a metric of this kind, and how many units improved or worsened.
    case changes(MetricKind, improved: Int, worsened: Int)
    /// The paired t-test of a comparison.
    case pairedT(meanChange: String, interval: String, t: String, df: Int, p: String)
    /// The Wilcoxon signed-rank test of a comparison.
    case wilcoxon(w: String, p: String, method: WilcoxonSignedRank.PMethod, n: Int)
    /// Units with only one of the two metrics correlated.
    case onlyOneMetric([String])
    /// The outliers of a summary (none when empty).
    case outliers([String])
    /// A series' trend by Mann–Kendall: rising, falling or no trend, with its p and whether it is exact.
    case trend(TrendTable.Verdict, p: String, exact: Bool)
    /// The average change per year of a series of a metric of this kind.
    case changePerYear(String, MetricKind)
    /// A series too short to conclude: its length, and (from 3 points) Mann–Kendall's p, whether it
    /// is exact, and the level (`alpha`, "0.05") no series of this length can reach.
    case trendTooShort(n: Int, p: String?, exact: Bool, alpha: String)
    /// How many units of a table of trends rose, fell, showed no trend or were too short to
    /// conclude (fewer than `shortest` points).
    case trendCounts(rising: Int, falling: Int, noTrend: Int, tooShort: Int, shortest: Int)
    /// The forecast of a series was clipped to the metric's `range` ("0–100"); the OLS line's
    /// own forecast `value` and `interval` before clipping.
    case forecastClipped(range: String, value: String, interval: String)
    /// Projections of `target` clipped to the metric's `range`, for these units.
    case projectionsClipped(range: String, units: [String])
    /// A table shows only its first rows.
    case rowsHidden(Int)
    /// What the rank changes of `rank` (of `period` against `versus`) are computed between.
    case rankChangeBasis(RankResult.ChangeBasis, period: Period, versus: Period)
    /// Ranks computed among `ranked` units with a value in `period`, of a published ranking of `size`.
    case rankedAmong(ranked: Int, size: Int, period: Period)
    /// Units of `level` under several `parents` (districts of several provinces) ranked together.
    case rankedAcrossParents(UnitLevel?, parents: [String])
    /// Two periods of different kinds (a quarter and a cumulative 9 months) compared because
    /// that was allowed explicitly.
    case mixedPeriods(Period, Period)
    /// A unit whose two periods lie on different sides of a reorganisation (or straddle it).
    case acrossBoundary(BoundaryNote)
    /// How a new unit was set against its old units on the boundary asked for (`--basis`).
    case basis(BasisNote)
    /// A new unit's series on its new boundary: the old units pooled, the periods pooled and those
    /// left out, the date.
    case seriesOnNewBoundary(
        unit: String, predecessors: [String], pooled: [Period], dropped: [Period], effective: CalendarDate)
    /// A comparison across a reorganisation made without `--basis`: how to choose one.
    case basisAvailable
    /// Ranks across a reorganisation are compared as percentile ranks (``PercentileRank``), not places.
    case percentileRanks
    /// The paired tests of a comparison of ranks across a reorganisation run on percentile ranks.
    case testsOnPercentileRanks
    /// A rank across a reorganisation whose ranking size is not given: no percentile rank, no verdict.
    case ranksWithoutSize([String])
}
