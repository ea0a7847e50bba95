internal import CGSL

/// Cumulative distribution functions from `gsl_cdf.h`.
public enum Distributions {
    /// Upper tail of Student's t with `nu` degrees of freedom, P(T > t).
    /// The corresponding GSL function is `gsl_cdf_tdist_Q`.
    /// - Throws: ``GSLError`` if `t` is not finite or `nu` is not positive.
    public static func studentTUpper(_ t: Double, degreesOfFreedom nu: Double) throws(GSLError) -> Double {
        GSL.configure()
        guard t.isFinite, nu.isFinite, nu > 0 else {
            throw GSLError(
                code: .invalidArgument, function: "gsl_cdf_tdist_Q",
                reason: "needs finite t and positive degrees of freedom, got t = \(t), nu = \(nu)")
        }
        return gsl_cdf_tdist_Q(t, nu)
    }

    /// Quantile of Student's t: the t with P(T ≤ t) = p.
    /// The corresponding GSL function is `gsl_cdf_tdist_Pinv`.
    /// - Throws: ``GSLError`` if `p` is outside (0, 1) or `nu` is not positive.
    public static func studentTQuantile(_ p: Double, degreesOfFreedom nu: Double) throws(GSLError) -> Double {
        GSL.configure()
        guard p > 0, p < 1, nu.isFinite, nu > 0 else {
            throw GSLError(
                code: .invalidArgument, function: "gsl_cdf_tdist_Pinv",
                reason: "needs 0 < p < 1 and positive degrees of freedom, got p = \(p), nu = \(nu)")
        }
        return gsl_cdf_tdist_Pinv(p, nu)
    }

    /// Upper tail of the standard normal, P(Z > z). The corresponding GSL function is `gsl_cdf_ugaussian_Q`.
    public static func normalUpper(_ z: Double) throws(GSLError) -> Double {
        GSL.configure()
        guard !z.isNaN else {
            throw GSLError(code: .invalidArgument, function: "gsl_cdf_ugaussian_Q", reason: "z is NaN")
        }
        return gsl_cdf_ugaussian_Q(z)
    }
}

extension Distributions {
    /// Quantile of the standard normal: the z with P(Z ≤ z) = p.
    /// The corresponding GSL function is `gsl_cdf_ugaussian_Pinv`.
    /// - Throws: ``GSLError`` if `p` is outside (0, 1).
    public static func normalQuantile(_ p: Double) throws(GSLError) -> Double {
        GSL.configure()
        guard p > 0, p < 1 else {
            throw GSLError(
                code: .invalidArgument, function: "gsl_cdf_ugaussian_Pinv", reason: "needs 0 < p < 1, got \(p)")
        }
        return gsl_cdf_ugaussian_Pinv(p)
    }
}
