/// In-place sorting, selection and tie counting on scratch buffers.
///
/// The rank-based estimators (Mann–Kendall, Sen's slope, Kendall's tau, the bootstrap median)
/// call these on short buffers many times over a panel, so they work in place on memory the
/// caller owns — usually `withUnsafeTemporaryAllocation`, which lives on the stack for short
/// series — and never allocate. They give the same values as sorting a copy with `sort()`: the
/// k-th smallest of a set of numbers does not depend on how it is found. Values must not be NaN
/// (the estimators check finiteness first).

/// Sorts `b` ascending, equal elements in any order: insertion sort for short buffers, else
/// quicksort with a median-of-three pivot and a branch-free three-way partition (panels have
/// many ties), falling back to the standard library's sort for a range that keeps partitioning
/// badly.
func sortInPlace<T: Comparable>(_ b: UnsafeMutableBufferPointer<T>) {
    guard let a = b.baseAddress, b.count > 1 else { return }
    quicksort(a, 0, b.count, depthBudget: 2 * (Int.bitWidth - b.count.leadingZeroBitCount))
}

/// Rearranges `b` so that `b[k]` holds the value it would hold after sorting, with nothing
/// larger before it and nothing smaller after it (C++'s `nth_element`): quickselect with the
/// same branch-free passes as ``sortInPlace(_:)``.
///
/// To place several order statistics k₁ < k₂ < …, call it for k₁ on the whole buffer, then for
/// k₂ on the part after k₁ (``selectInPlace(_:_:from:)``), and so on.
func selectInPlace(_ b: UnsafeMutableBufferPointer<Double>, _ k: Int, from lower: Int = 0) {
    precondition(lower <= k && k < b.count, "order statistic out of range")
    guard let a = b.baseAddress else { return }
    var lo = lower
    var hi = b.count
    var budget = 2 * (Int.bitWidth - (hi - lo).leadingZeroBitCount)
    while hi - lo > selectionInsertionLimit {
        if budget == 0 {
            var range = UnsafeMutableBufferPointer(start: a + lo, count: hi - lo)
            range.sort()
            return
        }
        budget -= 1
        // Three-way partition in two branch-free passes (see `lomuto`): a[lo..<lt] < p,
        // a[lt..<gt] == p, a[gt..<hi] > p; the second pass only when k is not on the left.
        // The pivot is one of the values, so [lt, gt) is never empty and every round shrinks.
        let p = pivot(a, lo, hi)
        let lt = lomuto(a, lo, hi) { $0 < p }
        if k < lt {
            hi = lt
            continue
        }
        let gt = lomuto(a, lt, hi) { $0 == p }
        if k < gt { return }  // a[k] equals the pivot, which is in its final place
        lo = gt
    }
    insertionSort(a, lo, hi)
}

/// Reads order statistics of a buffer it reorders: asked for k in ascending order, it selects
/// each one in the part of the buffer after the last, so that reading a few of them costs a few
/// linear passes rather than a sort. Asked out of order, it sorts the buffer once.
struct OrderStatistics {
    let buffer: UnsafeMutableBufferPointer<Double>
    /// Positions before this one are no longer searched.
    private var placed = 0
    private var sorted = false

    init(_ buffer: UnsafeMutableBufferPointer<Double>) { self.buffer = buffer }

    /// The k-th smallest value (0-based), as `sorted()[k]`.
    mutating func value(at k: Int) -> Double {
        if sorted || k == placed - 1 { return buffer[k] }
        if k >= placed {
            selectInPlace(buffer, k, from: placed)
            placed = k + 1
        } else {
            sortInPlace(buffer)
            sorted = true
        }
        return buffer[k]
    }

    /// The median: the middle value, or the mean of the two middle values for an even count.
    /// - Precondition: the buffer is not empty.
    mutating func median() -> Double {
        let n = buffer.count
        return n % 2 == 1 ? value(at: n / 2) : (value(at: n / 2 - 1) + value(at: n / 2)) / 2
    }
}

/// The median of a sorted buffer (the mean of the two middle values for an even count).
func medianOfSorted(_ sorted: UnsafeMutableBufferPointer<Double>) -> Double {
    let n = sorted.count
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
}

/// Copies `source` into `scratch` (of the same count) and sorts it there.
func sortedCopy(_ source: UnsafeBufferPointer<Double>, into scratch: UnsafeMutableBufferPointer<Double>) {
    _ = scratch.initialize(fromContentsOf: source)
    sortInPlace(scratch)
}

/// The groups of equal values in a sorted buffer: how many groups of 2 or more there are and
/// the largest one.
struct TieSummary {
    var groups = 0
    var largest = 1

