import Analysis
import Foundation
import Panel
import Statistics
import Testing

@testable import Shell

// Behaviour of the analysis commands on the bundled, real figures (datasets/) and on the
// synthetic fixtures: seed-document checks, direction-aware words, "did you mean", and every
// statistic that is null with a reason.

@Suite("Analysis commands: behaviour")
struct AnalysisBehaviourTests {
    @Test func thapMuoiParRankSixToFourIsAnImprovementOfTwoPlaces() {
        let r = run([
            "compare", "par_index_rank", "--from", "2021", "--to", "2022", "--unit", "Tháp Mười", "--format", "json",
        ])
        #expect(r.code == 0, "\(r.err)")
        let row = (jsonObject(r.out)["rows"] as? [[String: Any]])?.first
        #expect(row?["from_value"] as? Double == 6)
        #expect(row?["to_value"] as? Double == 4)
        #expect(row?["change"] as? Double == -2)
        #expect(row?["improved"] as? Bool == true)
    }

    @Test func thapMuoiSipasRankOneToThreeIsAFallOfTwo() {
        let r = run([
            "compare", "sipas_rank", "--from", "2021", "--to", "2022", "--unit", "thap muoi", "--format", "json",
        ])
        #expect(r.code == 0, "\(r.err)")
        let row = (jsonObject(r.out)["rows"] as? [[String: Any]])?.first
        #expect(row?["change"] as? Double == 2)
        #expect(row?["improved"] as? Bool == false)
        let table = run([
            "compare", "sipas_rank", "--from", "2021", "--to", "2022", "--unit", "Tháp Mười", "--lang", "en",
        ])
        #expect(table.out.contains("lower is better"))
        #expect(table.out.contains("▼ no"))
    }

    @Test func rankChangeFallsBackToOfficialRanks() {
        let r = run([
            "rank", "par_index", "--period", "2022", "--vs", "2021", "--parent", "Đồng Tháp", "--level", "district",
            "--format", "json",
        ])
        #expect(r.code == 0, "\(r.err)")
        let row = (jsonObject(r.out)["rows"] as? [[String: Any]])?.first { $0["unit"] as? String == "Tháp Mười" }
        #expect(row?["official_rank"] as? Int == 4)
        #expect(row?["prev_rank"] as? Int == 6)
        #expect(row?["rank_change"] as? Int == 2)
        #expect(row?["rank"] is NSNull)
    }

