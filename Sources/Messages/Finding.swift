import Analysis

/// A note under an analysis's tables: what was found, what was left out, how to read it.
public enum Finding: Hashable, Sendable {
    /// A statistic not computed, and why.
    case notComputed(Omission)
    /// The heading of the list of figures two sources give differently.
    case conflictingSources
    /// How `target` decides its verdicts.
    case targetRule
}
