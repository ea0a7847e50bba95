import Panel

extension English {
    /// The message of a problem in an input: what is wrong, with the cell's text where it helps.
    static func text(_ problem: Problem) -> String {
        switch problem {
        case .noSuchFile: "no such file or folder"
        case .unreadable: "the file cannot be read"
        case .emptyFolder: "the folder holds no .csv, .tsv or .xlsx file"
        case .unreadableFolder: "the folder cannot be read: the data files in it, if any, are not loaded"
        case .folderTooLarge(let entries):
            "the folder holds more than \(entries) entries: it is not read (a data folder is far smaller)"
        case .notAFile(let kind): "this is \(name(of: kind)), not a file: it is not read"
        case .tooLarge(let megabytes): "the file is larger than \(megabytes) MB, more than a table of figures holds"
        case .nulByte: "the file contains a NUL byte: it looks like a binary file, not CSV text or an .xlsx workbook"
        case .notUTF8(let b): "byte 0x\(b < 16 ? "0" : "")\(String(b, radix: 16, uppercase: true)) is not valid UTF-8"
        case .emptyFile: "the file is empty"
        case .noRows: "the file has a header and no data rows"
        case .unknownLayout(let header, let missing):
            "cannot tell what this file holds: the header has \(header.map { "'\($0)'" }.joined(separator: ", ")); a tidy file needs \(missing.joined(separator: ", "))"
        case .damagedWorkbook(let part):
            "the workbook cannot be opened: it is damaged" + (part.map { " (\($0) is missing)" } ?? "")
        case .encryptedWorkbook: "the workbook is protected by a password: its cells cannot be read"
        case .legacyExcel: "this is an Excel 97–2003 workbook (.xls), a format parlens does not read"
        case .openDocumentSpreadsheet: "this is an OpenDocument spreadsheet (.ods), a format parlens does not read"
        case .noSuchSheet(let name, _): "the workbook has no sheet '\(name)'"
        case .unreadableSheet(let name): "sheet '\(name)' has no cells to read (a chart sheet?)"
        case .unterminatedQuote: "a quoted cell starts here and is never closed"
        case .textAfterQuote: "text after the closing quote was joined to the cell"
        case .unusedColumn(let name): "column '\(name)' is not one parlens reads; its cells are ignored"
        case .tooManyCells(let count, let width): "this row has \(count) cells but the header has \(width)"
        case .tooFewCells(let count, let width):
            "this row has \(count) cells but the header has \(width); the missing ones are read as empty"
        case .ambiguousDecimal(let example, let readAs):
            "no cell shows which decimal separator this file uses; '\(example)' and the like were read with a decimal point (\(example.replacingOccurrences(of: ",", with: "")) → \(readAs.map(Agreement.format) ?? example))"
        case .decimalFromRange(let example, let readAs, let convention, let metric, let min, let max):
            "no cell shows which decimal separator this file uses; '\(example)' and the like were read with a decimal \(name(of: convention)) (\(Agreement.format(readAs))), the only reading that keeps \(metric) within its range \(range(min, max))"
        case .mixedDecimal(let point, let comma, let chosen):
            "the file mixes decimal separators (\(point) cells with a point, \(comma) with a comma); read with a decimal \(name(of: chosen)), the majority"
        case .notANumber(let text, let column, let count, _, _):
            "'\(text)' is not a number in column \(column)\(count ? " (a count must be a whole number)" : "")"
        case .notAWholeNumber(let text, let column): "'\(text)' is not a whole number in column \(column)"
        case .missingUnit: "the unit is empty"
        case .missingPeriod: "the period is empty"
        case .missingMetric: "the metric is empty"
        case .missingMetricID: "the metric id is empty"
        case .badPeriod(let error): text(error)
        case .badLevel(let text): "'\(text)' is not a level"
        case .badTier(let text): "'\(text)' is not a tier"
        case .badRank(let text): "'\(text)' is not a rank"
        case .rankOfMismatch(let rankOf, let rankCell): "rank_of says \(rankOf) but the rank cell says '\(rankCell)'"
        case .emptyObservation: "the row has no value, no rank and no pair of counts; nothing was read from it"
        case .levelMismatch(let unit, let first, let given):
            "\(unit) was loaded as a \(first.rawValue) and is a \(given.rawValue) here; the first level is kept"
        case .unknownMetric(let id, let suggestions):
            "metric '\(id)' is not in the catalog; its values are read as plain numbers"
                + (suggestions.isEmpty
                    ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?)")
        case .wideWithoutMetric: "this wide table (one column per period) does not say which metric it holds"
        case .badKind(let text): "'\(text)' is not a metric kind"
        case .badDirection(let text): "'\(text)' is not a direction"
        case .incompleteTarget: "a target needs a unit and a metric"
        case .badComparator(let text): "'\(text)' is not a comparator"
        case .incompleteCrosswalk: "a crosswalk row needs old_province and new_province (or old_unit and new_unit)"
        case .badDossier, .dossiersLeftOut: dossierText(problem)
        case .duplicate(let figure, let first):
            "duplicate of \(row(first)): \(name(of: figure)) is given twice with the same figures"
        case .conflictingDuplicate(let figure, let differences, let first):
            "\(name(of: figure)) is given twice with different figures (\(differences.map(text).joined(separator: ", "))); the other row is \(row(first))"
        case .outOfRange, .rankBelowOne, .rankExceedsRankOf, .zeroDenominator, .numeratorExceedsDenominator,
            .rateMismatch, .partsDoNotAddUp, .partsExceedTotal, .onTimeAndLateDoNotAddUp, .denominatorIsNotResolved,
            .denominatorIsNotReceived, .rankContradictsScores, .tiedScoresDifferentRanks, .sourceConflict, .gap,
            .unitAfterItsEnd, .unitBeforeItsStart, .mixedBoundaries:
            checkText(problem)
        case .badChange, .badEffectiveDate, .badShare:
            crosswalkText(problem)
        }
    }

