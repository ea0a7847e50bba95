import Foundation
import Testing

@testable import Shell

// Issue 13, "Short series oversell", through the commands: the verdict of a series of 3 or 4
// points says it is too short to conclude, and forecasts and projections stay inside the
// metric's range and say when they were clipped.

@Suite("Short series and clipped forecasts: commands")
struct ShortSeriesCommandTests {
    @Test func threePointsAreTooShortToConcludeNotNoTrend() {
        // datasets/: Tháp Mười's mass-mobilisation score 95.5 → 96 → 97.05 (2021–2023).
        let en = run(["trend", "dan_van_score", "--unit", "Tháp Mười", "--lang", "en"])
        #expect(en.code == 0, "\(en.err)")
        #expect(!en.out.contains("no trend"), "\(en.out)")
        #expect(
            en.out.contains(
                "Trend: too short to conclude — with 3 points Mann–Kendall cannot reach p < 0.05 (p = 0.333, exact)"),
            "\(en.out)")
        let vi = run(["trend", "dan_van_score", "--unit", "Tháp Mười", "--lang", "vi"])
        #expect(vi.out.contains("Xu hướng: chuỗi quá ngắn để kết luận"), "\(vi.out)")
        #expect(!vi.out.contains("không có xu hướng"))
    }

    @Test func aForecastOfAScoreOutOf100StaysAtOrBelow100AndSaysSo() throws {
        let table = run(["trend", "dan_van_score", "--unit", "Tháp Mười", "--lang", "en"])
        let row = table.out.split(separator: "\n").first { $0.contains("Forecast 2024") } ?? ""
        #expect(row.contains("[92.52; 100.00]"), "\(table.out)")
        #expect(!row.contains("102.94"))
        #expect(
            table.out.contains(
                "The forecast and its interval are clipped to the metric's range (0–100); the straight line gives 97.73 [92.52; 102.94]"
            ))
        let json = jsonObject(run(["trend", "dan_van_score", "--unit", "Tháp Mười", "--format", "json"]).out)
        let pi = try #require((json["forecast"] as? [String: Any])?["pi95"] as? [Double])
        #expect(pi.last == 100)
        #expect((json["notes"] as? [String])?.contains { $0.contains("clipped to the metric's range") } == true)
    }

    @Test func trendAllCallsThreeOrFourPointsTooShort() throws {
        let csv = """
            unit,level,period,metric,value
            A,district,2020,par_index,70
            A,district,2021,par_index,75
            A,district,2022,par_index,80
            A,district,2023,par_index,85
            B,district,2019,par_index,60
            B,district,2020,par_index,62
            B,district,2021,par_index,64
            B,district,2022,par_index,66
            B,district,2023,par_index,68

            """
        let folder = try temporaryFolder(["t.csv": csv])
        let json = jsonObject(
            run(["trend", "par_index", "--all", "--data", "t.csv", "--format", "json"], cwd: folder).out)
        let rows = json["rows"] as? [[String: Any]] ?? []
        let verdicts = Dictionary(
            uniqueKeysWithValues: rows.map { ($0["unit"] as? String ?? "", $0["verdict"] as? String) })
        #expect(verdicts["A"] == "too_short")
        #expect(verdicts["B"] == "no_trend" || verdicts["B"] == "rising")
        #expect(json["too_short"] as? Int == 1)
        let table = run(["trend", "par_index", "--all", "--data", "t.csv", "--lang", "en"], cwd: folder)
        #expect(table.out.contains("1 too short to conclude (fewer than 5 points)"), "\(table.out)")
    }

    @Test func aClippedProjectionSaysSo() throws {
        let csv = """
            unit,level,period,metric,value
            Huyện X,district,2021,online_filing_rate,70
            Huyện X,district,2022,online_filing_rate,84
            Huyện X,district,2023,online_filing_rate,97

            """
        let folder = try temporaryFolder(["t.csv": csv])
        let args = ["target", "online_filing_rate", "--value", "99", "--by", "2025", "--data", "t.csv"]
        let table = run(args + ["--lang", "en"], cwd: folder)
        #expect(table.code == 0, "\(table.err)")
        #expect(
            table.out.contains("Projections and their intervals are clipped to the metric's range (0–100): Huyện X"),
            "\(table.out)")
        let json = jsonObject(run(args + ["--format", "json"], cwd: folder).out)
        let row = try #require((json["rows"] as? [[String: Any]])?.first)
        #expect(row["projection_clipped"] as? Bool == true)
        #expect((row["pi95"] as? [Double])?.last == 100)
    }
}
