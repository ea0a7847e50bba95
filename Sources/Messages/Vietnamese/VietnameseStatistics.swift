import GSL
import Statistics

extension Vietnamese {
    static func text(_ error: StatisticsError) -> String {
        switch error {
        case .tooFewValues(let method, let needed, let got):
            // vi: untranslated (issue 15)
            "\(method) needs at least \(needed) values, got \(got)"
        case .nonFinite(let method, let index):
            // vi: untranslated (issue 15)
            "\(method): value at index \(index) is not a finite number"
        case .lengthMismatch(let method, let first, let second):
            // vi: untranslated (issue 15)
            "\(method): the samples must pair up, got \(first) and \(second) values"
        case .degenerate(let method, let reason):
            // vi: untranslated (issue 15)
            "\(method): \(reason)"
        case .invalidArgument(let method, let reason):
            // vi: untranslated (issue 15)
            "\(method): \(reason)"
        case .numeric(let error):
            // vi: untranslated (issue 15)
            "\(error.function): \(error.reason)"
        }
    }

    static func text(_ note: Note) -> String {
        switch note {
        case .tiesPresent: "ties present; tie-corrected variance used"  // vi: untranslated (issue 15)
        case .zerosDropped: "zero differences dropped before ranking"  // vi: untranslated (issue 15)
        case .normalApproximation: "p from the normal approximation"  // vi: untranslated (issue 15)
        case .continuityCorrection: "continuity correction applied"  // vi: untranslated (issue 15)
        case .exactDistribution: "p from the exact null distribution"  // vi: untranslated (issue 15)
        case .exactPermutation: "p from all sign assignments of the tied ranks (exact)"  // vi: untranslated (issue 15)
        case .approximatePValue: "p is an approximation"  // vi: untranslated (issue 15)
        case .constantValues: "all values are equal"  // vi: untranslated (issue 15)
        case .perfectFit: "the points lie exactly on a line"  // vi: untranslated (issue 15)
        case .smallSample: "very small sample; read the p-value with care"  // vi: untranslated (issue 15)
        case .intervalUnavailable: "interval not available for this sample"  // vi: untranslated (issue 15)
        }
    }
}
