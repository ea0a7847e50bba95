internal import CGSL

/// Descriptive statistics from `gsl_statistics_double.h`, checked.
///
/// All functions take a contiguous array and pass it to GSL without copying (stride 1).
public enum Descriptive {
    /// Arithmetic mean, Σx / n. The corresponding GSL function is `gsl_stats_mean`.
    /// - Throws: ``GSLError`` if `x` is empty or holds a non-finite value.
    public static func mean(_ x: [Double]) throws(GSLError) -> Double {
        try GSL.requireFinite(x, minCount: 1, function: "gsl_stats_mean")
        return x.withUnsafeBufferPointer { gsl_stats_mean($0.baseAddress, 1, $0.count) }
    }

    /// Sample standard deviation with the n − 1 denominator, √(Σ(x − x̄)² / (n − 1)).
    /// The corresponding GSL function is `gsl_stats_sd`.
    /// - Throws: ``GSLError`` if `x` has fewer than 2 values or a non-finite value.
    public static func standardDeviation(_ x: [Double]) throws(GSLError) -> Double {
        try GSL.requireFinite(x, minCount: 2, function: "gsl_stats_sd")
        return x.withUnsafeBufferPointer { gsl_stats_sd($0.baseAddress, 1, $0.count) }
    }

    /// Quantile of already **sorted** data by linear interpolation between order statistics
    /// at position (n − 1)·p — the definition numpy and scipy use by default (Hyndman–Fan 7).
    /// The corresponding GSL function is `gsl_stats_quantile_from_sorted_data`.
    /// - Throws: ``GSLError`` if `sorted` is empty, unsorted or non-finite, or `p` is outside [0, 1].
    public static func quantile(sorted: [Double], p: Double) throws(GSLError) -> Double {
        let function = "gsl_stats_quantile_from_sorted_data"
        try GSL.requireFinite(sorted, minCount: 1, function: function)
        guard p >= 0, p <= 1 else {
            throw GSLError(code: .invalidArgument, function: function, reason: "p = \(p) is outside [0, 1]")
        }
        guard zip(sorted, sorted.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw GSLError(code: .invalidArgument, function: function, reason: "data are not sorted ascending")
        }
        return sorted.withUnsafeBufferPointer {
            gsl_stats_quantile_from_sorted_data($0.baseAddress, 1, $0.count, p)
        }
    }

    /// Ascending copy of `x`. The corresponding GSL function is `gsl_sort`.
    /// - Throws: ``GSLError`` if `x` holds a non-finite value (NaN has no order).
    public static func sorted(_ x: [Double]) throws(GSLError) -> [Double] {
        try GSL.requireFinite(x, minCount: 0, function: "gsl_sort")
        var copy = x
        copy.withUnsafeMutableBufferPointer { gsl_sort($0.baseAddress, 1, $0.count) }
        return copy
    }
}
