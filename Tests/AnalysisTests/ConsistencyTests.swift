import Foundation
import Panel
import PanelTestSupport
import Testing

@testable import Analysis

func check(_ text: String) -> (load: LoadResult, findings: [Diagnostic]) {
    let r = Loader.load(text: text, name: "c.csv")
    return (r, Consistency.check(r.panel))
}

func codes(_ findings: [Diagnostic]) -> [String] { findings.map(\.code.rawValue) }

@Suite struct ConsistencyTests {
    @Test func outOfRange() throws {
        let (_, f) = check("unit,period,metric,value\nA,2022,par_index,102.5\nB,2022,par_index,99\nC,2022,papi,81\n")
        #expect(codes(f) == ["out-of-range", "out-of-range"])
        #expect(f[0].location?.line == 2)
        #expect(f[0].location?.column == 18)
        #expect(f[0].message == "A · 2022 · par_index = 102.5 is outside the valid range of par_index (0–100)")
        #expect(f[1].message.contains("(0–80)"))
    }

    @Test func rateAgainstCountsAllowsReportedRounding() {
        // 7029 / 7088 = 99.1676…: 99.17 is right at two decimals, 99.2 at one, 99.1 is not.
        let text = """
            unit,period,metric,value,numerator,denominator
            A,2022-H1,on_time_rate,99.17,7029,7088
            B,2022-H1,on_time_rate,99.2,7029,7088
            C,2022-H1,on_time_rate,99.1,7029,7088
            D,2022-H1,on_time_rate,99.18,7029,7088
            """
        let (_, f) = check(text)
        #expect(codes(f) == ["rate-mismatch", "rate-mismatch"])
        #expect(f.map { $0.location?.line } == [4, 5])
    }

    @Test func numeratorAboveDenominator() {
        let (_, f) = check("unit,period,metric,numerator,denominator\nA,2022,on_time_rate,12,10\n")
        #expect(codes(f).contains("numerator-exceeds-denominator"))
    }

