import Foundation
import Testing

@testable import Shell

// Issue 17: comparisons across the 2025 reorganisation notice it and say so; ranks across it are
// percentile ranks; `--basis new` pools counts. The figures are the synthetic ones of
// Tests/ShellTests/Fixtures/crosswalk (real province names, invented figures), beside the real
// province crosswalk of datasets/.

@Suite("Across the 2025 reorganisation")
struct CrossBreakTests {
    static let folder = "Tests/ShellTests/Fixtures/crosswalk"
    static let provinces = [
        "--data", "datasets/province_merger_2025.csv", "--data", "\(folder)/provinces_synthetic.csv",
    ]
    static let communes = [
        "--data", "\(folder)/commune_crosswalk_synthetic.csv", "--data", "\(folder)/communes_synthetic.csv",
    ]

    func json(_ args: [String]) -> [String: Any] {
        let r = run(args + ["--format", "json"])
        #expect(r.code == 0, "\(r.err)")
        return jsonObject(r.out)
    }

    func rows(_ object: [String: Any]) -> [String: [String: Any]] {
        let list = object["rows"] as? [[String: Any]] ?? []
        return Dictionary(list.map { ($0["unit"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The issue's case: 10/63 in 2024 and 5/34 in 2025 are not "up 5 places".
    @Test func dongNaisRankIsComparedAsAPercentileRankAndStated() throws {
        let args =
            ["compare", "par_index_rank", "--from", "2024", "--to", "2025", "--unit", "Đồng Nai"] + Self.provinces
        let text = run(args + ["--lang", "en", "--width", "200"])
        #expect(text.code == 0, "\(text.err)")
        #expect(
            text.out.contains(
                "Đồng Nai (2025) is the merger of Đồng Nai and Bình Phước (from 1 July 2025); 2024 figures were published on the old boundary"
            ), "\(text.out)")
        #expect(text.out.contains("Ranks across the change are compared as percentile ranks"))
        // The change column shows no places; the percentile ranks are shown.
        let line = try #require(text.out.split(separator: "\n").first { $0.contains("│ Đồng Nai") })
        #expect(!line.contains("-5") && !line.contains("+5"), "\(line)")
        #expect(line.contains("14.5% → 12.1%"), "\(line)")
        let vi = run(args + ["--lang", "vi", "--width", "200"])
        #expect(
            vi.out.contains(
                "Đồng Nai (năm 2025) là đơn vị hợp nhất từ Đồng Nai và Bình Phước (từ 01/7/2025); số liệu năm 2024 được công bố theo địa giới cũ"
            ), "\(vi.out)")
        let row = try #require(rows(json(args))["Đồng Nai"])
        // Hand-computed: 100·(10−1)/(63−1) and 100·(5−1)/(34−1).
        #expect(abs((row["from_percentile_rank"] as? Double ?? -1) - 900.0 / 62) < 1e-9)
        #expect(abs((row["to_percentile_rank"] as? Double ?? -1) - 400.0 / 33) < 1e-9)
        #expect(row["across_boundary"] as? Bool == true)
    }

    /// Without the ranking's size a rank across the merger has no percentile rank: no verdict and
    /// no change of places either.
    @Test func aRankWithoutItsRankingSizeGetsNoVerdictAcrossTheMerger() throws {
        let folder = try temporaryFolder([
            "ranks.csv": "unit,level,period,metric,rank,source\n"
                + "Hồ Chí Minh,province,2024,par_index,5,synthetic\nHồ Chí Minh,province,2025,par_index,2,synthetic\n"
        ])
        let args = [
            "compare", "par_index_rank", "--from", "2024", "--to", "2025", "--data",
            root + "/datasets/province_merger_2025.csv", "--data", folder + "/ranks.csv",
        ]
        let row = try #require(rows(json(args))["Hồ Chí Minh"])
        #expect(row["improved"] is NSNull, "\(row)")
        #expect(row["from_percentile_rank"] == nil)
        let text = run(args + ["--lang", "en", "--width", "200"])
        #expect(text.out.contains("No verdict on the rank of Hồ Chí Minh across the change"), "\(text.out)")
        #expect(text.out.contains("Hồ Chí Minh (2025) is the merger of Hồ Chí Minh, Bình Dương and Bà Rịa - Vũng Tàu"))
        let line = try #require(text.out.split(separator: "\n").first { $0.contains("│ Hồ Chí Minh") })
        #expect(!line.contains("-3") && !line.contains("▲"), "\(line)")
    }

    /// The year 2025 straddles 1 July but is read on the new boundary: against 2026 (both rankings
    /// of 34) places compare, and the statement still says that 2025 straddles the date.
    @Test func aStraddlingYearIsOnTheNewBoundaryForRanks() throws {
        let folder = try temporaryFolder([
            "ranks.csv": "unit,level,period,metric,value,rank,rank_of,source\n"
                + "Đồng Nai,province,2025,par_index,89.9,5,34,synthetic\n"
                + "Đồng Nai,province,2026,par_index,91,3,34,synthetic\n"
                + "Hà Nội,province,2025,par_index,91,2,34,synthetic\nHà Nội,province,2026,par_index,92,1,34,synthetic\n"
        ])
        let data = ["--data", root + "/datasets/province_merger_2025.csv", "--data", folder + "/ranks.csv"]
        let compared = json(["compare", "par_index_rank", "--from", "2025", "--to", "2026"] + data)
        let dongNai = try #require(rows(compared)["Đồng Nai"])
        #expect(dongNai["change"] as? Double == -2)
        #expect(dongNai["improved"] as? Bool == true)
        #expect(dongNai["from_percentile_rank"] == nil)
        let notes = (compared["notes"] as? [String] ?? []).joined(separator: "\n")
        #expect(notes.contains("2025 straddles 1 July 2025 and is read on the new boundary"), "\(notes)")
        let ranked = rows(json(["rank", "par_index", "--period", "2026", "--vs", "2025"] + data))
        #expect(ranked["Đồng Nai"]?["rank_change"] as? Int == 2)
        #expect(ranked["Hà Nội"]?["rank_change"] as? Int == 1)
    }

    /// Every province's rank across the merger, unchanged ones too: the rankings differ in size.
    @Test func rankVersusAcrossTheMergerShowsPlacesAndPercentileRanks() throws {
        let object = json(["rank", "par_index", "--period", "2025", "--vs", "2024"] + Self.provinces)
        let byUnit = rows(object)
        // unit: (official now, of, before, of) → the percentile ranks, by hand.
        let expected: [String: (Double, Double)] = [
            "Hà Nội": (100.0 * 1 / 33, 100.0 * 2 / 62), "Đồng Nai": (100.0 * 4 / 33, 100.0 * 9 / 62),
            "Lào Cai": (100.0 * 24 / 33, 100.0 * 29 / 62),
        ]
        for (unit, (now, before)) in expected {
            let row = try #require(byUnit[unit])
            #expect(row["rank_change"] is NSNull, "\(unit): places of 63 and 34 are not compared")
            #expect(abs((row["percentile_rank"] as? Double ?? -1) - now) < 1e-9, "\(unit)")
            #expect(abs((row["prev_percentile_rank"] as? Double ?? -1) - before) < 1e-9, "\(unit)")
        }
        let notes = (object["notes"] as? [String] ?? []).joined(separator: "\n")
        #expect(notes.contains("Lào Cai (2025) is the merger of Lào Cai and Yên Bái"))
        #expect(!notes.contains("Hà Nội (2025) is"), "Hà Nội is unchanged")
    }

    @Test func aTrendAcrossTheMergerSaysSo() {
        let r = run(["trend", "par_index", "--unit", "Đồng Nai", "--lang", "en"] + Self.provinces)
        #expect(r.out.contains("Đồng Nai (2025) is the merger of Đồng Nai and Bình Phước"), "\(r.out)")
        let haNoi = run(["trend", "par_index", "--unit", "Hà Nội", "--lang", "en"] + Self.provinces)
        #expect(!haNoi.out.contains("merger"), "\(haNoi.out)")
    }

    /// On its new boundary a new unit's earlier points pool its old units' counts; an index cannot
    /// be pooled, so its old-boundary points are left out, and the note says which.
    @Test func aTrendOnTheNewBoundaryPoolsCountsAndLeavesOutIndices() throws {
        let rate = json(["trend", "online_filing_rate", "--unit", "Đồng Nai", "--basis", "new"] + Self.provinces)
        let points = try #require(rate["points"] as? [[String: Any]] ?? rate["series"] as? [[String: Any]], "\(rate)")
        // 2024: (600 + 300) / (1000 + 800) = 50 %, by hand; H2 2025: Đồng Nai's own 75 %.
        #expect(points.compactMap { $0["value"] as? Double } == [50, 75], "\(points)")
        let text = run(
            ["trend", "online_filing_rate", "--unit", "Đồng Nai", "--basis", "new", "--lang", "en"] + Self.provinces)
        #expect(
            text.out.contains(
                "Đồng Nai on its new boundary: before 1 July 2025 each point pools Đồng Nai and Bình Phước (2024)"),
            "\(text.out)")
        let index = run(
            ["trend", "par_index", "--unit", "Đồng Nai", "--basis", "new", "--lang", "en"] + Self.provinces)
        #expect(index.out.contains("left out, not on that boundary: 2024"), "\(index.out)")
        let vi = run(["trend", "par_index", "--unit", "Đồng Nai", "--basis", "mới", "--lang", "vi"] + Self.provinces)
        #expect(vi.out.contains("bỏ ra vì không theo địa giới mới: năm 2024"), "\(vi.out)")
        #expect(run(["trend", "par_index", "--all", "--basis", "new"] + Self.provinces).code == 2)
        #expect(run(["trend", "par_index", "--unit", "Đồng Nai", "--basis", "old"] + Self.provinces).code == 2)
    }

    @Test func trendAllAndTargetStateTheUnitsAcrossTheMerger() {
        let all = run(["trend", "par_index", "--all", "--lang", "en", "--width", "200"] + Self.provinces)
        #expect(all.out.contains("Đồng Nai (2025) is the merger of Đồng Nai and Bình Phước"), "\(all.out)")
        #expect(all.out.contains("Lào Cai (2025) is the merger of Lào Cai and Yên Bái"))
        let target = run(
            ["target", "online_filing_rate", "--unit", "Đồng Nai", "--value", "80", "--by", "2026", "--lang", "en"]
                + CrossBreakTests.provinces)
        #expect(target.out.contains("Đồng Nai (2026) is the merger of Đồng Nai and Bình Phước"), "\(target.out)")
        let haNoi = run(
            ["target", "online_filing_rate", "--unit", "Hà Nội", "--value", "80", "--by", "2026", "--lang", "en"]
                + CrossBreakTests.provinces)
        #expect(!haNoi.out.contains("merger"), "\(haNoi.out)")
    }

    @Test func infoCountsACommuneCrosswalk() {
        let r = run(["info", "--lang", "en"] + Self.communes)
        // 6 rows; new communes by hand: Mây Bạc, Lau Xanh, Đá Vàng Đông, Đá Vàng Tây, Sen Hồ.
        #expect(r.out.contains("6 → 5 communes, effective 1 July 2025"), "\(r.out)")
    }

    @Test func aBumpChartAcrossTheMergerSaysSo() {
        let r = run(["chart", "bump", "par_index", "--from", "2024", "--to", "2025", "--lang", "en"] + Self.provinces)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Đồng Nai (2025) is the merger of Đồng Nai and Bình Phước"), "\(r.out)")
        let before = run(["chart", "bump", "par_index", "--from", "2022", "--to", "2024", "--lang", "en"])
        #expect(!before.out.contains("merger"), "\(before.out)")
    }

    @Test func withoutABasisNewCommunesAreStatedAndTheBasisOptionNamed() {
        let r = run(
            ["compare", "on_time_rate", "--from", "2024", "--to", "2025-H2", "--allow-mixed-periods", "--lang", "en"]
                + Self.communes)
        #expect(r.out.contains("Xã Mây Bạc (H2 2025) is the merger of Xã Mây Hồng and Xã Suối Bạc (from 1 July 2025)"))
        #expect(r.out.contains("Xã Lau Xanh (H2 2025) is the former Xã Cỏ Lau, renamed"))
        #expect(r.out.contains("`--basis new` compares"))
    }

    /// An index is never summed: on the new boundary the successor stands beside each old unit,
    /// and those rows (one unit) stay out of the paired tests.
    @Test func anIndexOnTheNewBasisIsShownBesideEachOldUnit() throws {
        let object = json(
            ["compare", "par_index", "--from", "2024", "--to", "2025", "--basis", "new"] + Self.provinces)
        let byUnit = rows(object)
        let fromBinhPhuoc = try #require(byUnit["Đồng Nai ← Bình Phước"])
        #expect(fromBinhPhuoc["from_value"] as? Double == 84.1)
        #expect(fromBinhPhuoc["to_value"] as? Double == 89.9)
        #expect(fromBinhPhuoc["predecessor"] as? String == "Bình Phước")
        #expect(byUnit["Đồng Nai ← Đồng Nai"]?["from_value"] as? Double == 88.5)
        #expect(byUnit["Đồng Nai"] == nil)
        // Hà Nội alone is an independent unit: too few for a paired t-test.
        #expect(object["paired_t"] is NSNull)
        let notes = (object["notes"] as? [String] ?? []).joined(separator: "\n")
        #expect(notes.contains("an index or a score is not summed"), "\(notes)")
    }

    /// Asked for, an index is reconstructed on the new boundary as the old units' average weighted
    /// by a metric of theirs, and labelled as such; it stands for the unit in the paired tests.
    @Test func anIndexIsReconstructedWithAStatedWeight() throws {
        let args =
            [
                "compare", "par_index", "--from", "2024", "--to", "2025", "--basis", "new", "--weight",
                "dossiers_received",
            ]
            + Self.provinces
        let object = json(args)
        let row = try #require(
            (object["rows"] as? [[String: Any]])?.first { $0["reconstructed_from"] != nil }, "\(object)")
        // By hand: (88.5 · 1000 + 84.1 · 800) / (1000 + 800).
        #expect(abs((row["from_value"] as? Double ?? 0) - 155_780.0 / 1800) < 1e-9)
        #expect(row["unit"] as? String == "Đồng Nai")
        #expect(row["weight"] as? String == "dossiers_received")
        // Đồng Nai (reconstructed) and Hà Nội: two units for the paired t-test.
        #expect((object["paired_t"] as? [String: Any])?["df"] as? Int == 1)
        let text = run(args + ["--lang", "en", "--width", "200"])
        #expect(text.out.contains("│ Đồng Nai (reconstructed)"), "\(text.out)")
        #expect(text.out.contains("is an estimate, not a published figure"))
        // Yên Bái has no dossiers_received: Lào Cai is not reconstructed, and the output says why.
        #expect(text.out.contains("Lào Cai is not reconstructed: Yên Bái has no figure of dossiers_received"))
        let vi = run(args + ["--lang", "vi", "--width", "200"])
        #expect(vi.out.contains("│ Đồng Nai (tính lại)"), "\(vi.out)")
        let refused = run(["compare", "par_index", "--from", "2024", "--to", "2025", "--weight", "x"] + Self.provinces)
        #expect(refused.code == 2)
    }

    @Test func theOldBasisSetsEachOldUnitBesideItsSuccessorEvenWithCounts() throws {
        let object = json(
            [
                "compare", "online_filing_rate", "--from", "2024", "--to", "2025-H2", "--allow-mixed-periods",
                "--basis", "old",
            ]
                + CrossBreakTests.provinces)
        let byUnit = rows(object)
        // As a Vietnamese analyst types it.
        #expect(
            json(
                [
                    "compare", "online_filing_rate", "--from", "2024", "--to", "2025-H2", "--allow-mixed-periods",
                    "--basis", "cũ",
                ]
                    + CrossBreakTests.provinces)["basis"] as? String == "old")
        #expect(byUnit["Đồng Nai ← Bình Phước"]?["from_value"] as? Double == 37.5)
        #expect(byUnit["Đồng Nai ← Đồng Nai"]?["from_value"] as? Double == 60)
        #expect(byUnit["Đồng Nai"] == nil)
    }

