import Messages
import Panel
import Testing

/// Every problem in an input reads as Vietnamese under `--lang vi`: one sample of each, worded
/// by both catalogs.
@Suite("Problems in Vietnamese")
struct VietnameseProblemTests {
    static let figure = FigureName(unit: "Hà Nội", period: .half(2022, 1), metric: "on_time_rate", tier: .commune)
    static let place = SourceLocation(file: "a.csv", line: 3, column: 1)
    static let pair = RankPair(
        metric: "papi", period: .year(2019), unit: "Thừa Thiên Huế", value: 45.86, rank: 5, other: "Quảng Ninh",
        otherValue: 44.66, otherRank: 3, otherLine: 11, otherFile: nil)

    /// One problem of each code.
    static let samples: [Problem] =
        [
            .noSuchFile, .unreadable, .emptyFolder, .unreadableFolder, .folderTooLarge(entries: 50_000),
            .notAFile(.fifo), .tooLarge(megabytes: 1024), .nulByte, .notUTF8(byte: 0xC3), .emptyFile, .noRows,
            .unknownLayout(header: ["a", "b"], missing: ["period", "value"]), .damagedWorkbook(missingPart: nil),
            .damagedWorkbook(missingPart: "xl/workbook.xml"), .encryptedWorkbook, .legacyExcel,
            .openDocumentSpreadsheet,
            .noSuchSheet("Tổng hợp", available: ["Sheet1", "Dữ liệu"]), .unreadableSheet("Biểu đồ"),
            .unterminatedQuote, .textAfterQuote,
            .unusedColumn("ghi chú"), .tooManyCells(count: 5, width: 4), .tooFewCells(count: 3, width: 4),
            .ambiguousDecimal(example: "7,554", readAs: 7554),
            .decimalFromRange(
                example: "99,17", readAs: 99.17, convention: .comma, metric: "on_time_rate", min: 0, max: 100),
            .mixedDecimal(point: 3, comma: 40, chosen: .comma),
            .notANumber(text: "n/a", column: "value", count: false, convention: .point, readsOtherwise: false),
            .notAWholeNumber(text: "7.5", column: "numerator"), .missingUnit, .missingPeriod, .missingMetric,
            .missingMetricID,
            .badPeriod(PeriodParseError(text: "2022-Q5", reason: .outOfRange(.quarter, text: "5", range: 1...4))),
            .badLevel("tinh"), .badTier("xa"), .badRank("sáu"), .rankOfMismatch(rankOf: 63, rankCell: "6/62"),
            .emptyObservation, .levelMismatch(unit: "Huế", first: .province, given: .district),
            .unknownMetric("par_idx", suggestions: ["par_index"]), .wideWithoutMetric, .badKind("ratio"),
            .badDirection("up"), .incompleteTarget, .badComparator("=>"), .incompleteCrosswalk,
            .duplicate(figure, first: place),
            .conflictingDuplicate(figure, differences: [.value(99.17, 99.2), .rank(2, 3)], first: place),
            .outOfRange(figure, value: 101.5, min: 0, max: 100), .rankBelowOne(figure, rank: 0),
            .rankExceedsRankOf(figure, rank: 70, of: 63), .zeroDenominator(figure),
            .numeratorExceedsDenominator(figure, numerator: 7600, denominator: 7554),
            .rateMismatch(figure, value: 99.17, numerator: 7000, denominator: 7554, decimals: 2),
            .partsDoNotAddUp(
                figure,
                parts: [
                    .init(metric: "dossiers_resolved", value: 7088), .init(metric: "dossiers_pending", value: 216),
                ],
                total: 7554),
            .partsExceedTotal(figure, parts: [.init(metric: "dossiers_resolved", value: 8000)], total: 7554),
            .onTimeAndLateDoNotAddUp(figure, onTime: 7000, late: 50, resolved: 7088),
            .denominatorIsNotResolved(figure, metric: "on_time_rate", denominator: 7554, resolved: 7088),
            .denominatorIsNotReceived(figure, metric: "online_filing_rate", denominator: 7000, received: 7554),
            .rankContradictsScores(pair, better: .higher), .tiedScoresDifferentRanks(pair),
            .sourceConflict(
                figure,
                figures: [
                    .init(value: 99.17, rank: nil, rankOf: nil, line: 3, file: nil, source: "UBND"),
                    .init(value: 98.5, rank: 4, rankOf: 63, line: 9, file: "b.csv", source: nil),
                ]),
            .gap(unit: "Huế", metric: "papi", tier: nil, from: .year(2018), to: .year(2022), missing: [.year(2020)]),
            .badChange("swallowed"), .badEffectiveDate("2025-02-30"), .badShare("150%"),
            .badDossier(.returnedBeforeReceived, text: "07/01/2024 09:59", column: "Ngày trả kết quả"),
            .badDossier(.missingValue, text: "", column: "Hạn xử lý"),
            .badDossier(.unreadableDate, text: "31/02/2022", column: "Ngày tiếp nhận"),
            .dossiersLeftOut(
                records: 7554, leftOut: BadDossier.allCases.map { BadDossierCount(kind: $0, count: 2) }),
        ]
        + (CalendarDate(year: 2025, month: 7, day: 1).map { july2025 in
            [
                .unitAfterItsEnd(figure, successors: ["Đồng Nai"], effective: july2025),
                .unitBeforeItsStart(figure, predecessors: ["Xã Mây Hồng", "Xã Suối Bạc"], effective: july2025),
                .mixedBoundaries(figure, successor: "Đồng Nai", effective: july2025, other: place),
            ]
        } ?? [])

    @Test func theSamplesCoverEveryCode() {
        #expect(Set(Self.samples.map(\.code)).count == DiagnosticCode.allCases.count)
    }

    @Test(arguments: samples)
    func eachProblemHasItsOwnVietnameseWording(_ problem: Problem) {
        let en = Catalog(.en)
        let vi = Catalog(.vi)
        #expect(vi(problem) != en(problem), "\(problem)")
        #expect((vi.hint(problem) == nil) == (en.hint(problem) == nil), "\(problem)")
        if let hint = vi.hint(problem) { #expect(hint != en.hint(problem)) }
    }

    @Test func figuresPeriodsAndPlacesReadAsReportsWriteThem() {
        let vi = Catalog(.vi)
        #expect(
            vi(.rankContradictsScores(Self.pair, better: .higher))
                == "papi năm 2019: Thừa Thiên Huế có 45,86 và xếp hạng 5, nhưng Quảng Ninh có 44,66 và xếp hạng 3 (dòng 11); cao hơn là tốt hơn"
        )
        #expect(
            vi(.partsDoNotAddUp(Self.figure, parts: [.init(metric: "dossiers_resolved", value: 7088)], total: 7554))
                == "Hà Nội · 6 tháng đầu năm 2022 · on_time_rate · cấp xã: đã giải quyết 7.088 = 7.088, nhưng số hồ sơ tiếp nhận là 7.554"
        )
        #expect(
            vi.formatted(Diagnostic(.emptyFile, at: SourceLocation(file: "a.csv", line: 1, column: 0)))
                == "a.csv:1: lỗi: tệp rỗng [empty-file]\n  gợi ý: tệp dạng dọc bắt đầu bằng dòng tiêu đề: unit,period,metric,value"
        )
    }
}
