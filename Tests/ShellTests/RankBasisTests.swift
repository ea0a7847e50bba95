import Foundation
import Testing

@testable import Shell

// Issue 13, "The rank Change column mixes bases": a change is only ever computed between ranks of
// one basis — both official, or both computed over the same units — the table says which, a
// computed rank among a part of the units says "among N with data", and districts of several
// provinces ranked together say so. The examples are the issue's, on datasets/.

@Suite("rank: one basis for every change")
struct RankBasisTests {
    func ranking(_ args: [String]) -> (object: [String: Any], rows: [String: [String: Any]]) {
        let r = run(args + ["--format", "json"])
        #expect(r.code == 0, "\(r.err)")
        let object = jsonObject(r.out)
        let rows = object["rows"] as? [[String: Any]] ?? []
        return (object, Dictionary(rows.map { ($0["unit"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Every change is the difference of the two ranks shown on its basis.
    func expectConsistent(_ object: [String: Any]) {
        let official = object["change_basis"] as? String == "official"
        for row in object["rows"] as? [[String: Any]] ?? [] {
            guard let change = row["rank_change"] as? Int else { continue }
            let now = (official ? row["official_rank"] : row["rank"]) as? Int
            #expect(now != nil && row["prev_rank"] as? Int != nil, "\(row)")
            if let now, let before = row["prev_rank"] as? Int { #expect(change == before - now, "\(row)") }
        }
    }

    @Test func haNoisRankAmongTwoIsNotComparedWithItsOfficialRank() throws {
        // PAR Index 2024: Hà Nội has a score (92.57) and no official rank; 2023: 3/63. (Among 3
        // units before the synthetic province left the default data, among 2 now.)
        let args = ["rank", "par_index", "--period", "2024", "--vs", "2023", "--level", "province"]
        let (object, rows) = ranking(args)
        let haNoi = try #require(rows["Hà Nội"])
        #expect(haNoi["rank"] as? Int == 1)
        #expect(haNoi["prev_rank"] as? Int == 3)
        #expect(haNoi["rank_change"] is NSNull, "\(haNoi)")  // was ▲ 2: rank 1 of a few against 3/63
        #expect(object["change_basis"] as? String == "official")
        #expect(object["ranked_among"] as? Int == 2)
        expectConsistent(object)
        let table = run(args + ["--lang", "en"])
        #expect(table.out.contains("Rank among 2 with data"), "\(table.out)")
        #expect(table.out.contains("Prev. official rank"))
        #expect(
            table.out.contains("Rank: computed among the 2 units with a 2024 value, of 63 in the published ranking"))
        #expect(table.out.contains("Change: between the official ranks of 2023 and 2024"))
        let vi = run(args + ["--lang", "vi"])
        #expect(vi.out.contains("Hạng trong 2 có số liệu") && vi.out.contains("Hạng công bố kỳ trước"), "\(vi.out)")
    }

    @Test func caoBangAndLongAnChangeBetweenTheirOfficialRanks() throws {
        // SIPAS 2023 → 2024: Cao Bằng 61 → 57 (was "prev. rank 7, ▲ 4"), Long An 57 → 41 (was ▲ 3,
        // between computed ranks among 2 and among 9 units).
        let (sipas, rows) = ranking(["rank", "sipas", "--period", "2024", "--vs", "2023", "--level", "province"])
        #expect(rows["Cao Bằng"]?["prev_rank"] as? Int == 61)
        #expect(rows["Cao Bằng"]?["rank_change"] as? Int == 4)
        #expect(rows["Long An"]?["prev_rank"] as? Int == 57)
        #expect(rows["Long An"]?["rank_change"] as? Int == 16)
        expectConsistent(sipas)
        // PCI 2021 → 2022: Long An has no 2021 value; its official 16 → 10 is ▲ 6, and the table
        // now says the 16 is an official rank.
        let (pci, pciRows) = ranking(["rank", "pci", "--period", "2022", "--vs", "2021"])
        let longAn = try #require(pciRows["Long An"])
        #expect(longAn["prev_value"] is NSNull)
        #expect(longAn["official_rank"] as? Int == 10 && longAn["prev_rank"] as? Int == 16)
        #expect(longAn["rank_change"] as? Int == 6)
        // Lâm Đồng's computed ranks (5 among 8, 6 among 7) are not its official 15 → 17.
        #expect(pciRows["Lâm Đồng"]?["rank_change"] as? Int == -2)
        expectConsistent(pci)
    }

    @Test func computedRanksChangeOnlyAmongTheSameUnits() throws {
        // provinces.csv has no official ranks. sipas: the same 12 provinces in 2022 and 2023.
        let same = run(
            ["rank", "sipas", "--period", "2023", "--vs", "2022", "--data", "provinces.csv", "--format", "json"],
            cwd: analysisFixtures)
        let sameObject = jsonObject(same.out)
        #expect(sameObject["change_basis"] as? String == "computed")
        expectConsistent(sameObject)
        let sameTable = run(
            ["rank", "sipas", "--period", "2023", "--vs", "2022", "--data", "provinces.csv", "--lang", "en"],
            cwd: analysisFixtures)
        #expect(sameTable.out.contains("Change: between ranks computed among the same 12 units in 2022 and 2023"))
        // par_index: Tỉnh Núi Bạc has 2023 and no 2024, so the two rankings are of different units.
        let args = ["rank", "par_index", "--period", "2024", "--vs", "2023", "--data", "provinces.csv"]
        let object = jsonObject(run(args + ["--format", "json"], cwd: analysisFixtures).out)
        #expect(object["change_basis"] as? String == "none")
        #expect((object["rows"] as? [[String: Any]])?.allSatisfy { $0["rank_change"] is NSNull } == true)
        let table = run(args + ["--lang", "en"], cwd: analysisFixtures)
        #expect(!table.out.contains("│ Change"), "\(table.out)")
        #expect(table.out.contains("Prev. rank (12 with data)"))
        #expect(table.out.contains("No rank change: the data has no official ranks for both periods"))
        #expect(!table.out.contains("Moved up most"))
    }

    @Test func rankingsOfDifferentSizesAreNotCompared() throws {
        let csv = """
            unit,level,period,metric,value,rank,rank_of
            A,province,2024,par_index,81,5,34
            A,province,2023,par_index,80,5,63
            B,province,2024,par_index,79,7,34
            B,province,2023,par_index,78,9,

            """
        let folder = try temporaryFolder(["r.csv": csv])
        let json = jsonObject(
            run(
                ["rank", "par_index", "--period", "2024", "--vs", "2023", "--data", "r.csv", "--format", "json"],
                cwd: folder
            ).out)
        let rows = Dictionary(
            (json["rows"] as? [[String: Any]] ?? []).map { ($0["unit"] as? String ?? "", $0) },
            uniquingKeysWith: { a, _ in a })
        #expect(rows["A"]?["rank_change"] is NSNull)  // 5/63 → 5/34 is no change of 0
        #expect(rows["B"]?["rank_change"] as? Int == 2)  // 9 (size not given) → 7/34
    }

    @Test func districtsOfSeveralProvincesSayTheyAreRankedTogether() {
        let across = run(["rank", "par_index", "--level", "district", "--period", "2023", "--lang", "en"])
        #expect(across.code == 0, "\(across.err)")
        #expect(across.out.contains("Districts of 4 provinces ranked together (Hà Nội, "), "\(across.out)")
        #expect(across.out.contains("--parent NAME ranks within one"))
        let vi = run(["rank", "par_index", "--level", "district", "--period", "2023", "--lang", "vi"])
        #expect(vi.out.contains("Xếp hạng chung các huyện thuộc 4 tỉnh"), "\(vi.out)")
        let within = run([
            "rank", "par_index", "--level", "district", "--parent", "Hà Nội", "--period", "2023", "--lang", "en",
        ])
        #expect(!within.out.contains("ranked together"), "\(within.out)")
        let provinces = run(["rank", "par_index", "--level", "province", "--period", "2023", "--lang", "en"])
        #expect(!provinces.out.contains("ranked together"))
    }
}
