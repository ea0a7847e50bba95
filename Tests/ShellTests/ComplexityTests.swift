import Foundation
import TestSupport
import Testing

@testable import Shell

/// Notebook costs grow in proportion to the notebook (issue 14): a block of 8× the commands
/// takes about 8× as long (each command must run), never the 64× of re-reading all the output
/// so far after each one.
@Suite("Notebook complexity")
struct NotebookComplexityTests {
    /// `help` is a line whose own work is small (its output is not), so any cost of a line that
    /// grows with the lines before it shows: 150 and 1,200 lines took 0.32 s and 12.4 s in a
    /// release build before each command's output was taken on its own.
    @Test func aLongBlockCostsInProportionToItsLines() throws {
        let ratio = try Growth.ratio(at: 150, repeats: 1) { n in
            let folder = try temporaryFolder([
                "nb.md": "# T\n\n```parlens\n" + String(repeating: "help\n", count: n) + "```\n"
            ])
            return {
                let r = run(["run", "nb.md"], cwd: folder)
                #expect(r.code == 0, "\(r.err)")
            }
        }
        #expect(ratio < 24, "8× the lines took \(ratio)× the time")
    }
}
