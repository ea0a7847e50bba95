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
