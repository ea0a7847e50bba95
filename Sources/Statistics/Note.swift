/// Something a caller should know about how a result was obtained.
///
/// Results carry these as codes so that a front end can word them in any language (parlens
/// words them in the Messages module's catalog); ``text`` is the English wording, for logs and
/// tests.
public enum Note: String, Hashable, Sendable, Codable, CaseIterable {
    /// Some values are tied; tie corrections were applied.
    case tiesPresent = "ties-present"
    /// Zero differences were dropped before ranking (Wilcoxon's `zero_method='wilcox'`).
    case zerosDropped = "zeros-dropped"
    /// The p-value comes from the normal approximation.
    case normalApproximation = "normal-approximation"
    /// A continuity correction of 1 was applied to S before standardising.
    case continuityCorrection = "continuity-correction"
    /// The p-value comes from the exact null distribution.
    case exactDistribution = "exact-distribution"
    /// The p-value enumerates every sign assignment given the tied ranks (exact, conditional on ties).
    case exactPermutation = "exact-permutation"
    /// The p-value is an approximation whose accuracy is known to be rough.
    case approximatePValue = "approximate-p-value"
    /// All values of the series are equal.
    case constantValues = "constant-values"
    /// The points lie exactly on a line.
    case perfectFit = "perfect-fit"
    /// Too few points for an exact or normal p-value to mean much (fewer than 4 or so).
    case smallSample = "small-sample"
    /// The confidence interval could not be computed (too few distinct pairs).
    case intervalUnavailable = "interval-unavailable"

    /// The note in English, one sentence.
    public var text: String {
        switch self {
        case .tiesPresent: "ties present; tie-corrected variance used"
        case .zerosDropped: "zero differences dropped before ranking"
        case .normalApproximation: "p from the normal approximation"
        case .continuityCorrection: "continuity correction applied"
        case .exactDistribution: "p from the exact null distribution"
        case .exactPermutation: "p from all sign assignments of the tied ranks (exact)"
        case .approximatePValue: "p is an approximation"
        case .constantValues: "all values are equal"
        case .perfectFit: "the points lie exactly on a line"
        case .smallSample: "very small sample; read the p-value with care"
        case .intervalUnavailable: "interval not available for this sample"
        }
    }
}
