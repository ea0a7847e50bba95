internal import CGSL

/// Ordinary least squares fit of y = c0 + c1·x, with the covariance of the coefficients.
public struct LinearFitCoefficients: Hashable, Sendable, Codable {
    /// Intercept c0.
    public let intercept: Double
    /// Slope c1.
    public let slope: Double
    /// Var(c0), Cov(c0, c1), Var(c1), estimated with σ² = SSR / (n − 2).
    public let cov00: Double, cov01: Double, cov11: Double
    /// Residual sum of squares.
    public let sumSquaredResiduals: Double
    /// Number of points.
    public let n: Int
}

public enum LinearFit {
    /// Fits y = c0 + c1·x by least squares.
    ///
    /// The corresponding GSL function is `gsl_fit_linear`.
    /// - Throws: ``GSLError`` if the arrays differ in length, hold fewer than 3 points or a
    ///   non-finite value, or every x is equal (the slope is undefined).
    public static func fit(x: [Double], y: [Double]) throws(GSLError) -> LinearFitCoefficients {
        let function = "gsl_fit_linear"
        guard x.count == y.count else {
            throw GSLError(code: .badLength, function: function, reason: "x has \(x.count) values, y has \(y.count)")
        }
        try GSL.requireFinite(x, minCount: 3, function: function)
        try GSL.requireFinite(y, minCount: 3, function: function)
        if let first = x.first, x.allSatisfy({ $0 == first }) {
            throw GSLError(code: .invalidArgument, function: function, reason: "all x values are equal")
        }
        var c0 = 0.0
        var c1 = 0.0
        var v00 = 0.0
        var v01 = 0.0
        var v11 = 0.0
        var ssr = 0.0
        try GSL.check(function) {
            x.withUnsafeBufferPointer { xb in
                y.withUnsafeBufferPointer { yb in
                    gsl_fit_linear(xb.baseAddress, 1, yb.baseAddress, 1, xb.count, &c0, &c1, &v00, &v01, &v11, &ssr)
                }
            }
        }
        return LinearFitCoefficients(
            intercept: c0, slope: c1, cov00: v00, cov01: v01, cov11: v11, sumSquaredResiduals: ssr, n: x.count)
    }
}

extension LinearFit {
    /// The fitted value ŷ = c0 + c1·x at `x` and its standard error
    /// √(cov00 + 2x·cov01 + x²·cov11) (the error of the fitted mean, not of a new observation).
    ///
    /// The corresponding GSL function is `gsl_fit_linear_est`.
    /// - Throws: ``GSLError`` if `x` is not finite.
    public static func estimate(at x: Double, _ fit: LinearFitCoefficients) throws(GSLError) -> FittedValue {
        let function = "gsl_fit_linear_est"
        guard x.isFinite else {
            throw GSLError(code: .invalidArgument, function: function, reason: "x = \(x) is not finite")
        }
        var y = 0.0
        var error = 0.0
        try GSL.check(function) {
            gsl_fit_linear_est(x, fit.intercept, fit.slope, fit.cov00, fit.cov01, fit.cov11, &y, &error)
        }
        return FittedValue(x: x, value: y, standardError: error)
    }
}

/// A fitted value of a straight line and the standard error of that fitted mean.
public struct FittedValue: Hashable, Sendable, Codable {
    /// Where the line was evaluated.
    public let x: Double
    /// ŷ = c0 + c1·x.
    public let value: Double
    /// √(cov00 + 2x·cov01 + x²·cov11).
    public let standardError: Double
}
