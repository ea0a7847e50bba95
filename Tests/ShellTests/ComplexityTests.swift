import Foundation
import Messages
import TestSupport
import Testing

@testable import Shell

/// Notebook costs grow in proportion to the notebook (issue 14): a block of 8× the commands
/// takes about 8× as long (each command must run), never the 64× of re-reading all the output
/// so far after each one; `run --check` compares two long documents in linear time and space.
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

    @Test func checkingALongNotebookIsLinear() {
        let ratio = Growth.ratio(at: 5_000) { n in
            let lines = (0..<n).map { "line \($0) of the report" }
            var changed = lines
            changed[0] = "a new first line"
            changed[n / 2] = "a new middle line"
            changed.removeLast()
            let (a, b) = (lines.joined(separator: "\n"), changed.joined(separator: "\n"))
            return {
                _ = LineDiff.render(expected: a, actual: b, expectedName: "e", actualName: "a", say: Catalog(.en))
            }
        }
        #expect(ratio < 24, "8× the lines took \(ratio)× the time")
    }

    /// The diff is a longest common subsequence: its common lines are as many as the table of
    /// all prefixes finds, and its steps rebuild both texts (seeded random texts of few words).
    @Test func theDiffKeepsALongestCommonSubsequence() {
        var seed: UInt64 = 14
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            let a = (0..<next(12)).map { _ in ["x", "y", "z", "", "```"][next(5)] }
            let b = (0..<next(12)).map { _ in ["x", "y", "z", "", "```"][next(5)] }
            var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            let ops = LineDiff.operations(a, b)
            var (left, right, same) = ([String](), [String](), 0)
            for op in ops {
                switch op {
                case .same(let i, let j):
                    #expect(a[i] == b[j])
                    left.append(a[i])
                    right.append(b[j])
                    same += 1
                case .removed(let i): left.append(a[i])
                case .added(let j): right.append(b[j])
                }
            }
            #expect(left == a && right == b && same == table[0][0], "\(a) → \(b): \(ops)")
            // Rendered with its context, whatever the place of the changes (first, last, all).
            let diff = LineDiff.render(
                expected: a.joined(separator: "\n"), actual: b.joined(separator: "\n"), expectedName: "e",
                actualName: "a", say: Catalog(.en))
            #expect(diff.hasPrefix("--- e (expected)"))
        }
    }

    /// A replaced line reads as before: the new line, then the old one, with two lines of context.
    @Test func aChangedLineReadsAsBefore() {
        let diff = LineDiff.render(
            expected: "a\nb\nc\nd\ne\nf\ng", actual: "a\nb\nc\nD\ne\nf\ng", expectedName: "e.md", actualName: "a.md",
            say: Catalog(.en))
        #expect(diff.hasSuffix("  b\n  c\n+ D\n- d\n  e\n  f\n"), "\(diff)")
    }
}
