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
        var slopes: [Double] = []
        slopes.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<n {
            for j in 0..<n where x[j] > x[i] {
                slopes.append((y[j] - y[i]) / (x[j] - x[i]))
            }
        }
        guard !slopes.isEmpty else {
            throw .degenerate(method: method, reason: "all x values are equal; the slope is undefined")
        }
        slopes.sort()
        let slope = medianOfSorted(slopes)
        let z = try Check.gsl { () throws(GSLError) in try Distributions.normalQuantile((1 - level) / 2) }
        let xTies = tieGroupSizes(x), yTies = tieGroupSizes(y)
        var variance = Double(n * (n - 1) * (2 * n + 5))
        for t in xTies + yTies { variance -= Double(t * (t - 1) * (2 * t + 5)) }
        variance /= 18
        var notes: [Note] = []
        if !xTies.isEmpty || !yTies.isEmpty { notes.append(.tiesPresent) }
        let count = Double(slopes.count)
        var interval: ConfidenceInterval? = nil
        if variance >= 0 {
            let sigma = variance.squareRoot()
            let upperIndex = Swift.min(Int(((count - z * sigma) / 2).rounded(.toNearestOrEven)), slopes.count - 1)
            let lowerIndex = Swift.max(Int(((count + z * sigma) / 2).rounded(.toNearestOrEven)) - 1, 0)
            if upperIndex >= 0, lowerIndex < slopes.count {
                interval = ConfidenceInterval(lower: slopes[lowerIndex], upper: slopes[upperIndex], level: level)
            }
        }
        if interval == nil { notes.append(.intervalUnavailable) }

        self.n = n
        self.slope = slope
        self.intercept = median(y) - slope * median(x)
        self.interval = interval
        self.pairCount = slopes.count
        self.method = method
        self.notes = notes
    }
}
