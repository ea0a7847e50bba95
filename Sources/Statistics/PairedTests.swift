import GSL

/// The paired t-test of H₀: mean(after − before) = 0, as `scipy.stats.ttest_rel(after, before)`.
///
/// With d = after − before: t = d̄ / (s_d/√n), s_d the n − 1 standard deviation; df = n − 1;
/// two-sided p from Student t (`gsl_cdf_tdist_Q`); the 95 % interval of the mean difference
/// d̄ ± t₀.₉₇₅,ₙ₋₁ · s_d/√n (`gsl_cdf_tdist_Pinv`).
public struct PairedTTest: Hashable, Sendable, Codable {
    public let n: Int
    public let t: Double
    public let degreesOfFreedom: Int
    public let pValue: Double
    /// d̄ = mean(after − before).
    public let meanDifference: Double
    public let interval: ConfidenceInterval
    public let method: String
    public let notes: [Note]

    /// - Throws: ``StatisticsError`` if the lengths differ, n < 2, a value is not finite, or all
    ///   differences are equal (the standard error is 0 and t is undefined).
    public init(after: [Double], before: [Double]) throws(StatisticsError) {
        let method = "paired t-test (scipy.stats.ttest_rel)"
        try Check.paired(after, before, method: method, minCount: 2)
        let d = zip(after, before).map { $0 - $1 }
        if let first = d.first, d.allSatisfy({ $0 == first }) {
            throw .degenerate(method: method, reason: .equalDifferences(first))
        }
        let (mean, sd) = try Check.gsl { () throws(GSLError) in
            (try Descriptive.mean(d), try Descriptive.standardDeviation(d))
        }
        let n = d.count
        let se = sd / Double(n).squareRoot()
        let df = n - 1
        let critical = try Check.gsl { () throws(GSLError) in
            try Distributions.studentTQuantile(0.975, degreesOfFreedom: Double(df))
        }
        self.n = n
        self.t = mean / se
        self.degreesOfFreedom = df
        self.pValue = try twoSidedStudentP(mean / se, degreesOfFreedom: Double(df))
        self.meanDifference = mean
        self.interval = ConfidenceInterval(lower: mean - critical * se, upper: mean + critical * se, level: 0.95)
        self.method = method
        self.notes = n < 5 ? [.smallSample] : []
    }
}

/// The Wilcoxon signed-rank test of H₀: the differences are symmetric about 0, as
/// `scipy.stats.wilcoxon(d, zero_method='wilcox', correction=False)` (two-sided, method 'auto').
///
/// Zero differences are dropped; the m remaining |d| are ranked, ties sharing their average
/// rank; R⁺ and R⁻ are the rank sums of the positive and negative differences, and the
/// statistic is min(R⁺, R⁻). The p-value, chosen as scipy's 'auto' does (n counts zeros too):
/// - ``PMethod/exact``: n ≤ 50, no ties and no zeros — 2·min(P(T ≤ R⁺), P(T ≥ R⁺)) under the
///   exact null distribution of T = R⁺, capped at 1;
/// - ``PMethod/exactPermutation``: n ≤ 13 with ties or zeros — the same rule over all 2^m sign
///   assignments of the observed (tied) ranks;
/// - ``PMethod/normalApproximation`` otherwise: z = (R⁺ − m(m+1)/4) / σ,
///   σ² = [m(m+1)(2m+1) − Σ(t³ − t)/2] / 24, no continuity correction, p = 2·P(N(0,1) > |z|).
public struct WilcoxonSignedRank: Hashable, Sendable, Codable {
    /// How the p-value was obtained.
    public enum PMethod: String, Hashable, Sendable, Codable {
        case exact
        case exactPermutation = "exact-permutation"
        case normalApproximation = "approx"
    }

    /// Number of differences given (zeros included).
    public let n: Int
    /// Differences used (non-zero).
    public let nUsed: Int
    /// min(R⁺, R⁻).
    public let statistic: Double
    public let rankSumPositive: Double
    public let rankSumNegative: Double
    /// −|z| as scipy reports it, for the normal approximation; nil for the exact methods.
    public let z: Double?
    public let pValue: Double
    public let pMethod: PMethod
    public let method: String
    public let notes: [Note]

    /// - Throws: ``StatisticsError`` if there are no differences, a value is not finite, or
    ///   every difference is zero.
    public init(differences d: [Double]) throws(StatisticsError) {
        let method = "Wilcoxon signed-rank (scipy.stats.wilcoxon, zero_method='wilcox', correction=False)"
        try Check.finite(d, method: method, minCount: 1)
        let nonZero = d.filter { $0 != 0 }
        guard !nonZero.isEmpty else {
            throw .degenerate(method: method, reason: .zeroDifferences)
        }
        let m = nonZero.count
        let ranks = Ranking.ranks(nonZero.map(abs), method: .average)
        var plus = 0.0
        var minus = 0.0
        for (value, rank) in zip(nonZero, ranks) {
            if value > 0 { plus += rank } else { minus += rank }
        }
        let ties = tieGroupSizes(nonZero.map(abs))
        let zeros = d.count - m
        var notes: [Note] = []
        if zeros > 0 { notes.append(.zerosDropped) }
        if !ties.isEmpty { notes.append(.tiesPresent) }

        let pMethod: PMethod =
            d.count > 50
            ? .normalApproximation
            : ties.isEmpty && zeros == 0
                ? .exact
                : d.count <= 13
                    ? .exactPermutation
                    : .normalApproximation
        var z: Double? = nil
        let p: Double
        switch pMethod {
        case .exact, .exactPermutation:
            p = Self.exactP(ranks: ranks, observed: plus)
            notes.append(pMethod == .exact ? .exactDistribution : .exactPermutation)
        case .normalApproximation:
            let mm = Double(m)
            var variance = mm * (mm + 1) * (2 * mm + 1)
            for t in ties { variance -= Double(t * t * t - t) / 2 }
            let sigma = (variance / 24).squareRoot()
            let value = (plus - mm * (mm + 1) / 4) / sigma
            z = -abs(value)
            p = try twoSidedNormalP(value)
            notes.append(.normalApproximation)
        }
        if m < 6 { notes.append(.smallSample) }
        self.n = d.count
        self.nUsed = m
        self.statistic = Swift.min(plus, minus)
        self.rankSumPositive = plus
        self.rankSumNegative = minus
        self.z = z
        self.pValue = p
        self.pMethod = pMethod
        self.method = method
        self.notes = notes
    }

    /// 2·min(P(T ≤ t), P(T ≥ t)), capped at 1, where T is the sum of the ranks given a + sign
    /// when each sign is + or − with probability ½ independently. Ranks are halves at worst,
    /// so the distribution is tabulated on doubled ranks.
    static func exactP(ranks: [Double], observed: Double) -> Double {
        let doubled = ranks.map { Int(($0 * 2).rounded()) }
        let total = doubled.reduce(0, +)
        var pmf = [Double](repeating: 0, count: total + 1)
        pmf[0] = 1
        var reach = 0
        for r in doubled {
            reach += r
            for s in stride(from: reach, through: 0, by: -1) {
                pmf[s] = (pmf[s] + (s >= r ? pmf[s - r] : 0)) / 2
            }
        }
        let t = Int((observed * 2).rounded())
        var lower = 0.0
        var upper = 0.0
        for s in 0...total {
            if s <= t { lower += pmf[s] }
            if s >= t { upper += pmf[s] }
        }
        return Swift.min(1, 2 * Swift.min(lower, upper))
    }
}