    @Test func damRongOnTimeRateAgreesWithItsCounts() throws {
        let result = Loader.load([root + "/datasets"], options: LoadOptions())
        let view = try MetricView(panel: result.panel, metric: "on_time_rate")
        let damRong = try view.lookupUnit("Đam Rông", selection: Selection())
        let reading = try #require(
            view.readings.first { $0.unit == damRong && $0.period == (try? Period(parsing: "2022-H1")) })
        #expect(reading.numerator == 7029 && reading.denominator == 7088)
        #expect(reading.value == 99.17)
        let wilson = try WilsonInterval(successes: 7029, trials: 7088)
        #expect((wilson.estimate * 10000).rounded() / 100 == 99.17)
        #expect(wilson.interval.contains(0.9917))
    }

    @Test func theHoaBinhDepartmentRanking() {
        let r = run([
            "rank", "par_index", "--period", "2024", "--vs", "2022", "--parent", "Hòa Bình", "--level", "department",
            "--format", "json",
        ])
        #expect(r.code == 0, "\(r.err)")
        let object = jsonObject(r.out)
        let rows = object["rows"] as? [[String: Any]] ?? []
        #expect(rows.count == 19)
        #expect(rows.first?["unit"] as? String == "Sở Nội vụ")
        // Computed ranks agree with the published ones in this table.
        #expect(rows.allSatisfy { ($0["rank"] as? Int) == ($0["official_rank"] as? Int) })
        #expect((object["spearman"] as? [String: Any])?["n"] as? Int == 19)
        #expect(object["direction"] as? String == "higher")
    }

    @Test func totalsAndAveragesAreNotRanked() {
        let r = run(["rank", "par_index", "--period", "2023", "--level", "province", "--format", "json"])
        let units = (jsonObject(r.out)["rows"] as? [[String: Any]] ?? []).compactMap { $0["unit"] as? String }
        #expect(!units.isEmpty)
        #expect(!units.contains { Names.fold($0).hasPrefix("trung binh") || $0 == "Cả nước" })
    }

    @Test func unknownNamesSuggestAndExitTwo() {
        let metric = run(["trend", "par_idex", "--unit", "Đồng Nai"])
        #expect(metric.code == 2)
        #expect(metric.err.contains("did you mean 'par_index'"))
        let unit = run(["trend", "pci", "--unit", "Dong Nay"])
        #expect(unit.code == 2)
        #expect(unit.err.contains("'Đồng Nai'"))
        let period = run(["rank", "pci", "--period", "2031"])
        #expect(period.code == 2)
        #expect(period.err.contains("did you mean") && period.err.contains("2024"))
        let bad = run(["rank", "pci", "--period", "năm ngoái"])
        #expect(bad.code == 2)
        #expect(run(["compare", "pci", "--to", "2022"]).code == 2)
        #expect(run(["trend", "pci"]).code == 2)
    }

    @Test func nullStatisticsSayWhy() {
        let two = run(
            ["trend", "par_index", "--unit", "Tỉnh Cát Vàng", "--data", "provinces.csv", "--format", "json"],
            cwd: analysisFixtures)
        let object = jsonObject(two.out)
        #expect(object["ols"] is NSNull && object["mann_kendall"] is NSNull && object["sen"] is NSNull)
        #expect((object["notes"] as? [String])?.first?.contains("at least 3") == true)
        let flat = run(
            ["trend", "par_index", "--unit", "Tỉnh Hồ Sen", "--data", "provinces.csv", "--lang", "en"],
            cwd: analysisFixtures)
        #expect(flat.out.contains("all values are equal"))
        let one = run(
            ["compare", "par_index", "--from", "2023", "--to", "2024", "--data", "provinces.csv", "--format", "json"],
            cwd: analysisFixtures)
        #expect((jsonObject(one.out)["not_in_both"] as? [String]) == ["Tỉnh Núi Bạc"])
    }

    @Test func vsPreviousPicksThePrecedingPeriod() {
        let a = run(
            [
                "compare", "par_index", "--to", "2024", "--vs", "previous", "--data", "provinces.csv", "--format",
                "json",
            ], cwd: analysisFixtures)
        #expect(jsonObject(a.out)["from"] as? String == "2023")
        let b = run(
            [
                "compare", "par_index", "--to", "2024", "--vs", "last-year", "--data", "provinces.csv", "--format",
                "json",
            ], cwd: analysisFixtures)
        #expect(jsonObject(b.out)["from"] as? String == "2023")
        #expect(
            run(
                ["compare", "par_index", "--to", "2024", "--vs", "yesterday", "--data", "provinces.csv"],
                cwd: analysisFixtures
            ).code == 2)
    }

    @Test func vietnameseLabelsAndNumbers() {
        let r = run(
            ["compare", "par_index", "--from", "2023", "--to", "2024", "--data", "provinces.csv", "--lang", "vi"],
            cwd: analysisFixtures)
        #expect(r.code == 0)
        #expect(r.out.contains("Đơn vị") && r.out.contains("Cải thiện") && r.out.contains("điểm %"))
        #expect(r.out.contains(",") && r.out.contains("cao hơn là tốt hơn"))
    }

    @Test func csvIsOneTableWithAHeader() {
        let r = run(
            ["rank", "par_index", "--period", "2024", "--data", "provinces.csv", "--format", "csv"],
            cwd: analysisFixtures)
        let lines = r.out.split(separator: "\r\n")
        #expect(lines.first == "Rank,Unit,Value")
        #expect(lines.count == 12)  // header + 11 provinces with a 2024 figure
    }
}

