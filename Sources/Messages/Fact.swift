import Panel

/// A line of `info` or `check`: what the data holds, how many problems it has.
///
/// Counts that `info` shows arrive formatted for the number locale.
public enum Fact: Hashable, Sendable {
    /// Observations: all, those with counts, those with a rank only.
    case observationCounts(total: String, withCounts: String, rankOnly: String)
    /// Metrics: all, and those not in the catalog.
    case metricCounts(total: String, notInCatalog: String)
    /// Figures given by more than one row.
    case corroborated(String)
    /// The 2025 provincial merger: entries, new provinces, the dates it takes effect.
    case crosswalk(entries: String, provinces: String, effective: [CalendarDate])
    /// A crosswalk of another level: rows, new units, the level, the dates it takes effect.
    case crosswalkOfLevel(entries: String, units: String, level: UnitLevel, effective: [CalendarDate])
    /// The footnote of metrics not in the catalog.
    case notInCatalog
    /// How many warnings the data has, by code ("source-conflict 55").
    case warningsByCode(count: String, codes: [String])
    /// The last line of `check`.
    case checkSummary(errors: Int, warnings: Int, files: Int)
    /// Problems of one severity beyond `--limit`.
    case moreProblems(Int)
    /// `check` found nothing.
    case noProblems
    /// Diagnostics beyond those written before a command stops.
    case moreDiagnostics(Int)
    /// How many errors and warnings stopped a command.
    case diagnosticCounts(errors: Int, warnings: Int)
    /// `info` stops on data with errors.
    case dataHasErrors
    /// Standard output could not be written (the system's reason).
    case cannotWriteOutput(String)
    /// An analysis stops: `count` figures of `metric` have data errors (listed above it).
    case figuresWithErrors(metric: String, count: Int)
    /// An analysis left out the rows of `count` figures of `metric` with data errors (`--exclude-errors`).
    case figuresLeftOut(metric: String, count: Int)
}
