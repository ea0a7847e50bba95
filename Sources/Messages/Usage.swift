/// What a user typed that parlens cannot run, and hints at what to type instead.
///
/// Errors about the data asked for are ``AnalysisError``s; these are about the command line.
public enum Usage: Hashable, Sendable {
    // Charts.
    /// `chart line` without `--unit`.
    case lineChartNeedsUnit
    /// `chart bar` without `--period`.
    case barChartNeedsPeriod
    /// `chart bump` without `--from` and `--to`.
    case bumpChartNeedsPeriods
    /// `chart dots` without `--period`.
    case dotChartNeedsPeriod

    // Hints.
    /// After an ambiguous unit name.
    case typeMoreOfTheName
    /// After a unit name that matches nothing.
    case howNamesMatch
    /// After an unknown metric.
    case infoListsMetrics
    /// After a period that cannot be used.
    case howPeriodsAreWritten
    /// After a selection with nothing in it.
    case checkSelection
}
