/// The stable identifier of a kind of problem, as `check` prints it (`[not-a-number]`) and
/// scripts read it. The raw values never change meaning.
public enum DiagnosticCode: String, Hashable, Sendable, CaseIterable, Codable {
    case noSuchFile = "no-such-file"
    case unreadable
    case emptyFolder = "empty-folder"
    case unreadableFolder = "unreadable-folder"
    case folderTooLarge = "folder-too-large"
    case notAFile = "not-a-file"
    case tooLarge = "too-large"
    case notText = "not-text"
    case notUTF8 = "not-utf8"
    case emptyFile = "empty-file"
    case noRows = "no-rows"
    case unknownLayout = "unknown-layout"
    case damagedWorkbook = "damaged-workbook"
    case encryptedWorkbook = "encrypted-workbook"
    case legacyExcel = "legacy-excel"
    case openDocument = "open-document"
    case noSuchSheet = "no-such-sheet"
    case unreadableSheet = "unreadable-sheet"
    case unterminatedQuote = "unterminated-quote"
    case textAfterQuote = "text-after-quote"
    case unusedColumn = "unused-column"
    case tooManyCells = "too-many-cells"
    case tooFewCells = "too-few-cells"
    case ambiguousDecimal = "ambiguous-decimal"
    case mixedDecimal = "mixed-decimal"
    case notANumber = "not-a-number"
    case missingUnit = "missing-unit"
    case missingPeriod = "missing-period"
    case missingMetric = "missing-metric"
    case badPeriod = "bad-period"
    case badLevel = "bad-level"
    case badTier = "bad-tier"
    case badRank = "bad-rank"
    case rankOfMismatch = "rank-of-mismatch"
    case emptyObservation = "empty-observation"
    case levelMismatch = "level-mismatch"
    case unknownMetric = "unknown-metric"
    case wideWithoutMetric = "wide-without-metric"
    case badKind = "bad-kind"
    case badDirection = "bad-direction"
    case incompleteTarget = "incomplete-target"
    case badComparator = "bad-comparator"
    case incompleteCrosswalk = "incomplete-crosswalk"
    case badChange = "bad-change"
    case badEffectiveDate = "bad-effective-date"
    case badShare = "bad-share"
    case badDossier = "bad-dossier"
    case dossiersLeftOut = "dossiers-left-out"
    case duplicate
    case conflictingDuplicate = "conflicting-duplicate"
    case outOfRange = "out-of-range"
    case rankExceedsRankOf = "rank-exceeds-rank-of"
    case zeroDenominator = "zero-denominator"
    case numeratorExceedsDenominator = "numerator-exceeds-denominator"
    case rateMismatch = "rate-mismatch"
    case countsDoNotAddUp = "counts-do-not-add-up"
    case denominatorMismatch = "denominator-mismatch"
    case rankContradictsScores = "rank-contradicts-scores"
    case tiedScoresDifferentRanks = "tied-scores-different-ranks"
    case sourceConflict = "source-conflict"
    case gap
    case unitAfterItsEnd = "unit-after-its-end"
    case unitBeforeItsStart = "unit-before-its-start"
    case mixedBoundaries = "mixed-boundaries"
}