    /// What to do about a problem, when there is something to say.
    static func hint(_ problem: Problem) -> String? {
        switch problem {
        case .noSuchFile: "check the path given to --data"
        case .folderTooLarge: "name the folder that holds the data files"
        case .notAFile: "give a regular .csv file (save a stream to a file first)"
        case .unreadable, .unreadableFolder: "check its permissions"
        case .tooLarge: "split it, or keep only the rows and columns of the review"
        case .nulByte: "give a CSV (UTF-8) file or an .xlsx workbook"
        case .damagedWorkbook: "open it in Excel or LibreOffice and save it again as .xlsx"
        case .encryptedWorkbook:
            "remove the password (Excel: File › Info › Protect Workbook › Encrypt with Password, clear it) and save again"
        case .legacyExcel, .openDocumentSpreadsheet:
            "open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx), or export the sheet as CSV UTF-8"
        case .noSuchSheet(_, let available):
            "its sheets: \(available.map { "'\($0)'" }.joined(separator: ", ")); --sheet takes a name or a number (1 = the first)"
        case .unreadableSheet: "name a sheet that holds a table of figures"
        case .notUTF8: "save the file as 'CSV UTF-8'; legacy encodings (TCVN3, VNI, Windows-1258) are not read"
        case .emptyFile: "a tidy file starts with a header: unit,period,metric,value"
        case .unknownLayout:
            "a tidy file has columns unit, period, metric, value; a wide file has the unit first and one column per period (2021, 2022, …)"
        case .unterminatedQuote: "every opening \" needs a closing \"; a quote inside a quoted cell is written \"\""
        case .textAfterQuote: "quote the whole cell"
        case .unusedColumn:
            "columns read: unit, level, parent, tier, period, metric, value, numerator, denominator, rank, rank_of, source, note"
        case .tooManyCells:
            "a delimiter inside a value (a decimal comma in a comma-separated file?) must be quoted: \"99,17\""
        case .ambiguousDecimal: "pass --decimal comma if the file writes 99,17 for ninety-nine point one seven"
        case .decimalFromRange(let example, _, let convention, _, _, _):
            "pass --decimal \(convention == .point ? "comma" : "point") if '\(example)' means something else"
        case .mixedDecimal: "cells written the other way are reported as errors; fix them or pass --decimal"
        case .notANumber(let text, _, _, let convention, let readsOtherwise):
            readsOtherwise
                ? "this file is read with a decimal \(name(of: convention)); pass --decimal \(convention == .point ? "comma" : "point") if '\(text)' is right"
                : "write a number such as 99.17, 99,17, 7554 or 7.554; missing values are empty, '-' or NA"
        case .missingUnit: "every row needs the unit's name"
        case .missingPeriod, .badPeriod: periodForms
        case .missingMetric: "e.g. par_index, sipas, online_filing_rate"
        case .badLevel:
            "levels: \(UnitLevel.allCases.map(\.rawValue).joined(separator: ", ")) (or tỉnh, huyện, xã, sở, bộ, vùng, cả nước)"
        case .badTier: "tiers: province, district, commune (or cấp tỉnh, cấp huyện, cấp xã)"
        case .badRank: "write a rank as 6, 6/63 or hạng 6"
        case .emptyObservation: "give a value, a rank, or numerator and denominator"
        case .unknownMetric: "define it in a metrics.csv beside the data: id,name_vi,name_en,kind,better,min,max"
        case .wideWithoutMetric: "add a 'metric' column or pass --metric ID"
        case .badKind: "kinds: \(MetricKind.allCases.map(\.rawValue).joined(separator: ", "))"
        case .badDirection: "higher, lower or none"
        case .badComparator: "one of >=, <=, >, <, ="
        case .duplicate: "delete one of the two rows"
        case .conflictingDuplicate:
            "keep the right row, or give each row its own source so that `parlens check` lists them as a conflict between sources"
        case .rateMismatch: "one of the three figures is wrong; reports round rates to two decimals"
        case .outOfRange: "check the figure; a metrics.csv beside the data can widen the range"
        case .partsDoNotAddUp: "resolved + pending + ineligible should equal received"
        case .denominatorIsNotResolved:
            "say which definition the rate uses (QĐ 766 also counts open dossiers within their deadline)"
        case .rankContradictsScores: "one score or one rank is wrong, or the two rows come from different rankings"
        case .tiedScoresDifferentRanks: "published scores are rounded; the ranking may use more decimals"
        case .sourceConflict: "all rows are kept; say which source a review uses"
        case .gap: "a missing report, or a unit that was renamed or merged"
        case .emptyFolder, .noRows, .tooFewCells, .notAWholeNumber, .missingMetricID, .rankOfMismatch, .levelMismatch,
            .incompleteTarget, .incompleteCrosswalk, .badDossier, .dossiersLeftOut, .rankBelowOne, .rankExceedsRankOf,
            .zeroDenominator,
            .numeratorExceedsDenominator, .partsExceedTotal, .onTimeAndLateDoNotAddUp, .denominatorIsNotReceived:
            nil
        case .badChange, .badEffectiveDate, .badShare, .unitAfterItsEnd, .unitBeforeItsStart, .mixedBoundaries:
            crosswalkHint(problem)
        }
    }

