import GSL

/// A percentile bootstrap confidence interval with a seeded generator.
///
/// Each of B resamples draws n indices with `gsl_rng_uniform_int` from an MT19937 generator
/// seeded with `gsl_rng_set(seed)`, index by index, resample by resample; the statistic of each
/// resample is kept, and the interval is their type-7 (linear) quantiles at (1 − level)/2 and
/// (1 + level)/2 (numpy's `percentile`). The same seed gives the same interval everywhere.
/// The percentile method is simple and can undercover for skewed statistics and small n.
public struct BootstrapInterval: Hashable, Sendable, Codable {
    /// The statistic bootstrapped.
    public enum Statistic: String, Hashable, Sendable, Codable, CaseIterable {
        case mean
        case median

        func evaluate(_ x: [Double]) -> Double {
            var copy = x
            return copy.withUnsafeMutableBufferPointer { evaluate(inPlace: $0) }
        }

        /// The statistic of `x`, which it may reorder (the median selects rather than sorts).
        func evaluate(inPlace x: UnsafeMutableBufferPointer<Double>) -> Double {
            switch self {
            case .mean:
                return x.reduce(0, +) / Double(x.count)
            case .median:
                var order = OrderStatistics(x)
                return order.median()
            }
        }
    }

    public let n: Int
    public let statistic: Statistic
    /// The statistic of the sample itself.
    public let estimate: Double
    public let interval: ConfidenceInterval
    public let resamples: Int
    public let seed: UInt32
    public let method: String

    /// - Throws: ``StatisticsError`` if the sample has fewer than 2 values or a non-finite one,
    ///   `resamples` < 2, or the level is outside (0, 1).
    public init(
        _ sample: [Double], statistic: Statistic, resamples: Int = 1000, level: Double = 0.95, seed: UInt32
    ) throws(StatisticsError) {
        let method = "percentile bootstrap (gsl_rng_mt19937)"
        try Check.finite(sample, method: method, minCount: 2)
        try Check.level(level, method: method)
        guard resamples >= 2 else {
            throw .invalidArgument(method: method, reason: .resamples(resamples))
        }
        let generator = try Check.gsl { () throws(GSLError) in try RandomGenerator(seed: seed) }
        let n = sample.count
        var values = [Double](repeating: 0, count: resamples)
        var resample = [Double](repeating: 0, count: n)
        resample.withUnsafeMutableBufferPointer { resample in
            for b in 0..<resamples {
                for i in 0..<n { resample[i] = sample[generator.uniformInt(below: n)] }
                values[b] = statistic.evaluate(inPlace: resample)
            }
        }
        values.sort()
        let alpha = 1 - level
        let bounds = try Check.gsl { () throws(GSLError) in
            (
                try Descriptive.quantile(sorted: values, p: alpha / 2),
                try Descriptive.quantile(sorted: values, p: 1 - alpha / 2)
            )
        }
        self.n = n
        self.statistic = statistic
        self.estimate = statistic.evaluate(sample)
        self.interval = ConfidenceInterval(lower: bounds.0, upper: bounds.1, level: level)
        self.resamples = resamples
        self.seed = seed
        self.method = method
    }
}
