import GSL

/// Pearson's product-moment correlation with its two-sided p, as `scipy.stats.pearsonr`.
///
/// r from `gsl_stats_correlation`, clipped to [−1, 1]; p from Student t with n − 2 degrees of
/// freedom, t = r·√((n − 2)/(1 − r²)) (`gsl_cdf_tdist_Q`) — the same value as scipy's beta
/// form; |r| = 1 gives p = 0.
public struct PearsonCorrelation: Hashable, Sendable, Codable {
    public let n: Int
    public let r: Double
    public let pValue: Double
    public let method: String
    public let notes: [Note]

    /// - Throws: ``StatisticsError`` if the lengths differ, n < 3, a value is not finite, or x or
    ///   y is constant (r is undefined).
    public init(x: [Double], y: [Double]) throws(StatisticsError) {
        let method = "Pearson correlation (scipy.stats.pearsonr)"
        try Check.paired(x, y, method: method, minCount: 3)
        try requireSpread(x, y, method: method)
        let raw = try Check.gsl { () throws(GSLError) in try Correlation.pearson(x, y) }
        let r = Swift.min(1, Swift.max(-1, raw))
        n = x.count
        self.r = r
        pValue = try correlationP(r, n: x.count)
        self.method = method
        notes = x.count < 5 ? [.smallSample] : []
    }
}

/// Spearman's rank correlation with its two-sided p, as `scipy.stats.spearmanr`.
///
/// rho = Pearson's r of the ranks, ties sharing their average rank (`gsl_stats_spearman`);
/// p from Student t with n − 2 degrees of freedom, t = rho·√((n − 2)/((1 + rho)(1 − rho)))
/// (the t approximation scipy uses; not exact for small n); |rho| = 1 gives p = 0.
public struct SpearmanCorrelation: Hashable, Sendable, Codable {
    public let n: Int
    public let rho: Double
    public let pValue: Double
    public let method: String
    public let notes: [Note]

    /// - Throws: ``StatisticsError`` if the lengths differ, n < 3, a value is not finite, or x or
    ///   y is constant.
    public init(x: [Double], y: [Double]) throws(StatisticsError) {
        let method = "Spearman rank correlation (scipy.stats.spearmanr)"
        try Check.paired(x, y, method: method, minCount: 3)
        try requireSpread(x, y, method: method)
        let raw = try Check.gsl { () throws(GSLError) in try Correlation.spearman(x, y) }
        let rho = Swift.min(1, Swift.max(-1, raw))
        n = x.count
        self.rho = rho
        pValue = try correlationP(rho, n: x.count)
        self.method = method
        var notes: [Note] = [.approximatePValue]
        if hasTies(x) || hasTies(y) { notes.append(.tiesPresent) }
        if x.count < 5 { notes.append(.smallSample) }
        self.notes = notes
    }
}

/// Kendall's tau-b with its two-sided p, as `scipy.stats.kendalltau` (method 'auto').
///
/// With N = n(n − 1)/2 pairs, C − D concordant minus discordant, and ties counted in x (T_x),
/// y (T_y) and both: tau_b = (C − D) / √((N − T_x)(N − T_y)). Counting is O(n log n): sort by
/// (x, y), then count inversions of y with a Fenwick tree.
///
/// p-value:
/// - exact (``Method/exact``) when neither sample has ties and n ≤ 33, or when at most one pair
///   is out of order (any n): 2·P(D′ ≤ min(D, N − D)) under the null;
/// - otherwise the normal approximation with the tie-corrected variance
///   Var = [m(2n + 5) − Σt(t−1)(2t+5)_x − Σt(t−1)(2t+5)_y]/18 + 2·T_x·T_y/m
///   + Σt(t−1)(t−2)_x · Σt(t−1)(t−2)_y / (9m(n − 2)), m = n(n − 1).
public struct KendallTau: Hashable, Sendable, Codable {
    /// How the p-value was obtained.
    public enum Method: String, Hashable, Sendable, Codable {
        case exact
        case asymptotic
    }

    public let n: Int
    public let tauB: Double
    public let pValue: Double
    public let pMethod: Method
    public let method: String
    public let notes: [Note]

    /// - Throws: ``StatisticsError`` if the lengths differ, n < 3, a value is not finite, or x or
    ///   y is constant.
    public init(x: [Double], y: [Double]) throws(StatisticsError) {
        let method = "Kendall tau-b (scipy.stats.kendalltau)"
        try Check.paired(x, y, method: method, minCount: 3)
        try requireSpread(x, y, method: method)
        let n = x.count
        let counts = KendallCounts(x: x, y: y)
        let total = n * (n - 1) / 2
        let sMinusD = total - counts.xTiePairs - counts.yTiePairs + counts.jointTiePairs - 2 * counts.discordant
        let tau =
            Double(sMinusD)
            / (Double(total - counts.xTiePairs).squareRoot() * Double(total - counts.yTiePairs).squareRoot())
        let untied = counts.xTiePairs == 0 && counts.yTiePairs == 0
        var notes: [Note] = []
        let p: Double
        let pMethod: Method
        if untied, n <= 33 || Swift.min(counts.discordant, total - counts.discordant) <= 1,
            let exact = KendallDistribution.twoSidedP(n: n, discordant: counts.discordant)
        {
            p = exact
            pMethod = .exact
            notes.append(.exactDistribution)
        } else {
            let m = Double(n) * Double(n - 1)
            let variance =
                (m * Double(2 * n + 5) - counts.xV1 - counts.yV1) / 18
                + 2 * Double(counts.xTiePairs) * Double(counts.yTiePairs) / m
                + counts.xV2 * counts.yV2 / (9 * m * Double(n - 2))
            p = try twoSidedNormalP(Double(sMinusD) / variance.squareRoot())
            pMethod = .asymptotic
            notes.append(.normalApproximation)
        }
        if !untied { notes.append(.tiesPresent) }
        if n < 5 { notes.append(.smallSample) }
        self.n = n
        self.tauB = Swift.min(1, Swift.max(-1, tau))
        self.pValue = p
        self.pMethod = pMethod
        self.method = method
        self.notes = notes
    }
}

