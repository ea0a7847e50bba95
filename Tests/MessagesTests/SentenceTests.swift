import Analysis
import Messages
import Panel
import Statistics
import Testing

/// Sentences as the golden files, the notebooks and the README print them.
@Suite("Sentences")
struct SentenceTests {
    let en = Catalog(.en)
    let vi = Catalog(.vi)

    static let parIndex = Metric(
        id: "par_index", nameVi: "Chỉ số cải cách hành chính (PAR INDEX)",
        nameEn: "Public Administration Reform Index (PAR INDEX)", kind: .percent, better: .higher)
    static let parIndexRank = Metric(
        id: "par_index_rank", nameVi: "Xếp hạng Chỉ số cải cách hành chính (PAR INDEX)",
        nameEn: "PAR INDEX rank", kind: .rank, better: .lower)

    @Test func titles() {
        #expect(
            en(.rankTitle(Self.parIndex, period: .year(2024), versus: .year(2022), level: .department))
                == "Public Administration Reform Index (PAR INDEX) · 2024 vs 2022 · department · higher is better")
        #expect(
            vi(.compareTitle(Self.parIndexRank, from: .year(2021), to: .year(2022), level: .district))
                == "Xếp hạng Chỉ số cải cách hành chính (PAR INDEX) · năm 2021 → năm 2022 · huyện · thấp hơn là tốt hơn"
        )
        #expect(
            en(.trendTitle(Self.parIndex, unit: "A", first: .year(2016), last: .year(2024), n: 9))
                == "Public Administration Reform Index (PAR INDEX) · A · 2016–2024 · n = 9")
        #expect(en(.trendTitle(Self.parIndex, unit: "A", first: nil, last: nil, n: 0)).hasSuffix("· A · n = 0"))
        // No level, no empty part (issue 13: "2023 vs 2022 ·  · higher is better").
        #expect(en(.summaryTitle(Self.parIndex, period: .year(2024), level: nil)).hasSuffix(" · 2024"))
        #expect(
            vi(.rankTitle(Self.parIndex, period: .year(2023), versus: .year(2022), level: nil))
                == "Chỉ số cải cách hành chính (PAR INDEX) · năm 2023 so với năm 2022 · cao hơn là tốt hơn")
        #expect(vi(.rankChartTitle(Self.parIndex)) == "Chỉ số cải cách hành chính (PAR INDEX) · Hạng")
        #expect(
            en(.infoTitle(version: "0.1.0", paths: ["datasets"], files: "10")) == "parlens 0.1.0 · datasets · 10 files")
        #expect(vi(.problems(.warning, count: 77)) == "Cảnh báo (77)")
    }

    @Test func findingsOfRankingsAndComparisons() {
        #expect(
            en(.changes(.percent, improved: 2, worsened: 0))
                == "Changes are in percentage points. 2 improved, 0 worsened.")
        #expect(
            vi(.changes(.rank, improved: 1, worsened: 0)) == "Thay đổi tính bằng bậc. 1 đơn vị cải thiện, 0 giảm sút.")
        #expect(
            en(.movedUpMost(["Sở Lao động - Thương binh và Xã hội"], places: 14))
                == "Moved up most: Sở Lao động - Thương binh và Xã hội (+14 places)")
        #expect(vi(.movedDownMost(["A", "B"], places: -7)) == "Giảm hạng nhiều nhất: A, B, giảm 7 bậc")
        #expect(vi(.movedUpMost(["A"], places: 2)) == "Tăng hạng nhiều nhất: A, tăng 2 bậc")
        #expect(en(.movedUpMost(["A"], places: 1)) == "Moved up most: A (+1 place)")
        #expect(
            en(.rankCorrelation(rho: "0.528", rhoP: "0.020", tau: "0.357", tauP: "0.034", n: 19))
                == "Rank correlation with the earlier period: Spearman ρ = 0.528 (p = 0.020), Kendall τ-b = 0.357 (p = 0.034), n = 19"
        )
        // A p-value formatted as a bound reads "p < 0.001", never "p = <0.001".
        #expect(
            en(.rankCorrelation(rho: "1.000", rhoP: "<0.001", tau: "1.000", tauP: "0.017", n: 5))
                == "Rank correlation with the earlier period: Spearman ρ = 1.000 (p < 0.001), Kendall τ-b = 1.000 (p = 0.017), n = 5"
        )
        #expect(vi(.trend(.rising, p: "<0,001", exact: true)).contains("Mann–Kendall p < 0,001 (chính xác)"))
        #expect(vi(.notInBothPeriods(["A"])) == "Không có ở cả hai kỳ: A")
        #expect(
            en(.levelChoice(.province, others: [.district, .region]))
                == "Level: province (also present: district, region; use --level to choose)")
        #expect(en(.outliers([])) == "Outliers (> 3 scaled MAD from the median): —")
        #expect(
            en(.wilcoxon(w: "3.0", p: "0.250", method: .exact, n: 4))
                == "Wilcoxon signed-rank: W = 3.0, p = 0.250 (exact), n = 4")
    }

    @Test func findingsOfTrends() {
        #expect(en(.trend(.rising, p: "0.001", exact: true)) == "Trend: rising — Mann–Kendall p = 0.001 (exact)")
        #expect(
            vi(.trend(.noTrend, p: "0,200", exact: false))
                == "Xu hướng: không có xu hướng — Mann–Kendall p = 0,200 (theo xấp xỉ chuẩn)")
        #expect(
            en(.changePerYear("+1.2", .percent))
                == "Average change per year (first to last period): +1.2 percentage points")
        #expect(vi(.changePerYear("+1,2", .percent)) == "Bình quân mỗi năm (từ kỳ đầu đến kỳ cuối): +1,2 điểm %")
        #expect(
            vi(.trendCounts(rising: 1, falling: 0, noTrend: 2, tooShort: 3, shortest: 5)).contains(
                "; p Holm < 0,05, Mann–Kendall theo xấp xỉ chuẩn."))
        #expect(en(.rowsHidden(1)) == "… 1 row hidden (--max-rows)")
        #expect(en(.rowsHidden(8)) == "… 8 rows hidden (--max-rows)")
        #expect(vi(.rowsHidden(8)) == "… ẩn 8 dòng (--max-rows)")
    }

    @Test func factsOfInfoAndCheck() {
        #expect(en(.checkSummary(errors: 1, warnings: 77, files: 10)) == "1 error, 77 warnings in 10 files.")
        #expect(en(.checkSummary(errors: 0, warnings: 1, files: 1)) == "0 errors, 1 warning in 1 file.")
        #expect(vi(.checkSummary(errors: 1, warnings: 77, files: 10)) == "1 lỗi, 77 cảnh báo trong 10 tệp.")
        #expect(
            vi(.observationCounts(total: "1.569", withCounts: "268", rankOnly: "122"))
                == "1.569 (268 có tử số/mẫu số, 122 chỉ có hạng)")
        let july = [CalendarDate(year: 2025, month: 7, day: 1)!]
        #expect(
            en(.crosswalk(entries: "63", provinces: "34", effective: july))
                == "63 → 34 provinces, effective 1 July 2025")
        #expect(
            vi(.crosswalk(entries: "63", provinces: "34", effective: july)) == "63 → 34 tỉnh, hiệu lực từ 01/7/2025")
        #expect(vi(.levelCount(nil, count: "3")) == "chưa rõ cấp 3")
        #expect(en(.periodKindCount(.monthRange, count: "1")) == "1 month range")
        #expect(en(.periodKindCount(.half, count: "1")) == "1 half")
        #expect(en(.periodKindCount(.half, count: "2")) == "2 halves")
        #expect(en(.periodKindCount(.cumulative, count: "3")) == "3 cumulative periods")
    }

    @Test func usageAndSessions() {
        #expect(
            en(.error("no metric 'x'", hint: "`parlens info` lists the metrics in the data"))
                == "parlens: error: no metric 'x'\n  hint: `parlens info` lists the metrics in the data")
        #expect(
            en(.error("no input to read commands from", hint: nil)) == "parlens: error: no input to read commands from")
        #expect(en(Usage.unterminatedQuote("'")) == "unterminated single quote")
        #expect(en(Usage.unterminatedQuote("\"")) == "unterminated double quote")
        #expect(
            en(Usage.analysis(.noData(.noTargets(metric: "pci"))))
                == "no targets for pci: give --value V --by PERIOD, or add a targets file")
        #expect(en(.knownParameters(["year"], name: "unit")) == "known: year; or pass --param unit=VALUE")
        #expect(
            vi(.loaded(paths: ["datasets"], observations: 1569, units: 149, periods: 31, metrics: 26))
                == "Đã nạp datasets: 1569 quan sát, 149 đơn vị, 31 kỳ, 26 chỉ số.")
        #expect(en(.diffHeader(expected: "a.md", actual: "b.md")) == "--- a.md (expected)\n+++ b.md (this run)")
        #expect(en(.help).hasPrefix("Session commands:\n  load PATH…"))
    }

    /// Every kind of message has words in both languages.
    @Test(arguments: Language.allCases)
    func nothingIsEmpty(_ language: Language) {
        let say = Catalog(language)
        let usages: [Usage] = [
            .infoFormats, .infoHasNoCSV, .noSuchPath("x"), .noDefaultData, .refusingToOverwrite("x"),
            .cannotWrite("x", reason: "y"), .fromOrVs, .vsTakes("x"), .unitOrAll, .valueWithBy, .lineChartNeedsUnit,
            .barChartNeedsPeriod, .bumpChartNeedsPeriods, .dotChartNeedsPeriod, .commandsNeeded, .noInput,
            .showTakesSettings, .loadTakesPaths, .metricTakesID, .unloadTakesName, .notLoaded("x"),
            .setTakesNameAndValue,
            .formatIsOneOf(["table"]), .langIsViOrEn, .localeIsViOrEn, .widthIsColumns, .isOnOrOff("chart"),
            .decimalIsCommaOrPoint, .noSetting("x"),
            .cannotReadNotebook("x"), .paramTakesNameValue("x"), .undeclaredParameter(notebook: "x", name: "y"),
            .declaredParameters([]), .declaredParameters(["x"]), .cannotRead("x"),
            .unclosedParameter(path: "x", line: 1),
            .undefinedParameter(path: "x", line: 1, name: "y"),
            .echoIsTrueOrFalse(path: "x", line: 1, value: "y"), .cannotLoadNotebookData("x"),
            .notebookCommandFailed("x"), .typeMoreOfTheName, .howNamesMatch, .infoListsMetrics, .howPeriodsAreWritten,
            .checkSelection, .infoOtherFormats, .dataTakesPaths, .loadTakesCSV, .passData, .chooseAnotherOutput,
            .checkFolder, .nothingLoaded, .loaded(["x"]), .settingNames(["x"]), .settingsList(["x"]),
            .giveMarkdownPath, .recordFirst(notebook: "x", expected: "y"), .writeParameter, .declareParameter("x"),
            .workbookNeedsFile(inSession: false), .workbookNeedsFile(inSession: true), .chartHasNoWorkbook,
            .nothingForWorkbook,
        ]
        for usage in usages { #expect(!say(usage).isEmpty, "\(usage)") }
        let facts: [Fact] = [
            .notInCatalog, .warningsByCode(count: "1", codes: ["x 1"]), .moreProblems(1), .noProblems,
            .moreDiagnostics(1), .diagnosticCounts(errors: 1, warnings: 0), .dataHasErrors,
            .metricCounts(total: "1", notInCatalog: "0"), .corroborated("1"),
        ]
        for fact in facts { #expect(!say(fact).isEmpty, "\(fact)") }
        let texts: [SessionText] = [
            .unloaded("x"), .help, .noDataYet, .typeHelp, .matches(notebook: "x", expected: "y"),
            .diffHunk(expectedLine: 1, actualLine: 2), .historySearch(pattern: "gò", found: false),
        ]
        for text in texts { #expect(!say(text).isEmpty, "\(text)") }
        for test in StatisticalTest.allCases {
            #expect(!say(.tooFewUnits(test, needed: 2, got: 1)).isEmpty)
            #expect(!say(.failed(test, .tooFewValues(method: "m", needed: 3, got: 1))).isEmpty)
        }
        #expect(!say(.targetRule).isEmpty)
    }
}
