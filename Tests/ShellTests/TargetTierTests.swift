import Foundation
import Testing

@testable import Shell

// Issue 13, "target": a rate given at two tiers is two series (never pooled), a met target shows
// how far beyond it is instead of a negative gap, and comparators print as ≥ and ≤.

@Suite("target: tiers, met targets and comparators")
struct TargetTierTests {
    /// Tháp Mười's online filing rate (datasets/): 50.43 → 82.82 % at district tier and
    /// 34.83 → 69.90 % at commune tier, 2022 → 2023.
    static let thapMuoi = ["target", "online_filing_rate", "--unit", "Tháp Mười", "--value", "80", "--by", "2025"]

    @Test func aRateAtTwoTiersIsTwoRowsNeverPooled() throws {
        let json = jsonObject(run(Self.thapMuoi + ["--format", "json"]).out)
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.map { $0["unit"] as? String } == ["Tháp Mười [commune]", "Tháp Mười [district]"])
        #expect(rows.map { $0["latest_value"] as? Double } == [69.9, 82.82])
        // Two points per tier: no projection (the pooled series of four points gave
        // "100,00% [24,48; 100,00]").
        #expect(rows.allSatisfy { $0["projected"] is NSNull })
        let table = run(Self.thapMuoi + ["--lang", "vi"])
        #expect(table.code == 0, "\(table.err)")
        #expect(!table.out.contains("24,48"), "\(table.out)")
        #expect(table.out.contains("(cấp xã)") && table.out.contains("(cấp huyện)"))
        // One tier when asked for.
        let district = jsonObject(run(Self.thapMuoi + ["--tier", "district", "--format", "json"]).out)
        #expect((district["rows"] as? [[String: Any]])?.map { $0["unit"] as? String } == ["Tháp Mười"])
    }

    @Test func aMetTargetShowsItsMarginNotANegativeGap() throws {
        let table = run(Self.thapMuoi + ["--lang", "vi"])
        #expect(!table.out.contains("-2,82"), "\(table.out)")
        #expect(table.out.contains("vượt 2,82"))
        #expect(table.out.contains("còn cách 10,10"))
        let en = run(Self.thapMuoi + ["--lang", "en"])
        #expect(en.out.contains("2.82 above") && en.out.contains("10.10 to go"), "\(en.out)")
        let rows = try #require(jsonObject(run(Self.thapMuoi + ["--format", "json"]).out)["rows"] as? [[String: Any]])
        let district = try #require(rows.last)
        #expect(district["verdict"] as? String == "met")
        #expect(district["gap"] as? Double == 0)
        #expect(abs((district["margin"] as? Double ?? 0) - 2.82) < 1e-9)
        let commune = try #require(rows.first)
        #expect(abs((commune["gap"] as? Double ?? 0) - 10.1) < 1e-9)
        #expect(commune["margin"] is NSNull)
    }

    @Test func aCeilingMetAndMissed() throws {
        let csv = """
            unit,level,period,metric,value
            Huyện Sớm,district,2023,late_rate,0.8
            Huyện Muộn,district,2023,late_rate,3.5

            """
        let folder = try temporaryFolder(["t.csv": csv])
        let args = ["target", "late_rate", "--value", "2", "--by", "2025", "--data", "t.csv"]
        let table = run(args + ["--lang", "en"], cwd: folder)
        #expect(table.code == 0, "\(table.err)")
        #expect(table.out.contains("≤ 2.00% (2025)"), "\(table.out)")
        #expect(!table.out.contains("<="))
        #expect(table.out.contains("1.20 below") && table.out.contains("1.50 to go"))
        let rows = try #require(
            jsonObject(run(args + ["--format", "json"], cwd: folder).out)["rows"] as? [[String: Any]])
        #expect(rows.allSatisfy { ($0["gap"] as? Double ?? -1) >= 0 })
        // The JSON keeps the comparator as typed in data files.
        #expect(rows.allSatisfy { $0["comparator"] as? String == "<=" })
    }

    @Test func comparatorsPrintAsSigns() {
        let vi = run(Self.thapMuoi + ["--lang", "vi"])
        #expect(vi.out.contains("≥ 80,00% (2025)"), "\(vi.out)")
        #expect(!vi.out.contains(">="))
        let fromFile = run(["target", "friendly_government_commune_share", "--lang", "vi"])
        #expect(fromFile.out.contains("≥ 50,00% (2025)"), "\(fromFile.out)")
    }
}

/// Issue 15: with `--tier`, a title names the tier the figures were chosen at.
@Suite("Titles name the tier")
struct TierTitleTests {
    @Test(arguments: [
        ["compare", "online_filing_rate", "--from", "2022", "--to", "2023"],
        ["rank", "online_filing_rate", "--period", "2023"],
    ])
    func aTitleNamesTheTier(_ args: [String]) {
        let base = args + ["--data", "datasets/seed_figures.csv", "--lang", "vi"]
        let commune = run(base + ["--tier", "commune"], cwd: root)
        #expect(commune.code == 0, "\(commune.err)")
        #expect(commune.out.components(separatedBy: "\n")[0].contains(" · cấp xã · "), "\(commune.out)")
        #expect(!run(base, cwd: root).out.components(separatedBy: "\n")[0].contains("cấp xã"))
    }
}
