import Foundation
import Testing

@testable import Shell

// Issue 13, "Rendering slips": a title never has an empty part, a note never writes "p = <0.001",
// and a rank never gets a percent change.

@Suite("Rendering slips in titles, p-values and rank changes")
struct RenderingSlipTests {
    /// Two units of no known level (no level column) in two years.
    static let levelless = """
        unit,period,metric,value
        Đơn vị A,2022,par_index,80
        Đơn vị B,2022,par_index,82
        Đơn vị C,2022,par_index,84
        Đơn vị A,2023,par_index,81
        Đơn vị B,2023,par_index,85
        Đơn vị C,2023,par_index,83

        """

    @Test func aTitleWithoutALevelHasNoEmptyPart() throws {
        let folder = try temporaryFolder(["a.csv": Self.levelless])
        for args in [
            ["rank", "par_index", "--period", "2023", "--vs", "2022"],
            ["compare", "par_index", "--from", "2022", "--to", "2023"],
            ["summary", "par_index", "--period", "2023"],
            ["trend", "par_index", "--all"],
        ] {
            for lang in ["en", "vi"] {
                let r = run(args + ["--data", "a.csv", "--lang", lang], cwd: folder)
                #expect(r.code == 0, "\(args): \(r.err)")
                let title = r.out.split(separator: "\n").first.map(String.init) ?? ""
                #expect(!title.contains("·  ·"), "\(title)")
                #expect(!title.hasSuffix("·") && !title.hasSuffix("· "), "\(title)")
            }
        }
        let r = run(
            ["rank", "par_index", "--period", "2023", "--vs", "2022", "--data", "a.csv", "--lang", "en"], cwd: folder)
        #expect(r.out.hasPrefix("Public Administration Reform Index (PAR INDEX) · 2023 vs 2022 · higher is better\n"))
    }

    @Test func aSmallPValueReadsPLessThanInNotes() throws {
        // Spearman ρ = 1 on 5 units: p < 0.001.
        let r = run(["rank", "pci", "--period", "2022", "--vs", "2021", "--lang", "en"])
        #expect(r.code == 0, "\(r.err)")
        #expect(!r.out.contains("p = <"), "\(r.out)")
        #expect(r.out.contains("(p < 0.001)"), "\(r.out)")
        let vi = run(["rank", "pci", "--period", "2022", "--vs", "2021", "--lang", "vi"])
        #expect(vi.out.contains("(p < 0,001)"), "\(vi.out)")
    }

    @Test func aRankHasNoPercentChange() {
        let table = run([
            "compare", "par_index_rank", "--from", "2021", "--to", "2022", "--unit", "Tháp Mười", "--lang", "en",
        ])
        #expect(table.code == 0, "\(table.err)")
        #expect(!table.out.contains("%"), "\(table.out)")
        #expect(!table.out.contains("Change %"))
        #expect(table.out.contains("Changes are in places."))
        let json = run([
            "compare", "par_index_rank", "--from", "2021", "--to", "2022", "--unit", "Tháp Mười", "--format", "json",
        ])
        let object = jsonObject(json.out)
        let row = (object["rows"] as? [[String: Any]])?.first
        #expect(row?["change"] as? Double == -2)
        #expect(row?["pct_change"] is NSNull)
        #expect((object["notes"] as? [String])?.contains { $0.hasPrefix("percent change") } == true)
        // A score keeps its percent change.
        let score = run(
            ["compare", "par_index", "--from", "2022", "--to", "2023", "--data", "provinces.csv", "--format", "json"],
            cwd: analysisFixtures)
        #expect(((jsonObject(score.out)["rows"] as? [[String: Any]])?.first?["pct_change"] as? Double) != nil)
    }
}