extension Problem {
    /// The problem's stable identifier.
    public var code: DiagnosticCode {
        switch self {
        case .noSuchFile: .noSuchFile
        case .unreadable: .unreadable
        case .emptyFolder: .emptyFolder
        case .unreadableFolder: .unreadableFolder
        case .folderTooLarge: .folderTooLarge
        case .notAFile: .notAFile
        case .tooLarge: .tooLarge
        case .nulByte: .notText
        case .notUTF8: .notUTF8
        case .emptyFile: .emptyFile
        case .noRows: .noRows
        case .unknownLayout: .unknownLayout
        case .damagedWorkbook: .damagedWorkbook
        case .encryptedWorkbook: .encryptedWorkbook
        case .legacyExcel: .legacyExcel
        case .openDocumentSpreadsheet: .openDocument
        case .noSuchSheet: .noSuchSheet
        case .unreadableSheet: .unreadableSheet
        case .unterminatedQuote: .unterminatedQuote
        case .textAfterQuote: .textAfterQuote
        case .unusedColumn: .unusedColumn
        case .tooManyCells: .tooManyCells
        case .tooFewCells: .tooFewCells
        case .ambiguousDecimal, .decimalFromRange: .ambiguousDecimal
        case .mixedDecimal: .mixedDecimal
        case .notANumber, .notAWholeNumber: .notANumber
        case .missingUnit: .missingUnit
        case .missingPeriod: .missingPeriod
        case .missingMetric, .missingMetricID: .missingMetric
        case .badPeriod: .badPeriod
        case .badLevel: .badLevel
        case .badTier: .badTier
        case .badRank, .rankBelowOne: .badRank
        case .rankOfMismatch: .rankOfMismatch
        case .emptyObservation: .emptyObservation
        case .levelMismatch: .levelMismatch
        case .unknownMetric: .unknownMetric
        case .wideWithoutMetric: .wideWithoutMetric
        case .badKind: .badKind
        case .badDirection: .badDirection
        case .incompleteTarget: .incompleteTarget
        case .badComparator: .badComparator
        case .incompleteCrosswalk: .incompleteCrosswalk
        case .badDossier: .badDossier
        case .dossiersLeftOut: .dossiersLeftOut
        case .duplicate: .duplicate
        case .conflictingDuplicate: .conflictingDuplicate
        case .outOfRange: .outOfRange
        case .rankExceedsRankOf: .rankExceedsRankOf
        case .zeroDenominator: .zeroDenominator
        case .numeratorExceedsDenominator: .numeratorExceedsDenominator
        case .rateMismatch: .rateMismatch
        case .partsDoNotAddUp, .partsExceedTotal, .onTimeAndLateDoNotAddUp: .countsDoNotAddUp
        case .denominatorIsNotResolved, .denominatorIsNotReceived: .denominatorMismatch
        case .rankContradictsScores: .rankContradictsScores
        case .tiedScoresDifferentRanks: .tiedScoresDifferentRanks
        case .sourceConflict: .sourceConflict
        case .gap: .gap
        case .badChange: .badChange
        case .badEffectiveDate: .badEffectiveDate
        case .badShare: .badShare
        case .unitAfterItsEnd: .unitAfterItsEnd
        case .unitBeforeItsStart: .unitBeforeItsStart
        case .mixedBoundaries: .mixedBoundaries
        }
    }

    /// Errors stop a figure (or a file) from being used, or contradict the data; warnings are
    /// worth a look and change nothing that is read.
    public var severity: Diagnostic.Severity {
        switch self {
        case .emptyFolder, .textAfterQuote, .unusedColumn, .tooFewCells, .ambiguousDecimal, .decimalFromRange,
            .mixedDecimal,
            .emptyObservation, .levelMismatch, .unknownMetric, .duplicate, .denominatorIsNotResolved,
            .denominatorIsNotReceived, .tiedScoresDifferentRanks, .sourceConflict, .gap,
            .unitAfterItsEnd, .unitBeforeItsStart, .mixedBoundaries, .badDossier, .dossiersLeftOut:
            .warning
        case .noSuchFile, .unreadable, .unreadableFolder, .folderTooLarge, .notAFile, .tooLarge, .nulByte, .notUTF8,
            .emptyFile, .noRows,
            .unknownLayout, .damagedWorkbook, .encryptedWorkbook, .legacyExcel, .openDocumentSpreadsheet, .noSuchSheet,
            .unreadableSheet,
            .unterminatedQuote,
            .tooManyCells, .notANumber, .notAWholeNumber, .missingUnit, .missingPeriod, .missingMetric,
            .missingMetricID, .badPeriod, .badLevel, .badTier, .badRank, .rankOfMismatch, .wideWithoutMetric, .badKind,
            .badDirection, .incompleteTarget, .badComparator, .incompleteCrosswalk, .conflictingDuplicate, .outOfRange,
            .rankBelowOne, .rankExceedsRankOf, .zeroDenominator, .numeratorExceedsDenominator, .rateMismatch,
            .partsDoNotAddUp, .partsExceedTotal, .onTimeAndLateDoNotAddUp, .rankContradictsScores, .badChange,
            .badEffectiveDate, .badShare:
            .error
        }
    }
}