/// Pair counts behind Kendall's tau.
struct KendallCounts {
    /// Pairs strictly discordant: (x_i − x_j)(y_i − y_j) < 0.
    var discordant = 0
    /// Σ t(t − 1)/2 over tie groups in x, in y, and in (x, y) jointly.
    var xTiePairs = 0, yTiePairs = 0, jointTiePairs = 0
    /// Σ t(t − 1)(2t + 5) and Σ t(t − 1)(t − 2) over tie groups, for the variance.
    var xV1 = 0.0, yV1 = 0.0, xV2 = 0.0, yV2 = 0.0

    init(x: [Double], y: [Double]) {
        let n = x.count
        // Dense ranks (1-based) of x and y, and the tie groups of each.
        var xRank = [Int](repeating: 0, count: n)
        var yRank = [Int](repeating: 0, count: n)
        _ = Self.denseRanks(x, into: &xRank, pairs: &xTiePairs, v1: &xV1, v2: &xV2)
        let yRanks = Self.denseRanks(y, into: &yRank, pairs: &yTiePairs, v1: &yV1, v2: &yV2)
        // Sorted by (x, y) as one integer key, x rank in the high bits and y rank in the low
        // ones: walking in that order, a pair is discordant when the earlier y rank is strictly
        // larger (equal x are ordered by y, so they never count), counted with a Fenwick tree
        // over the y ranks. Runs of equal keys are the joint tie groups.
        let shift = Int.bitWidth - yRanks.leadingZeroBitCount
        let mask = (1 << shift) - 1
        var tree = [Int](repeating: 0, count: yRanks + 1)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { keys in
            for i in 0..<n { keys.initializeElement(at: i, to: xRank[i] << shift | yRank[i]) }
            sortInPlace(keys)
            var jointRun = 1
            for seen in 0..<n {
                let r = keys[seen] & mask
                var notAbove = 0
                var k = r
                while k > 0 {
                    notAbove += tree[k]
                    k -= k & -k
                }
                discordant += seen - notAbove
                k = r
                while k <= yRanks {
                    tree[k] += 1
                    k += k & -k
                }
                if seen > 0 && keys[seen] == keys[seen - 1] {
                    jointRun += 1
                } else {
                    if jointRun > 1 { jointTiePairs += jointRun * (jointRun - 1) / 2 }
                    jointRun = 1
                }
            }
            if jointRun > 1 { jointTiePairs += jointRun * (jointRun - 1) / 2 }
        }
    }

    /// Writes the dense rank (1-based) of each value into `ranks`, adds the tie groups, and
    /// returns the number of distinct values.
    private static func denseRanks(
        _ values: [Double], into ranks: inout [Int], pairs: inout Int, v1: inout Double, v2: inout Double
    ) -> Int {
        let n = values.count
        return withUnsafeTemporaryAllocation(of: ValueAndIndex.self, capacity: n) { sorted in
            for i in 0..<n { sorted.initializeElement(at: i, to: ValueAndIndex(value: values[i], index: i)) }
            sortInPlace(sorted)
            var rank = 0
            var run = 1
            for k in 0..<n {
                if k > 0 && sorted[k].value == sorted[k - 1].value {
                    run += 1
                } else {
                    if k > 0 { add(run, pairs: &pairs, v1: &v1, v2: &v2) }
                    run = 1
                    rank += 1
                }
                ranks[sorted[k].index] = rank
            }
            if n > 0 { add(run, pairs: &pairs, v1: &v1, v2: &v2) }
            return rank
        }
    }

    /// A value and where it came from, ordered (and equal) by value alone, so that sorting
    /// compares one number.
    private struct ValueAndIndex: Comparable {
        var value: Double
        var index: Int
        static func < (a: Self, b: Self) -> Bool { a.value < b.value }
        static func == (a: Self, b: Self) -> Bool { a.value == b.value }
    }

    private static func add(_ run: Int, pairs: inout Int, v1: inout Double, v2: inout Double) {
        guard run > 1 else { return }
        let t = Double(run)
        pairs += run * (run - 1) / 2
        v1 += t * (t - 1) * (2 * t + 5)
        v2 += t * (t - 1) * (t - 2)
    }
}

/// Throws ``StatisticsError/degenerate(method:reason:)`` if x or y has no spread.
private func requireSpread(_ x: [Double], _ y: [Double], method: String) throws(StatisticsError) {
    if let first = x.first, x.allSatisfy({ $0 == first }) {
        throw .degenerate(method: method, reason: .constantSample(1))
    }
    if let first = y.first, y.allSatisfy({ $0 == first }) {
        throw .degenerate(method: method, reason: .constantSample(2))
    }
}

/// Two-sided p of a correlation coefficient through t = r·√((n − 2)/((1 + r)(1 − r))).
private func correlationP(_ r: Double, n: Int) throws(StatisticsError) -> Double {
    if abs(r) == 1 { return 0 }
    let df = Double(n - 2)
    let t = r * (df / ((1 + r) * (1 - r))).squareRoot()
    return try twoSidedStudentP(t, degreesOfFreedom: df)
}
