import GSL
import Statistics

extension English {
    static func text(_ error: StatisticsError) -> String {
        switch error {
        case .tooFewValues(let method, let needed, let got):
            "\(method) needs at least \(needed) values, got \(got)"
        case .nonFinite(let method, let index):
            "\(method): value at index \(index) is not a finite number"
        case .lengthMismatch(let method, let first, let second):
            "\(method): the samples must pair up, got \(first) and \(second) values"
        case .degenerate(let method, let reason):
            "\(method): \(reason)"
        case .invalidArgument(let method, let reason):
            "\(method): \(reason)"
        case .numeric(let error):
            "\(error.function): \(error.reason)"
        }
    }

    /// Why an estimator or test refused its input, for a report's reader: the error without the
    /// method's name and reference function (the omission names the test).
    static func reason(_ error: StatisticsError) -> String {
        switch error {
        case .tooFewValues(_, let needed, let got):
            "needs at least \(needed) figures, has \(got)"
        case .nonFinite:
            "a figure is not a finite number"
        case .lengthMismatch(_, let first, let second):
            "the figures do not pair up (\(first) and \(second))"
        case .degenerate(_, let reason): reason.description
        case .invalidArgument(_, let reason): reason.description
        case .numeric(let error):
            "the computation failed (\(error.reason))"
        }
    }

    static func text(_ note: Note) -> String {
        switch note {
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
