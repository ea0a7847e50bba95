/// What is wrong with an input, as a typed value.
///
/// A problem carries what its message needs and nothing worded: the catalog of each language
/// (module `Messages`) words it, and ``code`` names it for scripts (`check --format json`). The
/// loader's rules report the problems of inputs and rows; `check` (module `Analysis`) reports the
/// problems of figures that contradict each other.
public enum Problem: Hashable, Sendable {
    // MARK: Inputs

    /// A path given as data that does not exist.
    case noSuchFile
    /// A file that exists and cannot be read.
    case unreadable
    /// A folder without a data file.
    case emptyFolder
    /// A folder (the one named, or one inside it) whose entries cannot be listed.
    case unreadableFolder
    /// A folder whose walk would look at more than `entries` entries (`--data /`): refused.
    case folderTooLarge(entries: Int)
    /// A data path that is not a regular file (a FIFO, a device, a socket): never read.
    case notAFile(FileKind)
    /// A file larger than a table of figures holds.
    case tooLarge(megabytes: Int)
    /// A NUL byte: a binary file.
    case nulByte
    /// A byte that is not valid UTF-8.
    case notUTF8(byte: UInt8)
    case emptyFile
    /// A header and nothing else: an error, as a file that should hold figures and holds none.
    case noRows
    /// A header that matches no layout; `missing` are the tidy columns it lacks.
    case unknownLayout(header: [String], missing: [String])

    // MARK: Workbooks

    /// A workbook that cannot be opened: a damaged archive, or one without a part it needs.
    case damagedWorkbook(missingPart: String?)
    /// A workbook protected by a password (stored encrypted): its cells cannot be read.
    case encryptedWorkbook
    /// An Excel 97–2003 workbook (`.xls`, BIFF), which is not read.
    case legacyExcel
    /// An OpenDocument spreadsheet (`.ods`), which is not read.
    case openDocumentSpreadsheet
    /// A sheet named with `--sheet` or `book.xlsx#Sheet` that the workbook does not have.
    case noSuchSheet(String, available: [String])
    /// A sheet named that has no cells to read (a chart sheet, a missing part).
    case unreadableSheet(String)

    // MARK: Cells

    case unterminatedQuote
    case textAfterQuote
    case unusedColumn(String)
    case tooManyCells(count: Int, width: Int)
    case tooFewCells(count: Int, width: Int)
    /// No cell tells the decimal separator; `example` was read with a point as `readAs`.
    case ambiguousDecimal(example: String, readAs: Double?)
    /// No cell tells the decimal separator, and `convention` is the only reading that keeps the
    /// values within their metric's range: `example` was read as `readAs`.
    case decimalFromRange(
        example: String, readAs: Double, convention: DecimalConvention, metric: String, min: Double?, max: Double?)
    /// Cells need both separators; the majority, `chosen`, was used.
    case mixedDecimal(point: Int, comma: Int, chosen: DecimalConvention)
    /// A cell of `column` that does not read as a number under `convention` (a count must be
    /// whole when `count`); `readsOtherwise` when the other convention would read it.
    case notANumber(text: String, column: String, count: Bool, convention: DecimalConvention, readsOtherwise: Bool)
    /// A `rank_of` cell that is not a whole number of at least 1.
    case notAWholeNumber(text: String, column: String)

    // MARK: Rows

    case missingUnit
    case missingPeriod
    case missingMetric
    /// A metric definition without an id.
    case missingMetricID
    case badPeriod(PeriodParseError)
    case badLevel(String)
    case badTier(String)
    case badRank(String)
    /// `rank_of` and a rank written `6/63` disagree.
    case rankOfMismatch(rankOf: Int, rankCell: String)
    /// A row with no value, no rank and no pair of counts.
    case emptyObservation
    /// A unit already loaded at another level; the first is kept.
    case levelMismatch(unit: String, first: UnitLevel, given: UnitLevel)
    /// A metric the catalog lacks, with the ids it may have meant.
    case unknownMetric(String, suggestions: [String])
    /// A wide table that says no metric (and none was given).
    case wideWithoutMetric
    case badKind(String)
    case badDirection(String)
    case incompleteTarget
    case badComparator(String)
    case incompleteCrosswalk
    /// A crosswalk's `change` cell that names no kind of change.
    case badChange(String)
    /// A crosswalk's `effective` cell that is no date (`2025-07-01`, `1/7/2025`).
    case badEffectiveDate(String)
    /// A crosswalk's `share` cell that is not a number in 0–1 (or 0–100 %).
    case badShare(String)

    // MARK: Dossier logs

    /// A record of a dossier log left out of every count: `text` is the cell of `column` at fault
    /// (empty for a missing value).
    case badDossier(BadDossier, text: String, column: String)
    /// Of the `records` of a dossier log, these were left out (each kind once, in order).
    case dossiersLeftOut(records: Int, leftOut: [BadDossierCount])

    // MARK: Figures given twice by one source

    /// The same figure twice with the same values; `first` is the other row.
    case duplicate(FigureName, first: SourceLocation)
    /// The same figure twice with different values.
    case conflictingDuplicate(FigureName, differences: [Difference], first: SourceLocation)

    // MARK: Figures that contradict each other (`check`)