    static let expectedFiles: [String] = {
        let expected = root + "/" + Self.folder + "/expected"
        return ((try? FileManager.default.contentsOfDirectory(atPath: expected)) ?? []).filter { $0.hasSuffix(".json") }
            .sorted()
    }()

    @Test func thereAreOracleExpectations() { #expect(Self.expectedFiles.count == 2) }

    /// Pooled counts, their Wilson and Newcombe intervals and z-tests against statsmodels
    /// (scripts/oracle/crosswalk.py).
    @Test(arguments: expectedFiles)
    func pooledCountsMatchTheOracle(_ name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + Self.folder + "/expected/" + name))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let command = try #require(object["command"] as? [String])
        let r = run(command)
        #expect(r.code == 0, "\(name): \(r.err)")
        expectMatches(
            try JSONSerialization.jsonObject(with: Data(r.out.utf8)), object["expected"], path: "$", file: name)
    }
}

@Suite("check: units across the 2025 reorganisation")
struct CrossBreakCheckTests {
    @Test func oldUnitsAfterTheirEndNewUnitsBeforeTheirStartAndMixedPeriodsAreWarned() throws {
        let folder = CrossBreakTests.folder
        let r = run(
            ["check", "--format", "json", "--lang", "en"] + CrossBreakTests.provinces + CrossBreakTests.communes + [
                "--data", "\(folder)/mixed_synthetic.csv",
            ])
        let object = jsonObject(r.out)
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        // file:line of each warning, decided by hand from mixed_synthetic.csv: line 2 Bình Phước
        // H2 2025 (after its end); line 3 Bình Phước 2025 beside Đồng Nai 2025 (line 4) in a year
        // that straddles 1 July; line 6 Xã Mây Bạc 2024 (before its start). Bình Phước H1 2025
        // (line 5) and Xã Suối Bạc H1 2025 (line 7) are before the date: no warning.
        let found = warnings.compactMap { w -> String? in
            guard let code = w["code"] as? String, code.contains("its-") || code == "mixed-boundaries" else {
                return nil
            }
            return "\(code)@\(w["line"] as? Int ?? -1)"
        }
        #expect(
            found.sorted() == ["mixed-boundaries@3", "unit-after-its-end@2", "unit-before-its-start@6"], "\(warnings)")
        let vi = run(
            ["check", "--lang", "vi", "--width", "300"] + CrossBreakTests.provinces + [
                "--data", "\(folder)/mixed_synthetic.csv",
            ])
        #expect(vi.out.contains("Bình Phước thuộc Đồng Nai từ 01/7/2025"), "\(vi.out)")
    }

    @Test func aBadCrosswalkRowIsAnErrorAtItsCell() {
        let r = run(["check", "--lang", "en", "--data", "\(CrossBreakTests.folder)/bad_crosswalk_synthetic.csv"])
        // Places counted by hand: the change cell of line 2, the date of line 3, the share of line 4.
        #expect(r.out.contains("bad_crosswalk_synthetic.csv:2:23"), "\(r.out)")
        #expect(r.out.contains("'swallowed' is not a kind of change"))
        #expect(r.out.contains("bad_crosswalk_synthetic.csv:3:29"))
        #expect(r.out.contains("bad_crosswalk_synthetic.csv:4:40"))
        #expect(r.out.contains("'150%' is not a share"))
    }
}

