import GSL

/// Wilson's score interval for a proportion, as statsmodels
/// `proportion_confint(count, nobs, alpha, method='wilson')`.
///
/// With p̂ = k/n and z = Φ⁻¹(1 − α/2) (`gsl_cdf_ugaussian_Pinv`):
/// centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z·√(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n).
/// Unlike the Wald interval it stays inside [0, 1] and is sensible at k = 0 and k = n.
public struct WilsonInterval: Hashable, Sendable, Codable {
    public let successes: Int
    public let trials: Int
    /// p̂ = successes / trials.
    public let estimate: Double
    public let interval: ConfidenceInterval
    public let method: String

    /// - Throws: ``StatisticsError`` unless 0 ≤ successes ≤ trials, trials > 0 and 0 < level < 1.
    public init(successes: Int, trials: Int, level: Double = 0.95) throws(StatisticsError) {
        let method = "Wilson score interval (statsmodels proportion_confint, method='wilson')"
        try Check.counts(successes, trials, method: method)
        try Check.level(level, method: method)
        let z = try Check.gsl { () throws(GSLError) in try Distributions.normalQuantile(1 - (1 - level) / 2) }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        self.successes = successes
        self.trials = trials
        self.estimate = p
        // At 0 or n successes the exact bound is 0 or 1; centre ∓ half rounds a few ulps away
        // (2.7e-20 for 0 of 99,999 at 90 %), which would leave the estimate outside its interval.
        self.interval = ConfidenceInterval(
            lower: successes == 0 ? 0 : Swift.max(0, centre - half),
            upper: successes == trials ? 1 : Swift.min(1, centre + half), level: level)
        self.method = method
    }
}

/// The two-sample z-test for equal proportions with the pooled variance, as statsmodels
/// `proportions_ztest([k1, k2], [n1, n2])`.
///
/// p̄ = (k1 + k2)/(n1 + n2); z = (p̂1 − p̂2) / √(p̄(1 − p̄)(1/n1 + 1/n2)); two-sided
/// p = 2·P(N(0,1) > |z|) (`gsl_cdf_ugaussian_Q`).
public struct TwoProportionZTest: Hashable, Sendable, Codable {
    public let first: Double
    public let second: Double
    /// p̂1 − p̂2.
    public let difference: Double
    public let z: Double
    public let pValue: Double
    public let method: String

    /// - Throws: ``StatisticsError`` on invalid counts, or when both proportions are 0 or both
    ///   are 1 (the pooled variance is 0 and z is undefined).
    public init(successes1: Int, trials1: Int, successes2: Int, trials2: Int) throws(StatisticsError) {
        let method = "two-proportion z-test, pooled (statsmodels proportions_ztest)"
        try Check.counts(successes1, trials1, method: method)
        try Check.counts(successes2, trials2, method: method)
        let p1 = Double(successes1) / Double(trials1)
        let p2 = Double(successes2) / Double(trials2)
        let pooled = Double(successes1 + successes2) / Double(trials1 + trials2)
        let variance = pooled * (1 - pooled) * (1 / Double(trials1) + 1 / Double(trials2))
        guard variance > 0 else {
            throw .degenerate(method: method, reason: .equalProportions(pooled == 0 ? 0 : 1))
        }
        let z = (p1 - p2) / variance.squareRoot()
        self.first = p1
        self.second = p2
        self.difference = p1 - p2
        self.z = z
        self.pValue = try twoSidedNormalP(z)
        self.method = method
    }
}

/// Newcombe's hybrid score interval for a difference of two independent proportions p1 − p2
/// (Newcombe 1998, method 10), as statsmodels
/// `confint_proportions_2indep(k1, n1, k2, n2, method='newcomb', compare='diff')`.
///
/// From the Wilson intervals [l1, u1] and [l2, u2]:
/// lower = (p̂1 − p̂2) − √((p̂1 − l1)² + (u2 − p̂2)²),
/// upper = (p̂1 − p̂2) + √((u1 − p̂1)² + (p̂2 − l2)²).
public struct NewcombeInterval: Hashable, Sendable, Codable {
    /// p̂1 − p̂2.
    public let difference: Double
    public let interval: ConfidenceInterval
    public let method: String

    /// - Throws: ``StatisticsError`` on invalid counts or level.
    public init(successes1: Int, trials1: Int, successes2: Int, trials2: Int, level: Double = 0.95)
        throws(StatisticsError)
    {
        let a = try WilsonInterval(successes: successes1, trials: trials1, level: level)
        let b = try WilsonInterval(successes: successes2, trials: trials2, level: level)
        let difference = a.estimate - b.estimate
        let below =
            ((a.estimate - a.interval.lower) * (a.estimate - a.interval.lower)
            + (b.interval.upper - b.estimate) * (b.interval.upper - b.estimate)).squareRoot()
        let above =
            ((a.interval.upper - a.estimate) * (a.interval.upper - a.estimate)
            + (b.estimate - b.interval.lower) * (b.estimate - b.interval.lower)).squareRoot()
        self.difference = difference
        self.interval = ConfidenceInterval(lower: difference - below, upper: difference + above, level: level)
        self.method = "Newcombe hybrid score interval (statsmodels confint_proportions_2indep, method='newcomb')"
    }
}

extension Check {
    static func counts(_ successes: Int, _ trials: Int, method: String) throws(StatisticsError) {
        guard trials > 0 else {
            throw .invalidArgument(method: method, reason: .trials(trials))
        }
        guard successes >= 0, successes <= trials else {
            throw .invalidArgument(method: method, reason: .successes(successes, trials: trials))
        }
    }
}
