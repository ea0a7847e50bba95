import Foundation
import Testing

@testable import Shell

// Issue 13, "Periods of different kinds are compared without a word": a quarter against a
// cumulative 9 months, or a later period first, is a usage error with a hint;
// --allow-mixed-periods compares different kinds anyway and the output says so.

@Suite("Comparing periods like with like")
struct PeriodComparisonTests {
    /// On-time rates of three districts: 9 months of 2022 and 2023, and the third quarter of 2023.
    static let csv = """
        unit,level,parent,period,metric,value
        Huyện A,district,Tỉnh T,9 tháng đầu năm 2022,on_time_rate,95.1
        Huyện B,district,Tỉnh T,9 tháng đầu năm 2022,on_time_rate,96.3
        Huyện C,district,Tỉnh T,9 tháng đầu năm 2022,on_time_rate,97.0
        Huyện A,district,Tỉnh T,quý III/2023,on_time_rate,98.2
        Huyện B,district,Tỉnh T,quý III/2023,on_time_rate,99.1
        Huyện C,district,Tỉnh T,quý III/2023,on_time_rate,99.5
        Huyện A,district,Tỉnh T,9 tháng đầu năm 2023,on_time_rate,96.0
        Huyện B,district,Tỉnh T,9 tháng đầu năm 2023,on_time_rate,97.3
        Huyện C,district,Tỉnh T,9 tháng đầu năm 2023,on_time_rate,97.9

        """

    func parlens(_ args: [String]) throws -> (code: Int32, out: String, err: String) {
        let folder = try temporaryFolder(["p.csv": Self.csv])
        return run(args + ["--data", "p.csv"], cwd: folder)
    }