@Suite("Names across the 2025 reorganisation")
struct CrossBreakNameTests {
    @Test func anOldProvinceAskedForAfterItsEndSaysWhatItIsPartOf() {
        let r = run(
            ["compare", "par_index", "--from", "2024", "--to", "2025", "--unit", "Bình Phước", "--lang", "en"]
                + CrossBreakTests.provinces)
        #expect(r.code != 0)
        #expect(
            r.err.contains("Bình Phước is part of Đồng Nai from 1 July 2025: it has no par_index figures for 2025"),
            "\(r.err)")
        let vi = run(
            ["trend", "par_index", "--unit", "Bình Phước", "--from", "2025", "--lang", "vi"] + CrossBreakTests.provinces
        )
        #expect(
            vi.err.contains("Bình Phước thuộc Đồng Nai từ 01/7/2025: không có số liệu par_index năm 2025"), "\(vi.err)")
    }

    /// On the bundled data: Bình Dương's QĐ 766 figure is of March 2024; the 2025 figures are of
    /// the 34 provinces.
    @Test func onTheBundledDataBinhDuongIn2025IsPartOfHoChiMinhCity() {
        let r = run(["trend", "index_766", "--unit", "Bình Dương", "--from", "2025", "--lang", "en"])
        #expect(
            r.err.contains("Bình Dương is part of Hồ Chí Minh from 1 July 2025: it has no index_766 figures for 2025"),
            "\(r.err)")
    }

    @Test func anOldProvinceWithFiguresBeforeItsEndIsStillComparedThen() {
        let r = run(
            ["compare", "par_index", "--from", "2023", "--to", "2024", "--unit", "Bình Phước", "--lang", "en"]
                + CrossBreakTests.provinces)
        // 2023 has no figure in the fixture: not an error about the merger.
        #expect(!r.err.contains("is part of"), "\(r.err)")
    }

    @Test func aNameOnlyTheCrosswalkKnowsSaysWhatItBecame() {
        // Hà Giang has no figures in the fixture; the real crosswalk knows it.
        let r = run(["trend", "par_index", "--unit", "Hà Giang", "--lang", "en"] + CrossBreakTests.provinces)
        #expect(
            r.err.contains("Hà Giang is part of Tuyên Quang from 1 July 2025, and the data has no unit of that name"),
            "\(r.err)")
    }

    @Test func theFindingsSayWhichUnitsCrossTheReorganisation() {
        let compare = run(
            ["compare", "par_index", "--from", "2024", "--to", "2025", "--findings", "--lang", "vi", "--width", "400"]
                + CrossBreakTests.provinces)
        #expect(
            compare.out.contains(
                "Đồng Nai và Lào Cai được sắp xếp lại từ 01/7/2025: số liệu kỳ trước tính theo địa giới cũ (xem ghi chú)."
            ),
            "\(compare.out)")
        let rank = run(
            ["rank", "par_index", "--period", "2025", "--vs", "2024", "--findings", "--lang", "en", "--width", "400"]
                + CrossBreakTests.provinces)
        #expect(
            rank.out.contains(
                "Đồng Nai and Lào Cai were reorganised on 1 July 2025: their earlier figures are on the old boundary"),
            "\(rank.out)")
        // Within one side of the change, no such sentence.
        let before = run([
            "compare", "on_time_rate", "--from", "2022", "--to", "2023", "--findings", "--lang", "en", "--data",
            "Tests/ShellTests/Fixtures/analyses/rates.csv", "--data", "datasets/province_merger_2025.csv",
        ])
        #expect(before.code == 0 && before.out.contains("improved"), "\(before.out)\(before.err)")
        #expect(!before.out.contains("reorganised"), "\(before.out)")
    }

    @Test func aLineChartAcrossTheReorganisationSaysSo() {
        let r = run(["chart", "line", "par_index", "--unit", "Đồng Nai", "--lang", "en"] + CrossBreakTests.provinces)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Đồng Nai (2025) is the merger of Đồng Nai and Bình Phước"), "\(r.out)")
        let unchanged = run(
            ["chart", "line", "par_index", "--unit", "Hà Nội", "--lang", "en"] + CrossBreakTests.provinces)
        #expect(unchanged.code == 0 && !unchanged.out.contains("merger"), "\(unchanged.out)")
    }
}
