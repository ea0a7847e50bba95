import Panel

extension Vietnamese {
    /// The message of a problem in an input. Every case is English until the Vietnamese
    /// wording of the reports is written (issue 15); each is listed, so a new problem must be
    /// decided here before it compiles.
    static func text(_ problem: Problem) -> String {
        switch problem {
        case .noSuchFile: English.text(problem)  // vi: untranslated (issue 15)
        case .unreadable: English.text(problem)  // vi: untranslated (issue 15)
        case .emptyFolder: English.text(problem)  // vi: untranslated (issue 15)
        case .unreadableFolder: "không đọc được thư mục này: các tệp dữ liệu trong đó (nếu có) không được nạp"
        case .folderTooLarge: English.text(problem)  // vi: untranslated (issue 15)
        case .notAFile: English.text(problem)  // vi: untranslated (issue 15)
        case .tooLarge: English.text(problem)  // vi: untranslated (issue 15)
        case .nulByte: English.text(problem)  // vi: untranslated (issue 15)
        case .notUTF8: English.text(problem)  // vi: untranslated (issue 15)
        case .emptyFile: English.text(problem)  // vi: untranslated (issue 15)
        case .noRows: English.text(problem)  // vi: untranslated (issue 15)
        case .unknownLayout: English.text(problem)  // vi: untranslated (issue 15)
        case .unterminatedQuote: English.text(problem)  // vi: untranslated (issue 15)
        case .textAfterQuote: English.text(problem)  // vi: untranslated (issue 15)
        case .unusedColumn: English.text(problem)  // vi: untranslated (issue 15)
        case .tooManyCells: English.text(problem)  // vi: untranslated (issue 15)
        case .tooFewCells: English.text(problem)  // vi: untranslated (issue 15)
        case .ambiguousDecimal: English.text(problem)  // vi: untranslated (issue 15)
        case .decimalFromRange: English.text(problem)  // vi: untranslated (issue 15)
        case .mixedDecimal: English.text(problem)  // vi: untranslated (issue 15)
        case .notANumber: English.text(problem)  // vi: untranslated (issue 15)
        case .notAWholeNumber: English.text(problem)  // vi: untranslated (issue 15)
        case .missingUnit: English.text(problem)  // vi: untranslated (issue 15)
        case .missingPeriod: English.text(problem)  // vi: untranslated (issue 15)
        case .missingMetric: English.text(problem)  // vi: untranslated (issue 15)
        case .missingMetricID: English.text(problem)  // vi: untranslated (issue 15)
        case .badPeriod: English.text(problem)  // vi: untranslated (issue 15)
        case .badLevel: English.text(problem)  // vi: untranslated (issue 15)
        case .badTier: English.text(problem)  // vi: untranslated (issue 15)
        case .badRank: English.text(problem)  // vi: untranslated (issue 15)
        case .rankOfMismatch: English.text(problem)  // vi: untranslated (issue 15)
        case .emptyObservation: English.text(problem)  // vi: untranslated (issue 15)
        case .levelMismatch: English.text(problem)  // vi: untranslated (issue 15)
        case .unknownMetric: English.text(problem)  // vi: untranslated (issue 15)
        case .wideWithoutMetric: English.text(problem)  // vi: untranslated (issue 15)
        case .badKind: English.text(problem)  // vi: untranslated (issue 15)
        case .badDirection: English.text(problem)  // vi: untranslated (issue 15)
        case .incompleteTarget: English.text(problem)  // vi: untranslated (issue 15)
        case .badComparator: English.text(problem)  // vi: untranslated (issue 15)
        case .incompleteCrosswalk: English.text(problem)  // vi: untranslated (issue 15)
        case .duplicate: English.text(problem)  // vi: untranslated (issue 15)
        case .conflictingDuplicate: English.text(problem)  // vi: untranslated (issue 15)
        case .outOfRange: English.text(problem)  // vi: untranslated (issue 15)
        case .rankBelowOne: English.text(problem)  // vi: untranslated (issue 15)
        case .rankExceedsRankOf: English.text(problem)  // vi: untranslated (issue 15)
        case .zeroDenominator: English.text(problem)  // vi: untranslated (issue 15)
        case .numeratorExceedsDenominator: English.text(problem)  // vi: untranslated (issue 15)
        case .rateMismatch: English.text(problem)  // vi: untranslated (issue 15)
        case .partsDoNotAddUp: English.text(problem)  // vi: untranslated (issue 15)
        case .partsExceedTotal: English.text(problem)  // vi: untranslated (issue 15)
        case .onTimeAndLateDoNotAddUp: English.text(problem)  // vi: untranslated (issue 15)
        case .denominatorIsNotResolved: English.text(problem)  // vi: untranslated (issue 15)
        case .denominatorIsNotReceived: English.text(problem)  // vi: untranslated (issue 15)
        case .rankContradictsScores: English.text(problem)  // vi: untranslated (issue 15)
        case .tiedScoresDifferentRanks: English.text(problem)  // vi: untranslated (issue 15)
        case .sourceConflict: English.text(problem)  // vi: untranslated (issue 15)
        case .gap: English.text(problem)  // vi: untranslated (issue 15)
        }
    }

