import Foundation
import Testing

@testable import Shell

@Suite("target")
struct TargetCommandTests {
    /// Five districts with series built to land in each verdict for a target of ≥ 90 by 2026.
    static let csv = """
        unit,level,parent,period,metric,value
        Huyện Đạt,district,Tỉnh Thử,2022,par_index,88
        Huyện Đạt,district,Tỉnh Thử,2023,par_index,91
        Huyện Lên,district,Tỉnh Thử,2021,par_index,80
        Huyện Lên,district,Tỉnh Thử,2022,par_index,82.1
        Huyện Lên,district,Tỉnh Thử,2023,par_index,83.9
        Huyện Lên,district,Tỉnh Thử,2024,par_index,86.2
        Huyện Phẳng,district,Tỉnh Thử,2021,par_index,70.1
        Huyện Phẳng,district,Tỉnh Thử,2022,par_index,69.9
        Huyện Phẳng,district,Tỉnh Thử,2023,par_index,70.2
        Huyện Phẳng,district,Tỉnh Thử,2024,par_index,70
        Huyện Rung,district,Tỉnh Thử,2021,par_index,80
        Huyện Rung,district,Tỉnh Thử,2022,par_index,89
        Huyện Rung,district,Tỉnh Thử,2023,par_index,76
        Huyện Rung,district,Tỉnh Thử,2024,par_index,84
        Huyện Ngắn,district,Tỉnh Thử,2023,par_index,80
        Huyện Ngắn,district,Tỉnh Thử,2024,par_index,81

        """

    @Test func verdictsFollowTheStatedRule() throws {
        let folder = try temporaryFolder(["t.csv": Self.csv])
        let r = run(
            ["target", "par_index", "--value", "90", "--by", "2026", "--data", "t.csv", "--format", "json"], cwd: folder
        )
        #expect(r.code == 0, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let rows = object["rows"] as? [[String: Any]] ?? []
        var verdict: [String: String] = [:]
        for row in rows { verdict[row["unit"] as? String ?? ""] = row["verdict"] as? String }
        #expect(verdict["Huyện Đạt"] == "met")
        #expect(verdict["Huyện Lên"] == "on_track")
        #expect(verdict["Huyện Phẳng"] == "off_track")
        #expect(verdict["Huyện Rung"] == "at_risk")
        #expect(verdict["Huyện Ngắn"] == "unknown")
        #expect((object["rule"] as? String)?.contains("prediction interval") == true)
        // Percent metrics never project past 100 %.
        let capped = rows.compactMap { ($0["pi95"] as? [Double])?.last }
        #expect(capped.allSatisfy { $0 <= 100 })
    }

    @Test func valueAndByGoTogether() throws {
        let folder = try temporaryFolder(["t.csv": Self.csv])
        #expect(run(["target", "par_index", "--value", "90", "--data", "t.csv"], cwd: folder).code == 2)
        let none = run(["target", "par_index", "--data", "t.csv"], cwd: folder)
        #expect(none.code == 2)
        #expect(none.err.contains("no targets"))
    }
}