    @Test func aQuarterAgainstNineMonthsBackwardsIsAUsageError() throws {
        // The example: a quarter of 2023 "from", 9 months of 2022 "to".
        let r = try parlens([
            "compare", "on_time_rate", "--from", "quý III/2023", "--to", "9 tháng đầu năm 2022", "--lang", "en",
        ])
        #expect(r.code == 2)
        #expect(r.out.isEmpty)
        #expect(
            r.err.contains("cannot compare Q3 2023 with 9 months 2022: Q3 2023 comes after 9 months 2022"), "\(r.err)")
        #expect(r.err.contains("Q3 2023 is a quarter but 9 months 2022 is 9 months from January"))
        #expect(r.err.contains("hint: put the earlier period first"))
        #expect(r.err.contains("--allow-mixed-periods"))
        let vi = try parlens([
            "compare", "on_time_rate", "--from", "quý III/2023", "--to", "9 tháng đầu năm 2022", "--lang", "vi",
        ])
        #expect(vi.code == 2)
        #expect(vi.err.contains("không so sánh được quý III/2023 với 9 tháng năm 2022"), "\(vi.err)")
        #expect(vi.err.contains("9 tháng đầu năm (lũy kế)"))
    }

    @Test func differentKindsInOrderAreAUsageErrorUnlessAllowed() throws {
        let args = ["compare", "on_time_rate", "--from", "9T/2022", "--to", "Q3/2023", "--lang", "en"]
        let refused = try parlens(args)
        #expect(refused.code == 2)
        #expect(refused.err.contains("periods") || refused.err.contains("quarter"), "\(refused.err)")
        #expect(!refused.err.contains("comes after"))
        #expect(refused.err.contains("--allow-mixed-periods compares them anyway"))

        let allowed = try parlens(args + ["--allow-mixed-periods"])
        #expect(allowed.code == 0, "\(allowed.err)")
        #expect(
            allowed.out.contains(
                "9 months 2022 is 9 months from January but Q3 2023 is a quarter: periods of different kinds, compared as asked (--allow-mixed-periods)"
            ), "\(allowed.out)")
        let json = try parlens(args + ["--allow-mixed-periods", "--format", "json"])
        let notes = jsonObject(json.out)["notes"] as? [String] ?? []
        #expect(notes.contains { $0.contains("periods of different kinds") }, "\(json.out)")
    }

    @Test func aLaterFromIsRefusedEvenWhenMixedKindsAreAllowed() throws {
        let r = try parlens([
            "compare", "on_time_rate", "--from", "9T/2023", "--to", "9T/2022", "--allow-mixed-periods", "--lang", "en",
        ])
        #expect(r.code == 2)
        #expect(r.err.contains("9 months 2023 comes after 9 months 2022"), "\(r.err)")
    }

    @Test func likeWithLikeStillCompares() throws {
        let r = try parlens(["compare", "on_time_rate", "--to", "9T/2023", "--vs", "last-year", "--lang", "en"])
        #expect(r.code == 0, "\(r.err)")
        #expect(!r.out.contains("different kinds"))
        #expect(try parlens(["compare", "on_time_rate", "--from", "9T/2022", "--to", "9T/2023"]).code == 0)
    }

    @Test func rankAndTrendFollowTheSameRule() throws {
        let rank = try parlens(["rank", "on_time_rate", "--period", "2023-Q3", "--vs", "2022-9M", "--lang", "en"])
        #expect(rank.code == 2)
        #expect(rank.err.contains("9 months 2022 is 9 months from January but Q3 2023 is a quarter"), "\(rank.err)")
        let allowed = try parlens([
            "rank", "on_time_rate", "--period", "2023-Q3", "--vs", "2022-9M", "--allow-mixed-periods", "--lang", "en",
        ])
        #expect(allowed.code == 0, "\(allowed.err)")
        #expect(allowed.out.contains("compared as asked (--allow-mixed-periods)"))
        let backwards = try parlens(["rank", "on_time_rate", "--period", "2022-9M", "--vs", "2023-9M", "--lang", "en"])
        #expect(backwards.code == 2)
        #expect(backwards.err.contains("9 months 2023 comes after 9 months 2022"))
        let trend = try parlens([
            "trend", "on_time_rate", "--unit", "Huyện A", "--from", "2023-9M", "--to", "2022-9M", "--lang", "en",
        ])
        #expect(trend.code == 2)
        #expect(trend.err.contains("9 months 2023 comes after 9 months 2022"), "\(trend.err)")
    }
}

@Suite("Relative periods in the words of reports")
struct RelativePeriodWordTests {
    static let csv = """
        unit,level,period,metric,value
        Huyện A,district,quý III/2022,on_time_rate,95.1
        Huyện B,district,quý III/2022,on_time_rate,96.3
        Huyện A,district,quý II/2023,on_time_rate,97.0
        Huyện B,district,quý II/2023,on_time_rate,96.0
        Huyện A,district,quý III/2023,on_time_rate,98.2
        Huyện B,district,quý III/2023,on_time_rate,99.1

        """

    func parlens(_ args: [String]) throws -> (code: Int32, out: String, err: String) {
        let folder = try temporaryFolder(["p.csv": Self.csv])
        return run(args + ["--data", "p.csv"], cwd: folder)
    }

    @Test(arguments: ["cùng kỳ", "cùng-kỳ", "CUNG KY", "cùng kỳ năm trước", "last-year"])
    func theSameMonthsAYearEarlier(_ word: String) throws {
        // Before: `--vs "cùng kỳ"` was rejected ("--vs takes previous or last-year").
        let r = try parlens(["rank", "on_time_rate", "--period", "2023-Q3", "--vs", word, "--lang", "vi"])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("quý III/2023 so với cùng kỳ năm trước"), "\(r.out)")
    }

    @Test func thePeriodBefore() throws {
        let r = try parlens(["rank", "on_time_rate", "--period", "2023-Q3", "--vs", "kỳ trước", "--lang", "vi"])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("quý III/2023 so với quý II/2023"), "\(r.out)")
    }
}
