/// A word or a short heading with nothing in it: a table column, a row label, a chart legend.
///
/// Each case has one form per language in the ``Catalog``; `CaseIterable` lets the tests check
/// every one of them.
public enum Label: Hashable, Sendable, CaseIterable {
    /// The facts of `info`.
    case observations, units, periods, metrics, targets, crosswalk2025, files, sources
    /// The `info` line of a crosswalk of districts or communes.
    case crosswalk
    /// The metric and file tables of `info`.
    case metricId, metric, kind, better, observationsShort, range, file, layout, rows, delimiter, decimal
    /// The problem tables of `check`.
    case location, code, problem, errors, warnings
    /// Columns of the rankings and comparisons.
    case unit, period, value, rank, officialRank, previousValue, previousRank, change, changePercent, improved
    /// The published rank of the earlier period, when rank changes are between published ranks.
    case previousOfficialRank
    /// The percentile ranks of a rank across a reorganisation (0 % = first, 100 % = last).
    case percentileRank, previousPercentileRank
    /// Whether a unit improved, and the interval of a difference of rates.
    case yes, no, newcombeDifference
    /// The test tables.
    case test, estimate, confidenceInterval95, p, pHolm, pMannKendall, n, note
    /// The rows of the test tables.
    case olsSlope, sensSlope, mannKendall, pearsonR, spearmanRho, kendallTauB
    /// The note of an exact Mann–Kendall p.
    case exactP
    /// The note of a Mann–Kendall p from the normal approximation with a continuity correction.
    case normalApproximationCorrected
    /// The note of a forecast's interval.
    case predictionInterval95
    /// Trends.
    case series, first, last, verdict
    /// Summaries.
    case mean, sd, min, q1, median, q3, max, distribution
    /// Targets.
    case target, latest, gap, projected, wilson95
    /// The name of a target line on a chart; what an empty chart says.
    case targetLine, noData
    /// A workbook's last sheet, of notes and findings; the heading of the findings paragraph there.
    case notesSheet, findings
    /// Values of `show settings` that are not typed by the user.
    case defaultMarker, noneLoaded, followsLanguage, terminalWidth, detectedPerFile, fromMetricColumn
}