    /// Reads the groups of `b`, subtracting t(t − 1)(2t + 5) of each group of t from `variance`
    /// in sorted order (the tie term of Var(S), in the order the estimators always used, so the
    /// rounding stays the same for any n).
    init(sorted b: UnsafeBufferPointer<Double>, subtractingFrom variance: inout Double) {
        var run = 1
        for i in 1..<Swift.max(b.count, 1) {
            if b[i] == b[i - 1] {
                run += 1
            } else {
                add(run, &variance)
                run = 1
            }
        }
        add(run, &variance)
    }

    private mutating func add(_ t: Int, _ variance: inout Double) {
        guard t > 1 else { return }
        groups += 1
        largest = Swift.max(largest, t)
        variance -= Double(t * (t - 1) * (2 * t + 5))
    }
}

// MARK: - Implementation

/// Below these lengths a range is finished by insertion sort (measured on the benchmarks: sorting
/// short series that are often nearly in order, and selecting among pairwise slopes).
private let insertionSortLimit = 16
private let selectionInsertionLimit = 8

private func insertionSort<T: Comparable>(_ a: UnsafeMutablePointer<T>, _ lo: Int, _ hi: Int) {
    var i = lo + 1
    while i < hi {
        let v = a[i]
        var j = i
        while j > lo && a[j - 1] > v {
            a[j] = a[j - 1]
            j -= 1
        }
        a[j] = v
        i += 1
    }
}

/// The median of the first, middle and last values of a[lo..<hi]: the pivot.
@inline(__always)
private func pivot<T: Comparable>(_ a: UnsafeMutablePointer<T>, _ lo: Int, _ hi: Int) -> T {
    let x = a[lo]
    let y = a[lo + (hi - lo) / 2]
    let z = a[hi - 1]
    return x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y))
}

/// Partitions a[lo..<hi] around the median of its first, middle and last values: afterwards
/// a[lo..<lt] < pivot, a[lt] is the pivot, a[lt + 1..<hi] ≥ pivot. Returns lt and how many
/// values other than the pivot equal it (when none, the caller needs no second pass).
///
/// The pivot waits at the end while one branch-free Lomuto pass (see `lomuto`) moves the smaller
/// values to the front, so the cost does not depend on how well the branch predictor guesses the
/// data; then it is swapped into place.
@inline(__always)
private func partitionBelow<T: Comparable>(_ a: UnsafeMutablePointer<T>, _ lo: Int, _ hi: Int) -> (Int, Int) {
    let mid = lo + (hi - lo) / 2
    let last = hi - 1
    let x = a[lo]
    let y = a[mid]
    let z = a[last]
    let median = x < y ? (y < z ? mid : (x < z ? last : lo)) : (x < z ? lo : (y < z ? last : mid))
    swap(a, median, last)
    let p = a[last]
    var ties = 0
    let lt = lomuto(a, lo, last) { v in
        ties += v == p ? 1 : 0
        return v < p
    }
    swap(a, lt, last)
    return (lt, ties)
}

@inline(__always)
private func swap<T>(_ a: UnsafeMutablePointer<T>, _ i: Int, _ j: Int) {
    let t = a[i]
    a[i] = a[j]
    a[j] = t
}

/// After `partitionBelow` put the pivot at `lt`, moves the values equal to it to just after it;
/// returns the end of that run, so that a[lt..<gt] == pivot < a[gt..<hi].
@inline(__always)
private func gatherEqual<T: Comparable>(_ a: UnsafeMutablePointer<T>, _ lt: Int, _ hi: Int) -> Int {
    let p = a[lt]
    return lomuto(a, lt + 1, hi) { $0 == p }
}

/// Moves the values of a[lo..<hi] that satisfy `isLeft` to the front, returning where the rest
/// start. Every step swaps unconditionally and advances by 0 or 1, with no data-dependent branch.
@inline(__always)
private func lomuto<T>(_ a: UnsafeMutablePointer<T>, _ lo: Int, _ hi: Int, _ isLeft: (T) -> Bool) -> Int {
    var mid = lo
    for i in lo..<hi {
        let v = a[i]
        let left = isLeft(v)
        a[i] = a[mid]
        a[mid] = v
        mid += left ? 1 : 0
    }
    return mid
}

private func quicksort<T: Comparable>(_ a: UnsafeMutablePointer<T>, _ lo: Int, _ hi: Int, depthBudget: Int) {
    var lo = lo
    var hi = hi
    var budget = depthBudget
    while hi - lo > insertionSortLimit {
        if budget == 0 {
            var range = UnsafeMutableBufferPointer(start: a + lo, count: hi - lo)
            range.sort()
            return
        }
        budget -= 1
        let (lt, ties) = partitionBelow(a, lo, hi)
        let gt = ties == 0 ? lt + 1 : gatherEqual(a, lt, hi)
        // Recurse into the smaller side, loop on the larger: stack depth stays O(log n).
        if lt - lo < hi - gt {
            quicksort(a, lo, lt, depthBudget: budget)
            lo = gt
        } else {
            quicksort(a, gt, hi, depthBudget: budget)
            hi = lt
        }
    }
    insertionSort(a, lo, hi)
}
