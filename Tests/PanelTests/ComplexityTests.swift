import TestSupport
import Testing

@testable import Panel

/// Loading costs grow in proportion to the rows (issue 14): n rows of one key, or n columns of
/// one year, at n and 8n take about 8× as long, never the 64× of comparing every pair.
@Suite("Loading complexity")
struct LoadingComplexityTests {
    @Test func rowsOfOneKeyAreCheckedInLinearTime() {
        let ratio = Growth.ratio(at: 2_000) { n in
            let text =
                "unit,level,period,metric,value\n"
                + (0..<n).map { "A,province,2022,par_index,\(80 + $0 % 2)\n" }.joined()
            return { _ = Loader.load(text: text, name: "dup.csv") }
        }
        #expect(ratio < 24, "8× the rows took \(ratio)× the time")
    }

    @Test func repeatedYearColumnsAreCheckedInLinearTime() {
        let ratio = Growth.ratio(at: 2_000) { n in
            let text =
                "unit," + Array(repeating: "2022", count: n).joined(separator: ",") + "\n"
                + "A," + Array(repeating: "80", count: n).joined(separator: ",") + "\n"
            return { _ = Loader.load(text: text, name: "wide.csv", options: LoadOptions(metric: "par_index")) }
        }
        #expect(ratio < 24, "8× the columns took \(ratio)× the time")
    }

    /// Each repeated row is reported once, at its place, naming the first row of its key and source.
    @Test func eachRepeatedRowIsReportedOnceAgainstTheFirst() {
        let r = Loader.load(
            text: """
                unit,level,period,metric,value,source
                A,province,2022,par_index,80,x
                A,province,2022,par_index,80,x
                A,province,2022,par_index,82,x
                A,province,2022,par_index,81,y
                A,province,2022,par_index,81,y

                """, name: "dup.csv")
        #expect(
            r.diagnostics.map { "\($0.code.rawValue) \($0.location?.line ?? 0)→\($0.related.map(\.line))" } == [
                "duplicate 3→[2]", "conflicting-duplicate 4→[2]", "duplicate 6→[5]",
            ], "\(r.diagnostics.map(\.formatted))")
    }
}