@Suite("chart heat")
struct HeatChartOrderTests {
    @Test func unitsWithoutTheLastPeriodComeAfterTheOthersByName() throws {
        // Only Đông has 2023; the four others tie (no 2023 value) and must come by name, whatever
        // order a dictionary gives them.
        let dir = try temporaryFolder([
            "d.csv": """
            unit,level,period,metric,value
            Mai,province,2022,par_index,80
            Đông,province,2023,par_index,85
            Bắc,province,2022,par_index,81
            Lan,province,2022,par_index,82
            An,province,2022,par_index,83
            Đông,province,2022,par_index,84

            """
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = run(["chart", "heat", "par_index", "--data", dir + "/d.csv", "--ascii", "--width", "60"])
        #expect(r.code == 0, "\(r.err)")
        let rows = r.out.split(separator: "\n").compactMap { line in
            ["An", "Bắc", "Đông", "Lan", "Mai"].first { line.hasPrefix($0 + " ") }
        }
        #expect(rows == ["Đông", "An", "Bắc", "Lan", "Mai"], "\(r.out)")
    }
}

@Suite("Figures with data errors")
struct DataErrorTests {
    static let rates = """
        unit,level,period,metric,value
        A,province,2023,on_time_rate,170
        B,province,2023,on_time_rate,98.5
        C,province,2023,on_time_rate,97.25

        """

    @Test func anAnalysisStopsOnAFigureThatCheckCallsAnError() throws {
        let dir = try temporaryFolder(["r.csv": Self.rates])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = run(["rank", "on_time_rate", "--period", "2023", "--data", dir + "/r.csv"])
        #expect(r.code == 1)
        #expect(r.out.isEmpty)
        #expect(
            r.err.contains("r.csv:2:30: error: A · 2023 · on_time_rate = 170 is outside the valid range"), "\(r.err)")
        #expect(r.err.contains("--exclude-errors"))
    }

    @Test func onlyErrorsInThePeriodsACommandNamesStopIt() {
        // datasets/: PAPI 2019 holds a rank that contradicts its score; 2016 is clean.
        let stopped = run(["rank", "papi", "--period", "2019", "--level", "province"])
        #expect(stopped.code == 1 && stopped.err.contains("[rank-contradicts-scores]"), "\(stopped.err)")
        let clean = run(["rank", "papi", "--period", "2016", "--vs", "2015", "--level", "province"])
        #expect(clean.code == 0, "\(clean.err)")
        #expect(clean.err.isEmpty)
    }

    @Test func excludeErrorsLeavesTheRowOutAndSaysSo() throws {
        let dir = try temporaryFolder(["r.csv": Self.rates])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = run(["rank", "on_time_rate", "--period", "2023", "--data", dir + "/r.csv", "--exclude-errors"])
        #expect(r.code == 0, "\(r.err)")
        #expect(!r.out.contains("│ A "), "\(r.out)")
        #expect(r.out.contains("│ B "))
        #expect(r.err.contains("left out 1 figure of on_time_rate"), "\(r.err)")
        #expect(r.err.contains("r.csv:2:30: error:"))
    }
}

@Suite("What an error blames")
struct ErrorBlameTests {
    @Test func aPeriodThatOtherMetricsHaveBlamesTheMetricNotTheSpelling() {
        // datasets/ has 2010 for PCI, not for SIPAS.
        let r = run(["rank", "sipas", "--period", "2010"])
        #expect(r.code == 2)
        #expect(r.err.contains("sipas has no figures for '2010'"), "\(r.err)")
        #expect(r.err.contains("the period is read"), "\(r.err)")
        #expect(!r.err.contains("periods are written"))
    }

    @Test func aMisspelledParentIsAUsageErrorWithASuggestion() {
        let r = run(["rank", "par_index", "--period", "2024", "--parent", "Hoa Bnh", "--level", "department"])
        #expect(r.code == 2)
        #expect(r.err.contains("did you mean 'Hòa Bình'?"), "\(r.err)")
    }
}
