import Foundation
import Messages

/// A readable line diff (a longest common subsequence of lines), with line numbers of both files.
///
/// The common lines are found by Myers' algorithm in linear space ("An O(ND) Difference
/// Algorithm and Its Variations", 1986, §4b): O((N + M) · D) time for N and M lines and D lines
/// added or removed, and memory in proportion to N + M, where the table of all prefixes held
/// N · M cells (two notebooks of 8,000 lines: 528 MB then, 31 MB now). Between two common lines
/// the added lines are shown before the removed ones, as the table's walk showed them.
enum LineDiff {
    static func render(
        expected: String, actual: String, expectedName: String, actualName: String, context: Int = 2, say: Catalog
    ) -> String {
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        let ops = operations(a, b)
        var out = say(.diffHeader(expected: expectedName, actual: actualName)) + "\n"
        let changed = ops.indices.filter { if case .same = ops[$0] { false } else { true } }
        // The steps shown: each change with `context` steps either side, in order, once.
        var shown: [Int] = []
        for k in changed {
            let from = max(0, k - context, (shown.last ?? -1) + 1)
            let to = min(ops.count - 1, k + context)
            if from <= to { shown += from...to }
        }
        // Line numbers in both files at each step, for the hunk headers.
        var positions: [(Int, Int)] = []
        positions.reserveCapacity(ops.count)
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
        for k in shown {
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

    enum Op: Equatable {
        case same(Int, Int)
        case removed(Int)
        case added(Int)
    }

    /// The steps from `a` to `b`: common lines, and between two of them the lines of `b` added,
    /// then the lines of `a` removed.
    static func operations(_ a: [String], _ b: [String]) -> [Op] {
        // Lines as numbers, so that the search compares integers.
        var ids: [String: Int] = [:]
        func id(_ line: String) -> Int {
            if let known = ids[line] { return known }
            ids[line] = ids.count
            return ids.count - 1
        }
        let x = a.map(id)
        let y = b.map(id)
        var search = MyersSearch(a: x, b: y)
        search.compare(0, 0, x.count, y.count)
        var ops: [Op] = []
        ops.reserveCapacity(max(x.count, y.count))
        var i = 0
        var j = 0
        for (mi, mj) in search.matches + [(x.count, y.count)] {
            while j < mj {
                ops.append(.added(j))
                j += 1
            }
            while i < mi {
                ops.append(.removed(i))
                i += 1
            }
            if mi < x.count {
                ops.append(.same(mi, mj))
                i += 1
                j += 1
            }
        }
        return ops
    }
}

/// Myers' linear-space search for a longest common subsequence of two sequences of integers:
/// the middle snake of each box, then the two boxes either side of it, recursively.
struct MyersSearch {
    let a: [Int]
    let b: [Int]
    /// The common elements found, as (index in `a`, index in `b`), in order.
    var matches: [(Int, Int)] = []

    init(a: [Int], b: [Int]) {
        self.a = a
        self.b = b
    }

    /// Finds the common elements of `a[left..<right]` and `b[top..<bottom]`.
    mutating func compare(_ left: Int, _ top: Int, _ right: Int, _ bottom: Int) {
        var (left, top, right, bottom) = (left, top, right, bottom)
        // Common head and tail, taken at once.
        while left < right, top < bottom, a[left] == b[top] {
            matches.append((left, top))
            left += 1
            top += 1
        }
        var tail = 0
        while left < right - tail, top < bottom - tail, a[right - tail - 1] == b[bottom - tail - 1] { tail += 1 }
        right -= tail
        bottom -= tail
        if left < right, top < bottom {
            let snake = middleSnake(left, top, right, bottom)
            compare(left, top, snake.before.x, snake.before.y)
            for k in 0..<(snake.diagonalEnd.x - snake.diagonalStart.x) {
                matches.append((snake.diagonalStart.x + k, snake.diagonalStart.y + k))
            }
            compare(snake.after.x, snake.after.y, right, bottom)
        }
        for k in 0..<tail { matches.append((right + k, bottom + k)) }
    }

    /// A point of the edit graph: `x` elements of `a` and `y` of `b` taken.
    typealias Point = (x: Int, y: Int)

    /// The middle snake of the box, where the furthest-reaching forward and backward paths of
    /// about D/2 differences meet: one step (an element added or removed) and a diagonal of
    /// common elements, from `before` to `after`.
    func middleSnake(_ left: Int, _ top: Int, _ right: Int, _ bottom: Int) -> (
        before: Point, diagonalStart: Point, diagonalEnd: Point, after: Point
    ) {
        let width = right - left
        let height = bottom - top
        let delta = width - height
        let odd = delta & 1 != 0
        let limit = (width + height + 1) / 2
        let offset = limit + 1
        var forward = [Int](repeating: 0, count: 2 * limit + 3)
        var backward = [Int](repeating: 0, count: 2 * limit + 3)
        forward[offset + 1] = left
        backward[offset + 1] = bottom
        for d in 0...limit {
            // Forward paths of d differences, on diagonals k = x - y (from the box's corner).
            for k in stride(from: d, through: -d, by: -2) {
                var x: Int
                let px: Int
                if k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1]) {
                    x = forward[offset + k + 1]
                    px = x
                } else {
                    px = forward[offset + k - 1]
                    x = px + 1
                }
                var y = top + (x - left) - k
                let py = (d == 0 || x != px) ? y : y - 1
                let diagonalStart = (x: x, y: y)
                while x < right, y < bottom, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                forward[offset + k] = x
                let c = k - delta
                if odd, c >= -(d - 1), c <= d - 1, y >= backward[offset + c] {
                    return ((px, py), diagonalStart, (x, y), (x, y))
                }
            }
            // Backward paths of d differences, on diagonals c = k - delta.
            for c in stride(from: d, through: -d, by: -2) {
                var y: Int
                let py: Int
                if c == -d || (c != d && backward[offset + c - 1] > backward[offset + c + 1]) {
                    y = backward[offset + c + 1]
                    py = y
                } else {
                    py = backward[offset + c - 1]
                    y = py - 1
                }
                var x = left + (y - top) + c + delta
                let px = (d == 0 || y != py) ? x : x + 1
                let diagonalEnd = (x: x, y: y)
                while x > left, y > top, a[x - 1] == b[y - 1] {
                    x -= 1
                    y -= 1
                }
                backward[offset + c] = y
                let k = c + delta
                if !odd, k >= -d, k <= d, x <= forward[offset + k] {
                    return ((x, y), (x, y), diagonalEnd, (px, py))
                }
            }
        }
        // Not reached: the paths meet by D = (width + height) / 2.
        return ((left, top), (left, top), (left, top), (right, bottom))
    }
}
