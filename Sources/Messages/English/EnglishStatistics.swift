import GSL
import Statistics

extension English {
    /// The Statistics module's own English wording (its `description`), one source for both.
    static func text(_ error: StatisticsError) -> String { error.description }

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

    /// The Statistics module's own English wording of a note (`Note.text`).
    static func text(_ note: Note) -> String { note.text }
}
