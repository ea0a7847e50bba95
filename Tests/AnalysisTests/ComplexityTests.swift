import Panel
import TestSupport
import Testing

@testable import Analysis

/// `check`'s conflicts between sources are found in time linear in the rows of a key (issue
/// 14), with the answer of comparing every pair.
@Suite("Consistency complexity")
struct ConsistencyComplexityTests {
    /// Seeded random keys of up to 12 rows, figures that agree at some decimals and not at others.
    @Test func sourceConflictsAreThoseOfEveryPair() {
        var seed: UInt64 = 14
        func pick(_ options: [String]) -> String {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return options[Int((seed >> 33) % UInt64(options.count))]
        }
        var conflicts = 0
        for _ in 0..<400 {
            let rows = (0..<Int(pick(["2", "3", "5", "12"]))!).map { _ in
                "A,province,2022,par_index,\(pick(["80", "80.0", "80.04", "80.1", "79.96", "", "81"])),"
                    + "\(pick(["", "1", "2"])),\(pick(["", "10", "11"])),\(pick(["x", "y", "z", ""]))\n"
            }
            let r = Loader.load(
                text: "unit,level,period,metric,value,rank,rank_of,source\n" + rows.joined(), name: "s.csv")
            for group in r.panel.repeatedKeys() {
                let list = group.map { r.panel.observations[$0] }
                let expected = Consistency.pairwise(list)
                #expect(Consistency.sourcesConflict(list) == expected, "\(rows.joined())")
                if expected { conflicts += 1 }
            }
        }
        #expect(conflicts > 50)
    }

    @Test func rowsOfOneKeyFromManySourcesAreCheckedInLinearTime() {
        let ratio = Growth.ratio(at: 2_000) { n in
            // Each row from its own source; values agree once rounded to the row with fewer decimals.
            let text =
                "unit,level,period,metric,value,source\n"
                + (0..<n).map { "A,province,2022,par_index,\($0 % 2 == 0 ? "80" : "80.0"),s\($0)\n" }.joined()
            let panel = Loader.load(text: text, name: "s.csv").panel
            return { _ = Consistency.sourceConflicts(panel) }
        }
        #expect(ratio < 24, "8× the rows took \(ratio)× the time")
    }
}
