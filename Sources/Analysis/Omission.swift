import Statistics

/// A statistical test an analysis may run.
public enum StatisticalTest: String, Hashable, Sendable, CaseIterable {
    /// The paired t-test of two periods across units.
    case pairedT
    /// The Wilcoxon signed-rank test of the changes across units.
    case wilcoxon
    /// Pearson's correlation.
    case pearson
    /// Spearman's rank correlation.
    case spearman
    /// Kendall's tau-b.
    case kendall
    /// The ordinary least-squares line of a series.
    case ols
    /// The Mann–Kendall trend test.
    case mannKendall
    /// Sen's slope.
    case sen
}

/// A statistic an analysis did not compute, and why.
///
/// Results carry omissions as values, never as sentences: the front end words them in the
/// reader's language (the Messages module's catalog).
public enum Omission: Hashable, Sendable {
    /// The test refused its input (too few values, no spread, …).
    case failed(StatisticalTest, StatisticsError)
    /// A test across units found fewer units with figures in both periods than it needs.
    case tooFewUnits(StatisticalTest, needed: Int, got: Int)
    /// A series has fewer points than the trend tests need.
    case tooFewPoints(needed: Int, got: Int)
    /// All values of a series are equal: its OLS line is flat and has no p-value.
    case flatLine
    /// A change of rank has no percent change: it is counted in places.
    case percentChangeOfRank
}