    /// A value outside its metric's valid range.
    case outOfRange(FigureName, value: Double, min: Double?, max: Double?)
    case rankBelowOne(FigureName, rank: Int)
    case rankExceedsRankOf(FigureName, rank: Int, of: Int)
    case zeroDenominator(FigureName)
    case numeratorExceedsDenominator(FigureName, numerator: Double, denominator: Double)
    /// A rate that differs from 100·n/d by more than half a unit of its last written decimal.
    case rateMismatch(FigureName, value: Double, numerator: Double, denominator: Double, decimals: Int)
    /// Resolved + pending + ineligible ≠ received.
    case partsDoNotAddUp(FigureName, parts: [CountPart], total: Double)
    /// Some of the parts are given and already exceed what was received.
    case partsExceedTotal(FigureName, parts: [CountPart], total: Double)
    /// On time + late ≠ resolved.
    case onTimeAndLateDoNotAddUp(FigureName, onTime: Double, late: Double, resolved: Double)
    /// An on-time or late rate computed over another count than the dossiers resolved.
    case denominatorIsNotResolved(FigureName, metric: String, denominator: Double, resolved: Double)
    /// An online-filing rate computed over another count than the dossiers received.
    case denominatorIsNotReceived(FigureName, metric: String, denominator: Double, received: Double)
    /// In one ranking, a better score holds a worse official rank.
    case rankContradictsScores(RankPair, better: Direction)
    /// Equal scores, different official ranks.
    case tiedScoresDifferentRanks(RankPair)
    /// Sources that give different figures for one unit, period, metric and tier.
    case sourceConflict(FigureName, figures: [SourcedFigure])
    /// A series that lacks periods its peers have.
    case gap(unit: String, metric: String, tier: Tier?, from: Period, to: Period, missing: [Period])
    /// A figure of an old unit for a period wholly after the date it became part of `successors`.
    case unitAfterItsEnd(FigureName, successors: [String], effective: CalendarDate)
    /// A figure of a new unit, made of `predecessors`, for a period wholly before the date it began.
    case unitBeforeItsStart(FigureName, predecessors: [String], effective: CalendarDate)
    /// One period of a metric, straddling the date, holds figures of an old unit (`figure`) whose
    /// name ended and of the new unit it became part of (`successor`, whose figure is at `other`):
    /// old and new boundaries in one table.
    case mixedBoundaries(FigureName, successor: String, effective: CalendarDate, other: SourceLocation)
}

extension Problem {
    /// The period of the figure a problem is about, when it is about figures of one period.
    public var period: Period? {
        switch self {
        case .duplicate(let f, _), .conflictingDuplicate(let f, _, _), .outOfRange(let f, _, _, _),
            .rankBelowOne(let f, _), .rankExceedsRankOf(let f, _, _), .zeroDenominator(let f),
            .numeratorExceedsDenominator(let f, _, _), .rateMismatch(let f, _, _, _, _), .partsDoNotAddUp(let f, _, _),
            .partsExceedTotal(let f, _, _), .onTimeAndLateDoNotAddUp(let f, _, _, _),
            .denominatorIsNotResolved(let f, _, _, _), .denominatorIsNotReceived(let f, _, _, _),
            .sourceConflict(let f, _), .unitAfterItsEnd(let f, _, _), .unitBeforeItsStart(let f, _, _),
            .mixedBoundaries(let f, _, _, _):
            f.period
        case .rankContradictsScores(let pair, _), .tiedScoresDifferentRanks(let pair): pair.period
        default: nil
        }
    }
}

/// What a path that is not a regular file is.
public enum FileKind: String, Hashable, Sendable {
    case fifo, characterDevice, blockDevice, socket, other
}

/// A figure as messages name it: unit · period · metric · tier.
public struct FigureName: Hashable, Sendable {
    public var unit: String
    public var period: Period
    /// Nil for a message about several metrics of one unit and period (dossier counts).
    public var metric: String?
    public var tier: Tier?

    public init(unit: String, period: Period, metric: String?, tier: Tier?) {
        self.unit = unit
        self.period = period
        self.metric = metric
        self.tier = tier
    }
}

/// One way two rows of the same figure differ.
public enum Difference: Hashable, Sendable {
    case value(Double, Double)
    case rank(Int, Int)
    case rankOf(Int, Int)
    case numerator(Double, Double)
    case denominator(Double, Double)
}

/// A dossier count that is a part of the dossiers received, and its figure.
public struct CountPart: Hashable, Sendable {
    /// The metric, e.g. `dossiers_resolved`.
    public var metric: String
    public var value: Double

    public init(metric: String, value: Double) {
        self.metric = metric
        self.value = value
    }
}

/// Two units of one ranking: `unit` (the row reported) against `other` (an earlier row).
public struct RankPair: Hashable, Sendable {
    public var metric: String
    public var period: Period
    public var unit: String
    public var value: Double
    public var rank: Int
    public var other: String
    public var otherValue: Double
    public var otherRank: Int
    /// The other row's line, and its file when that is another file.
    public var otherLine: Int
    public var otherFile: String?

    public init(
        metric: String, period: Period, unit: String, value: Double, rank: Int, other: String, otherValue: Double,
        otherRank: Int, otherLine: Int, otherFile: String?
    ) {
        self.metric = metric
        self.period = period
        self.unit = unit
        self.value = value
        self.rank = rank
        self.other = other
        self.otherValue = otherValue
        self.otherRank = otherRank
        self.otherLine = otherLine
        self.otherFile = otherFile
    }
}

/// One source's figure in a conflict between sources.
public struct SourcedFigure: Hashable, Sendable {
    public var value: Double?
    public var rank: Int?
    public var rankOf: Int?
    /// The row's line, and its file when that is not the file of the conflict's last row.
    public var line: Int
    public var file: String?
    public var source: String?

    public init(value: Double?, rank: Int?, rankOf: Int?, line: Int, file: String?, source: String?) {
        self.value = value
        self.rank = rank
        self.rankOf = rankOf
        self.line = line
        self.file = file
        self.source = source
    }
}
