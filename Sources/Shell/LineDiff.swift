import Foundation
import Messages

/// A readable line diff (longest common subsequence), with line numbers of both files.
enum LineDiff {
    static func render(
        expected: String, actual: String, expectedName: String, actualName: String, context: Int = 2, say: Catalog
    ) -> String {
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        let n = a.count
        let m = b.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        enum Op {
            case same(Int, Int)
            case removed(Int)
            case added(Int)
        }
        var ops: [Op] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                ops.append(.same(i, j))
                i += 1
                j += 1
            } else if j < m, i == n || lcs[i][j + 1] >= lcs[i + 1][j] {
                ops.append(.added(j))
                j += 1
            } else {
                ops.append(.removed(i))
                i += 1
            }
        }
        var out = say(.diffHeader(expected: expectedName, actual: actualName)) + "\n"
        let changed = ops.indices.filter { if case .same = ops[$0] { false } else { true } }
        var shown = Set<Int>()
        for k in changed { for c in max(0, k - context)...min(ops.count - 1, k + context) { shown.insert(c) } }
        // Line numbers in both files at each step, for the hunk headers.
        var positions: [(Int, Int)] = []
        var ea = 0
        var eb = 0
        for op in ops {
            positions.append((ea, eb))
            switch op {
            case .same:
                ea += 1
                eb += 1
            case .removed: ea += 1
            case .added: eb += 1
            }
        }
        var previous = -2
        for k in shown.sorted() {
            if k != previous + 1 {
                out += say(.diffHunk(expectedLine: positions[k].0 + 1, actualLine: positions[k].1 + 1)) + "\n"
            }
            switch ops[k] {
            case .same(let x, _): out += "  " + a[x] + "\n"
            case .removed(let x): out += "- " + a[x] + "\n"
            case .added(let y): out += "+ " + b[y] + "\n"
            }
            previous = k
        }
        return out
    }
}