    /// The forms of period parlens reads.
    static let periodForms =
        "write a period as 2022, 2022-H1, H1/2022, 2022-Q3, quý III/2022, 2023-11, tháng 11/2023, 2022-9M, 9T/2022, 6 tháng đầu năm 2022 or 2021-2023"

    static func text(_ error: PeriodParseError) -> String {
        let reason: String =
            switch error.reason {
            case .empty: "it is empty"
            case .notAFourDigitYear(let t): "'\(t)' is not a four-digit year"
            case .yearOutOfRange(let y): "year \(y) is outside 1900–2100"
            case .outOfRange(let part, let t, let range):
                "\(part.rawValue) '\(t)' is outside \(range.lowerBound)–\(range.upperBound)"
            case .monthCountOutOfRange(let n): "\(n) months is outside 1–12"
            case .yearsBackwards(let y0, let y1): "a span of years must run forward (\(y0) ≥ \(y1))"
            case .monthsBackwards(let m0?, let m1?): "months must run forward (\(m0) > \(m1))"
            case .monthsBackwards: "months must run forward"
            case .unreadable(let t): "cannot read '\(t)'"
            }
        return "'\(error.text)' is not a period: \(reason)"
    }

    /// "a FIFO (named pipe)", "a character device", …
    static func name(of kind: FileKind) -> String {
        switch kind {
        case .fifo: "a FIFO (named pipe)"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        case .other: "a special file"
        }
    }

    /// "point" or "comma".
    static func name(of convention: DecimalConvention) -> String { convention == .point ? "point" : "comma" }

    /// unit · period · metric · tier.
    static func name(of figure: FigureName) -> String {
        var parts = [figure.unit, period(figure.period)]
        if let metric = figure.metric { parts.append(metric) }
        if let tier = figure.tier { parts.append(text(.tier(tier))) }
        return parts.joined(separator: " · ")
    }

    static func text(_ difference: Difference) -> String {
        let f = Agreement.format
        return switch difference {
        case .value(let x, let y): "value \(f(x)) vs \(f(y))"
        case .rank(let x, let y): "rank \(x) vs \(y)"
        case .rankOf(let x, let y): "rank of \(x) vs \(y)"
        case .numerator(let x, let y): "numerator \(f(x)) vs \(f(y))"
        case .denominator(let x, let y): "denominator \(f(x)) vs \(f(y))"
        }
    }
}

extension English {
    /// The words of a compiler-style line: severity and hint.
    static func text(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        }
    }

    static let hintWord = "hint"

    /// Another row of a file as messages name it: `file:line`, or for a sheet `book.xlsx[Sheet1]!12`.
    static func row(_ l: SourceLocation) -> String { l.isCell ? "\(l.file)!\(l.line)" : "\(l.file):\(l.line)" }
}
