import Analysis
import Panel

/// A title, a row label or a cell with values in it.
///
/// Numbers arrive formatted (the number locale is chosen apart from the language); periods,
/// levels and metrics arrive typed, and the catalog names them.
public enum Phrase: Hashable, Sendable {
    /// A metric's name in the catalog's language.
    case metricName(Metric)
    /// `rank`: the metric, the period (against an earlier one), the level, the direction.
    case rankTitle(Metric, period: Period, versus: Period?, level: UnitLevel?, tier: Tier? = nil)
    /// `compare`: the metric, the two periods, the level, the direction.
    case compareTitle(Metric, from: Period, to: Period, level: UnitLevel?, tier: Tier? = nil)
    /// `correlate`: the two metric ids, the period, the level, how many units have both.
    case correlateTitle(String, String, period: Period, level: UnitLevel?, n: Int)
    /// `summary`: the metric, the period, the level.
    case summaryTitle(Metric, period: Period, level: UnitLevel?)
    /// `trend --unit`: the metric, the unit, the first and last periods (none for an empty series), n.
    case trendTitle(Metric, unit: String, first: Period?, last: Period?, n: Int)
    /// `trend --all`: the metric and the level.
    case trendTableTitle(Metric, level: UnitLevel?)
    /// `target`: the metric.
    case targetsTitle(Metric)
    /// A bar chart of changes: the metric and the two periods.
    case changeChartTitle(Metric, from: Period, to: Period)
    /// A chart of one period: the metric and the period.
    case periodChartTitle(Metric, period: Period)
    /// A bump chart: the metric's ranks.
    case rankChartTitle(Metric)
    /// A unit whose earlier figure is a weighted reconstruction from its old units (`--weight`).
    case reconstructedUnit(String)
    /// `info`: the version, the paths read and how many files they held.
    case infoTitle(version: String, paths: [String], files: String)
    /// `check`: the paths read and how many observations they held.
    case checkTitle(paths: [String], observations: String)
    /// The heading of a list of problems of one severity, with their number.
    case problems(Diagnostic.Severity, count: Int)
    /// A slope or a change per year ("+0.5 per year").
    case perYear(String)
    /// The row of a forecast of a period.
    case forecast(Period)
    /// The heading of ranks computed among a part of the units ("Rank among 3 with data").
    case rankAmong(Int)
    /// The heading of the earlier period's ranks computed among a set of units of its own.
    case previousRankAmong(Int)
    /// A target that is not met: how far the latest value still is from it ("2.50 to go").
    case targetShortfall(String)
    /// A target that is met: how far beyond it the latest value is, in the direction the
    /// comparator asks for ("2.82 above" a floor, "1.00 below" a ceiling).
    case targetMargin(String, Target.Comparator)
    /// The number of units of one level ("province 50").
    case levelCount(UnitLevel?, count: String)
    /// `dossiers summarise` as a table: the logs read and how many figures they gave.
    case dossierPanelTitle(paths: [String], figures: String)
    /// `dossiers summarise -o FILE`: how many figures of how many units and periods were written.
    case dossierPanelWritten(figures: Int, units: Int, periods: Int, file: String)
    /// The number of periods of one kind ("20 years").
    case periodKindCount(Period.Kind, count: String)
    /// A unit with its level and parent: "Châu Thành (district, Đồng Tháp)", "Châu Thành (huyện,
    /// thuộc Đồng Tháp)".
    case qualifiedUnit(Unit)
}