    /// What to do about a problem (English until issue 15; see ``text(_:)-(Problem)``).
    static func hint(_ problem: Problem) -> String? {
        switch problem {
        case .noSuchFile: English.hint(problem)  // vi: untranslated (issue 15)
        case .unreadable: English.hint(problem)  // vi: untranslated (issue 15)
        case .unreadableFolder: "kiểm tra quyền truy cập thư mục"
        case .emptyFolder: English.hint(problem)  // vi: untranslated (issue 15)
        case .folderTooLarge: English.hint(problem)  // vi: untranslated (issue 15)
        case .notAFile: English.hint(problem)  // vi: untranslated (issue 15)
        case .tooLarge: English.hint(problem)  // vi: untranslated (issue 15)
        case .nulByte: English.hint(problem)  // vi: untranslated (issue 15)
        case .notUTF8: English.hint(problem)  // vi: untranslated (issue 15)
        case .emptyFile: English.hint(problem)  // vi: untranslated (issue 15)
        case .noRows: English.hint(problem)  // vi: untranslated (issue 15)
        case .unknownLayout: English.hint(problem)  // vi: untranslated (issue 15)
        case .unterminatedQuote: English.hint(problem)  // vi: untranslated (issue 15)
        case .textAfterQuote: English.hint(problem)  // vi: untranslated (issue 15)
        case .unusedColumn: English.hint(problem)  // vi: untranslated (issue 15)
        case .tooManyCells: English.hint(problem)  // vi: untranslated (issue 15)
        case .tooFewCells: English.hint(problem)  // vi: untranslated (issue 15)
        case .ambiguousDecimal: English.hint(problem)  // vi: untranslated (issue 15)
        case .decimalFromRange: English.hint(problem)  // vi: untranslated (issue 15)
        case .mixedDecimal: English.hint(problem)  // vi: untranslated (issue 15)
        case .notANumber: English.hint(problem)  // vi: untranslated (issue 15)
        case .notAWholeNumber: English.hint(problem)  // vi: untranslated (issue 15)
        case .missingUnit: English.hint(problem)  // vi: untranslated (issue 15)
        case .missingPeriod: English.hint(problem)  // vi: untranslated (issue 15)
        case .missingMetric: English.hint(problem)  // vi: untranslated (issue 15)
        case .missingMetricID: English.hint(problem)  // vi: untranslated (issue 15)
        case .badPeriod: English.hint(problem)  // vi: untranslated (issue 15)
        case .badLevel: English.hint(problem)  // vi: untranslated (issue 15)
        case .badTier: English.hint(problem)  // vi: untranslated (issue 15)
        case .badRank: English.hint(problem)  // vi: untranslated (issue 15)
        case .rankOfMismatch: English.hint(problem)  // vi: untranslated (issue 15)
        case .emptyObservation: English.hint(problem)  // vi: untranslated (issue 15)
        case .levelMismatch: English.hint(problem)  // vi: untranslated (issue 15)
        case .unknownMetric: English.hint(problem)  // vi: untranslated (issue 15)
        case .wideWithoutMetric: English.hint(problem)  // vi: untranslated (issue 15)
        case .badKind: English.hint(problem)  // vi: untranslated (issue 15)
        case .badDirection: English.hint(problem)  // vi: untranslated (issue 15)
        case .incompleteTarget: English.hint(problem)  // vi: untranslated (issue 15)
        case .badComparator: English.hint(problem)  // vi: untranslated (issue 15)
        case .incompleteCrosswalk: English.hint(problem)  // vi: untranslated (issue 15)
        case .duplicate: English.hint(problem)  // vi: untranslated (issue 15)
        case .conflictingDuplicate: English.hint(problem)  // vi: untranslated (issue 15)
        case .outOfRange: English.hint(problem)  // vi: untranslated (issue 15)
        case .rankBelowOne: English.hint(problem)  // vi: untranslated (issue 15)
        case .rankExceedsRankOf: English.hint(problem)  // vi: untranslated (issue 15)
        case .zeroDenominator: English.hint(problem)  // vi: untranslated (issue 15)
        case .numeratorExceedsDenominator: English.hint(problem)  // vi: untranslated (issue 15)
        case .rateMismatch: English.hint(problem)  // vi: untranslated (issue 15)
        case .partsDoNotAddUp: English.hint(problem)  // vi: untranslated (issue 15)
        case .partsExceedTotal: English.hint(problem)  // vi: untranslated (issue 15)
        case .onTimeAndLateDoNotAddUp: English.hint(problem)  // vi: untranslated (issue 15)
        case .denominatorIsNotResolved: English.hint(problem)  // vi: untranslated (issue 15)
        case .denominatorIsNotReceived: English.hint(problem)  // vi: untranslated (issue 15)
        case .rankContradictsScores: English.hint(problem)  // vi: untranslated (issue 15)
        case .tiedScoresDifferentRanks: English.hint(problem)  // vi: untranslated (issue 15)
        case .sourceConflict: English.hint(problem)  // vi: untranslated (issue 15)
        case .gap: English.hint(problem)  // vi: untranslated (issue 15)
        }
    }
}

extension Vietnamese {
    static func text(_ error: PeriodParseError) -> String {
        English.text(error)  // vi: untranslated (issue 15)
    }

    /// The words of a compiler-style line: severity and hint.
    static func text(_ severity: Diagnostic.Severity) -> String {
        English.text(severity)  // vi: untranslated (issue 15)
    }

    static let hintWord = English.hintWord  // vi: untranslated (issue 15)
}
