/// The Mann–Kendall test for a monotonic trend in a series taken in time order, as
/// `pymannkendall.original_test`, plus the exact p-value for short untied series.
///
/// - S = Σ_{i<j} sign(y_j − y_i);
/// - Var(S) = [n(n − 1)(2n + 5) − Σ t(t − 1)(2t + 5)] / 18, the sum over groups of t tied values;
/// - Z = (S − 1)/√Var(S) if S > 0, 0 if S = 0, (S + 1)/√Var(S) if S < 0 (continuity correction);
/// - p = 2·P(N(0,1) > |Z|) (`gsl_cdf_ugaussian_Q`);
/// - tau = S / (n(n − 1)/2) (pymannkendall's `Tau`: not tie-adjusted);
/// - exact p: when there are no ties and n ≤ 40, 2·P(S′ ≥ |S|) under the null distribution of S,
///   the same value as `scipy.stats.kendalltau(range(n), y, method='exact')`; otherwise nil.
///
/// ``pValue`` is always the normal approximation (as pymannkendall); ``preferredPValue`` is the
/// exact one when available, and ``preferredMethod`` says which.
public struct MannKendall: Hashable, Sendable, Codable {
    public let n: Int
    public let s: Int
    public let varianceS: Double
    public let z: Double
    /// Two-sided p from the normal approximation with continuity correction.
    public let pValue: Double
    public let tau: Double
    /// Two-sided p from the exact null distribution of S, or nil (ties, or n > 40).
    public let exactPValue: Double?
    /// Whether some values are tied.
    public let hasTies: Bool
    public let method: String
    public let notes: [Note]

    /// Series up to this length get an exact p when untied.
    public static let maxExactN = 40

    /// The p-value to show: exact when available, otherwise the normal approximation.
    public var preferredPValue: Double { exactPValue ?? pValue }
    /// "exact" or "normal approximation", for the p-value in ``preferredPValue``.
    public var preferredMethod: String { exactPValue == nil ? "normal approximation" : "exact" }

    /// Tests the series `y`, taken as equally spaced in time order.
    /// - Throws: ``StatisticsError`` if n < 3 or a value is not finite.
    public init(_ y: [Double]) throws(StatisticsError) {
        let method = "Mann–Kendall (pymannkendall.original_test)"
        try Check.finite(y, method: method, minCount: 3)
        let n = y.count
        var s = 0
        var discordant = 0
        // One pass over the pairs, then the tie groups from a sorted copy in scratch memory (on
        // the stack for short series): nothing is allocated for a series but the notes.
        var variance = Double(n * (n - 1) * (2 * n + 5))
        let ties = y.withUnsafeBufferPointer { v in
            for i in 0..<(n - 1) {
                let yi = v[i]
                for j in (i + 1)..<n {
                    // Branch-free: the signs of a noisy series are what a predictor guesses worst.
                    let up = v[j] > yi ? 1 : 0
                    let down = v[j] < yi ? 1 : 0
                    s += up - down
                    discordant += down
                }
            }
            return withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { sorted in
                sortedCopy(v, into: sorted)
                return TieSummary(sorted: UnsafeBufferPointer(sorted), subtractingFrom: &variance)
            }
        }
        variance /= 18
        let z: Double =
            if s > 0 { Double(s - 1) / variance.squareRoot() } else if s < 0 {
                Double(s + 1) / variance.squareRoot()
            } else { 0 }
        var notes: [Note] = []
        notes.reserveCapacity(6)
        notes.append(.continuityCorrection)
        notes.append(.normalApproximation)
        if ties.groups > 0 { notes.append(.tiesPresent) }
        if ties.groups == 1 && ties.largest == n { notes.append(.constantValues) }
        let exact: Double? =
            ties.groups == 0 && n <= Self.maxExactN ? KendallDistribution.twoSidedP(n: n, discordant: discordant) : nil
        if exact != nil { notes.append(.exactDistribution) }
        if n < 4 { notes.append(.smallSample) }

        self.n = n
        self.s = s
        self.varianceS = variance
        self.z = z
        self.pValue = try twoSidedNormalP(z)
        self.tau = Double(s) / (Double(n * (n - 1)) / 2)
        self.exactPValue = exact
        self.hasTies = ties.groups > 0
        self.method = method
        self.notes = notes
    }
}
