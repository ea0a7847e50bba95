import GSL
import Statistics

extension Vietnamese {
    static func text(_ error: StatisticsError) -> String {
        switch error {
        case .tooFewValues: English.text(error)  // vi: untranslated (issue 15)
        case .nonFinite: English.text(error)  // vi: untranslated (issue 15)
        case .lengthMismatch: English.text(error)  // vi: untranslated (issue 15)
        case .degenerate: English.text(error)  // vi: untranslated (issue 15)
        case .invalidArgument: English.text(error)  // vi: untranslated (issue 15)
        case .numeric: English.text(error)  // vi: untranslated (issue 15)
        }
    }

    /// Why an estimator or test refused its input, for a report's reader (see ``English/reason(_:)``).
    static func reason(_ error: StatisticsError) -> String {
        switch error {
        case .tooFewValues(_, let needed, let got):
            "cần ít nhất \(needed) số liệu, chỉ có \(got)"
        case .nonFinite:
            "có số liệu không phải là số hữu hạn"
        case .lengthMismatch(_, let first, let second):
            "số liệu hai kỳ không ghép cặp được (\(first) và \(second))"
        case .degenerate: English.reason(error)  // vi: untranslated (issue 15)
        case .invalidArgument: English.reason(error)  // vi: untranslated (issue 15)
        case .numeric: English.reason(error)  // vi: untranslated (issue 15)
        }
    }

    static func text(_ note: Note) -> String {
        switch note {
        case .tiesPresent: English.text(note)  // vi: untranslated (issue 15)
        case .zerosDropped: English.text(note)  // vi: untranslated (issue 15)
        case .normalApproximation: English.text(note)  // vi: untranslated (issue 15)
        case .continuityCorrection: English.text(note)  // vi: untranslated (issue 15)
        case .exactDistribution: English.text(note)  // vi: untranslated (issue 15)
        case .exactPermutation: English.text(note)  // vi: untranslated (issue 15)
        case .approximatePValue: English.text(note)  // vi: untranslated (issue 15)
        case .constantValues: English.text(note)  // vi: untranslated (issue 15)
        case .perfectFit: English.text(note)  // vi: untranslated (issue 15)
        case .smallSample: English.text(note)  // vi: untranslated (issue 15)
        case .intervalUnavailable: English.text(note)  // vi: untranslated (issue 15)
        }
    }
}
