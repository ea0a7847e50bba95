import GSL

/// Sen's slope (Theil–Sen estimator) with its confidence interval, as
/// `scipy.stats.theilslopes(y, x, alpha=0.95, method='separate')`.
///
/// - slope: the median of (y_j − y_i)/(x_j − x_i) over all pairs with x_j > x_i — x may be
///   unevenly spaced (real time gaps), and pairs with equal x are skipped;
/// - intercept: median(y) − slope · median(x);
/// - interval (Sen 1968, eq. 2.6): with N sorted pairwise slopes, z = Φ⁻¹((1 − level)/2) < 0 and
///   σ² = [n(n − 1)(2n + 5) − Σ_x t(t − 1)(2t + 5) − Σ_y t(t − 1)(2t + 5)] / 18,
///   the bounds are the slopes at indices round((N + zσ)/2) − 1 and round((N − zσ)/2)
///   (0-based, clamped to the range; `round` halves to even, as numpy);
///   nil when σ² < 0 (heavy ties). Φ⁻¹ is `gsl_cdf_ugaussian_Pinv`.
public struct SenSlope: Hashable, Sendable, Codable {
    public let n: Int
    public let slope: Double
    public let intercept: Double
    /// The interval of the slope, or nil when it cannot be formed.
    public let interval: ConfidenceInterval?
    /// Number of pairwise slopes (pairs with distinct x).
    public let pairCount: Int
    public let method: String
    public let notes: [Note]

    /// Estimates the slope of y against x.
    /// - Throws: ``StatisticsError`` if the lengths differ, n < 2, a value is not finite, or all
    ///   x are equal.
    public init(x: [Double], y: [Double], level: Double = 0.95) throws(StatisticsError) {
        let method = "Sen's slope (scipy.stats.theilslopes)"
        try Check.paired(x, y, method: method, minCount: 2)
        try Check.level(level, method: method)
        let n = x.count
        let z: Double
        if level == Self.defaultLevel, let cached = Self.defaultQuantile {
            z = cached
        } else {
            z = try Check.gsl { () throws(GSLError) in try Distributions.normalQuantile((1 - level) / 2) }
        }
        // All the work happens in one scratch buffer — the pairwise slopes, then sorted copies of
        // x and y — which lives on the stack for short series. The slope and the bounds are
        // order statistics of the slopes, found by selection rather than a full sort.
        let maxPairs = n * (n - 1) / 2
        let core = x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: maxPairs + 2 * n) { scratch in
                    Self.estimate(x: xs, y: ys, z: z, scratch: scratch)
                }
            }
        }
        guard let core else {
            throw .degenerate(method: method, reason: .equalX)
        }
        var notes: [Note] = []
        if core.hasTies { notes.append(.tiesPresent) }
        if core.interval == nil { notes.append(.intervalUnavailable) }

        self.n = n
        self.slope = core.slope
        self.intercept = core.medianY - core.slope * core.medianX
        self.interval = core.interval.map { ConfidenceInterval(lower: $0.lower, upper: $0.upper, level: level) }
        self.pairCount = core.pairCount
        self.method = method
        self.notes = notes
    }

    /// The level whose normal quantile is computed once.
    private static let defaultLevel = 0.95
    private static let defaultQuantile: Double? = try? Distributions.normalQuantile((1 - defaultLevel) / 2)

    private struct Core {
        var slope: Double
        var interval: (lower: Double, upper: Double)?
        var pairCount: Int
        var medianX: Double
        var medianY: Double
        var hasTies: Bool
    }

    /// Slopes, bounds and medians; nil when no pair has distinct x. `scratch` holds at least
    /// n(n − 1)/2 + 2n values.
    private static func estimate(
        x: UnsafeBufferPointer<Double>, y: UnsafeBufferPointer<Double>, z: Double,
        scratch: UnsafeMutableBufferPointer<Double>
    ) -> Core? {
        let n = x.count
        let maxPairs = n * (n - 1) / 2
        // Each unordered pair once, oriented so that x increases: the same quotient
        // (y_j − y_i)/(x_j − x_i), x_j > x_i, as looping over all ordered pairs.
        var count = 0
        for i in 0..<n {
            let xi = x[i]
            let yi = y[i]
            for j in (i + 1)..<n {
                let xj = x[j]
                if xj > xi {
                    scratch[count] = (y[j] - yi) / (xj - xi)
                    count += 1
                } else if xi > xj {
                    scratch[count] = (yi - y[j]) / (xi - xj)
                    count += 1
                }
            }
        }
        guard count > 0 else { return nil }
        let sortedX = UnsafeMutableBufferPointer(rebasing: scratch[maxPairs..<(maxPairs + n)])
        let sortedY = UnsafeMutableBufferPointer(rebasing: scratch[(maxPairs + n)..<(maxPairs + 2 * n)])
        sortedCopy(x, into: sortedX)
        sortedCopy(y, into: sortedY)
        var variance = Double(n * (n - 1) * (2 * n + 5))
        let xTies = TieSummary(sorted: UnsafeBufferPointer(sortedX), subtractingFrom: &variance)
        let yTies = TieSummary(sorted: UnsafeBufferPointer(sortedY), subtractingFrom: &variance)
        variance /= 18

        var slopes = OrderStatistics(UnsafeMutableBufferPointer(rebasing: scratch[0..<count]))
        var bounds: (lower: Int, upper: Int)? = nil
        if variance >= 0 {
            let sigma = variance.squareRoot()
            let total = Double(count)
            let upperIndex = Swift.min(Int(((total - z * sigma) / 2).rounded(.toNearestOrEven)), count - 1)
            let lowerIndex = Swift.max(Int(((total + z * sigma) / 2).rounded(.toNearestOrEven)) - 1, 0)
            if upperIndex >= 0, lowerIndex < count { bounds = (lowerIndex, upperIndex) }
        }
        // Asked in ascending order (lower bound ≤ median ≤ upper bound), each selection searches
        // only what is left after the previous one.
        let lower = bounds.map { slopes.value(at: $0.lower) }
        let slope = slopes.median()
        let upper = bounds.map { slopes.value(at: $0.upper) }
        return Core(
            slope: slope,
            interval: lower.flatMap { l in upper.map { (l, $0) } },
            pairCount: count,
            medianX: medianOfSorted(sortedX),
            medianY: medianOfSorted(sortedY),
            hasTies: xTies.groups > 0 || yTies.groups > 0)
    }
}
