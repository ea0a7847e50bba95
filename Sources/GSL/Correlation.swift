internal import CGSL

/// Correlation coefficients from `gsl_statistics_double.h`, checked.
public enum Correlation {
    /// Pearson's product-moment correlation,
    /// r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²).
    ///
    /// The corresponding GSL function is `gsl_stats_correlation`.
    /// - Throws: ``GSLError`` if the lengths differ, there are fewer than 2 pairs, or a value is
    ///   not finite. A constant `x` or `y` makes r undefined: the caller checks for it.
    public static func pearson(_ x: [Double], _ y: [Double]) throws(GSLError) -> Double {
        let function = "gsl_stats_correlation"
        try GSL.requirePaired(x, y, minCount: 2, function: function)
        return x.withUnsafeBufferPointer { xb in
            y.withUnsafeBufferPointer { yb in
                gsl_stats_correlation(xb.baseAddress, 1, yb.baseAddress, 1, xb.count)
            }
        }
    }

    /// Spearman's rank correlation: Pearson's r of the ranks, tied values sharing the average
    /// of the ranks they span.
    ///
    /// The corresponding GSL function is `gsl_stats_spearman` (it allocates its 2n work space here).
    /// - Throws: ``GSLError`` if the lengths differ, there are fewer than 2 pairs, or a value is
    ///   not finite.
    public static func spearman(_ x: [Double], _ y: [Double]) throws(GSLError) -> Double {
        let function = "gsl_stats_spearman"
        try GSL.requirePaired(x, y, minCount: 2, function: function)
        var work = [Double](repeating: 0, count: 2 * x.count)
        return x.withUnsafeBufferPointer { xb in
            y.withUnsafeBufferPointer { yb in
                work.withUnsafeMutableBufferPointer { wb in
                    gsl_stats_spearman(xb.baseAddress, 1, yb.baseAddress, 1, xb.count, wb.baseAddress)
                }
            }
        }
    }
}