    @Test func dossierCountsAddUp() {
        // The seed: 7088 + 216 + 250 = 7554.
        let good = """
            unit,period,metric,value,numerator,denominator
            Đam Rông,2022-H1,dossiers_received,7554,,
            Đam Rông,2022-H1,dossiers_resolved,7088,,
            Đam Rông,2022-H1,dossiers_pending,216,,
            Đam Rông,2022-H1,dossiers_ineligible,250,,
            Đam Rông,2022-H1,on_time_rate,99.17,7029,7088
            Đam Rông,2022-H1,late_rate,0.83,59,7088
            """
        #expect(check(good).findings.isEmpty)
        let bad = good.replacingOccurrences(of: "dossiers_pending,216", with: "dossiers_pending,261")
            .replacingOccurrences(of: "0.83,59,7088", with: "0.83,58,7000")
        let f = check(bad).findings
        // 58 / 7000 = 0.829 % still rounds to the reported 0.83, so no rate-mismatch; but 7029 + 58 ≠ 7088
        // and the late rate's denominator is not the resolved count.
        #expect(codes(f).sorted() == ["counts-do-not-add-up", "counts-do-not-add-up", "denominator-mismatch"])
        let sum = f.first { $0.code == .countsDoNotAddUp && $0.location?.line == 2 }
        #expect(
            sum?.message
                == "Đam Rông · H1 2022: resolved 7088 + pending 261 + ineligible 250 = 7599, but 7554 dossiers were received"
        )
    }

    @Test func partsLargerThanTheTotal() {
        let (_, f) = check("unit,period,metric,value\nA,2022,dossiers_received,100\nA,2022,dossiers_resolved,120\n")
        #expect(codes(f) == ["counts-do-not-add-up"])
    }

    @Test func rankContradictsScores() throws {
        let text = """
            unit,level,period,metric,value,rank,rank_of
            Quảng Ninh,province,2019,papi,44.66,3,63
            Thừa Thiên Huế,province,2019,papi,45.86,5,63
            Đà Nẵng,province,2019,papi,43.1,6,63
            """
        let (_, f) = check(text)
        #expect(codes(f) == ["rank-contradicts-scores"])
        #expect(f[0].location?.line == 3)
        #expect(f[0].message.contains("Thừa Thiên Huế has 45.86 and rank 5, but Quảng Ninh has 44.66 and rank 3"))
    }

    @Test func rankDirectionFollowsTheMetric() {
        // late_rate: lower is better, so the smallest value holds rank 1.
        let ok =
            "unit,level,period,metric,value,rank\nA,district,2022,late_rate,0.5,1\nB,district,2022,late_rate,2.5,2\n"
        #expect(check(ok).findings.isEmpty)
        let bad =
            "unit,level,period,metric,value,rank\nA,district,2022,late_rate,0.5,2\nB,district,2022,late_rate,2.5,1\n"
        #expect(codes(check(bad).findings) == ["rank-contradicts-scores"])
    }

    @Test func differentPeerGroupsAreNotCompared() {
        let text = """
            unit,level,parent,period,metric,value,rank
            A,district,Hòa Bình,2023,par_index,90,2
            B,district,Sơn La,2023,par_index,85,1
            C,department,Hòa Bình,2023,par_index,95,3
            """
        #expect(check(text).findings.isEmpty)
    }

    @Test func tiedScoresWithDifferentRanksAreAWarning() {
        let (_, f) = check(
            "unit,level,period,metric,value,rank\nCà Mau,province,2023,par_index,86.89,32\nHòa Bình,province,2023,par_index,86.89,35\n"
        )
        #expect(f.map(\.severity) == [.warning])
        #expect(codes(f) == ["tied-scores-different-ranks"])
    }

    @Test func rankLargerThanRankOf() {
        let (load, f) = check("unit,period,metric,rank\nA,2022,par_index,64/63\nB,2022,par_index,0\n")
        #expect(load.errors.isEmpty)
        #expect(codes(f) == ["rank-exceeds-rank-of", "bad-rank"])
    }

    @Test func sourceConflictIsAWarningWithBothFigures() throws {
        let text = """
            unit,period,metric,value,source
            Hải Phòng,2023,par_index,91.87,en.baochinhphu.vn
            Hải Phòng,2023,par_index,91.81,en.doanhnghiephoinhap.vn
            Hòa Bình,2023,papi,43.5493,A
            Hòa Bình,2023,papi,43.55,B
            """
        let (load, f) = check(text)
        #expect(load.errors.isEmpty)
        let conflicts = f.filter { $0.code == .sourceConflict }
        #expect(conflicts.count == 1, "43.5493 and 43.55 agree at two decimals")
        #expect(conflicts.first?.severity == .warning)
        #expect(
            conflicts.first?.message
                == "sources disagree on Hải Phòng · 2023 · par_index: 91.87 (line 2; en.baochinhphu.vn) vs 91.81 (line 3; en.doanhnghiephoinhap.vn)"
        )
    }

    @Test func gapInASeriesWhenPeersHaveThePeriod() {
        var rows = ["unit,level,parent,period,metric,value"]
        for year in 2015...2020 {
            rows.append("A,district,P,\(year),par_index,80")
            if year != 2018 { rows.append("B,district,P,\(year),par_index,81") }
        }
        let (_, f) = check(rows.joined(separator: "\n"))
        #expect(codes(f) == ["gap"])
        #expect(f.first?.message == "B has par_index for 2015–2020 but not for 2018, which its peers have")
    }

    /// Đam Rông's 6-month report gives 13 supervisions registered for the year (footnote 2) and
    /// 2 held in the half year (body text): a plan and its execution, two metrics, so `check`
    /// lists no conflict for them; the press's disagreements stay.
    @Test func bundledDataHasOnlyTrueConflictsAndARealRankContradiction() {
        let r = Loader.load([repositoryRootForAnalysis() + "/datasets"])
        let f = Consistency.check(r.panel)
        let conflicts = f.filter { $0.code == .sourceConflict }.map(\.message)
        #expect(!conflicts.contains { $0.contains("Đam Rông") }, "\(conflicts)")
        #expect(conflicts.contains { $0.contains("Hải Phòng · 2023 · par_index: 91.87") && $0.contains("vs 91.81") })
        let held = r.panel.observations.filter { $0.metric == "supervisions_held" }
        let registered = r.panel.observations.filter { $0.metric == "supervisions_registered" }
        #expect(held.map(\.value) == [2] && held.map(\.period) == [.half(2022, 1)])
        #expect(registered.map(\.value) == [13] && registered.map(\.period) == [.year(2022)])
        #expect(r.panel.metric("supervisions_registered").builtIn == false)
        #expect(f.contains { $0.code == .rankContradictsScores && $0.message.contains("papi 2019") })
    }

    @Test func syntheticPanelHasOnlyItsIntendedGap() {
        // Loaded by name: a walk of datasets/ leaves the synthetic folder out.
        let r = Loader.load([repositoryRootForAnalysis() + "/datasets/synthetic"])
        #expect(r.errors.isEmpty)
        let f = Consistency.check(r.panel)
        #expect(!f.isEmpty)
        #expect(f.allSatisfy { $0.code == .gap && $0.message.contains("2019") })
    }
}

func repositoryRootForAnalysis() -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .path
}

@Suite("Totals are not units")
struct TotalRowTests {
    @Test(arguments: ["Tổng cộng", "Cộng", "Toàn tỉnh", "Bình quân", "Trung bình cả nước", "Toàn huyện"])
    func aTotalRowIsNeverRanked(_ name: String) throws {
        let text =
            "unit,level,period,metric,value\nA,department,2022,par_index,80\nB,department,2022,par_index,81\n\(name),department,2022,par_index,80.5\n"
        let view = try MetricView(panel: Loader.load(text: text, name: "t.csv").panel, metric: "par_index")
        let aggregates = view.panel.units.units.indices.filter(view.isAggregate)
        #expect(aggregates.map { view.panel.units.units[$0].name } == [name])
    }

    @Test func aCommuneNamedCongHoaIsAUnit() throws {
        let text = "unit,level,period,metric,value\nCộng Hòa,commune,2022,par_index,80\n"
        let view = try MetricView(panel: Loader.load(text: text, name: "t.csv").panel, metric: "par_index")
        #expect(!view.isAggregate(0))
    }
}
