import GSL

/// Ordinary least squares line y = a + b·x with the inference `scipy.stats.linregress` reports.
///
/// - slope b = Sxy / Sxx and intercept a = ȳ − b·x̄ from `gsl_fit_linear`;
/// - r = Sxy / √(Sxx·Syy), clipped to [−1, 1];
/// - slope standard error √((1 − r²)·Syy / Sxx / (n − 2)) and intercept standard error
///   slope_se·√(Sxx/n + x̄²) — the same numbers as √cov11 and √cov00 of `gsl_fit_linear`;
/// - t = r·√((n − 2) / ((1 − r)(1 + r))), two-sided p from Student t with n − 2 degrees of
///   freedom (`gsl_cdf_tdist_Q`); a perfect fit has p = 0;
/// - the 95 % slope interval b ± t₀.₉₇₅,ₙ₋₂ · se (`gsl_cdf_tdist_Pinv`).
///
/// When y is constant the line is flat (slope 0) but r, t, p and the standard errors are
/// undefined: they are nil and ``notes`` holds ``Note/constantValues`` (scipy returns NaN).
public struct LinearTrend: Hashable, Sendable, Codable {
    public let n: Int
    public let slope: Double
    public let intercept: Double
    /// nil when y is constant.
    public let slopeStandardError: Double?
    /// nil when y is constant.
    public let interceptStandardError: Double?
    /// Pearson's r of x and y; nil when y is constant.
    public let r: Double?
    public let rSquared: Double?
    /// The t statistic of the slope, r·√((n − 2)/((1 − r)(1 + r))); very large for a perfect fit.
    public let t: Double?
    public let degreesOfFreedom: Int
    /// Two-sided p of H₀: slope = 0; nil when y is constant.
    public let pValue: Double?
    /// Slope ± t₀.₉₇₅ · standard error; nil when y is constant.
    public let slopeInterval: ConfidenceInterval?
    /// σ̂² = SSR / (n − 2).
    public let residualVariance: Double
    public let method: String
    public let notes: [Note]

    private let fit: LinearFitCoefficients
    private let tCritical: Double

    /// Fits the line.
    /// - Throws: ``StatisticsError`` if the lengths differ, n < 3, a value is not finite, or all
    ///   x are equal.
    public init(x: [Double], y: [Double]) throws(StatisticsError) {
        let method = "OLS linear regression (scipy.stats.linregress)"
        try Check.paired(x, y, method: method, minCount: 3)
        guard let x0 = x.first, x.contains(where: { $0 != x0 }) else {
            throw .degenerate(method: method, reason: .equalX)
        }
        let fit = try Check.gsl { () throws(GSLError) in try LinearFit.fit(x: x, y: y) }
        let count = Double(x.count)
        var sx = 0.0
        var sy = 0.0
        for i in x.indices {
            sx += x[i]
            sy += y[i]
        }
        let mx = sx / count
        let my = sy / count
        var sxx = 0.0
        var syy = 0.0
        var sxy = 0.0
        for i in x.indices {
            let dx = x[i] - mx
            let dy = y[i] - my
            sxx += dx * dx
            syy += dy * dy
            sxy += dx * dy
        }
        var notes: [Note] = []
        let df = x.count - 2
        let tCritical = try Check.gsl { () throws(GSLError) in
            try Distributions.studentTQuantile(0.975, degreesOfFreedom: Double(df))
        }
        if syy == 0 {
            notes.append(.constantValues)
            self.r = nil
            self.rSquared = nil
            self.t = nil
            self.pValue = nil
            self.slopeStandardError = nil
            self.interceptStandardError = nil
            self.slopeInterval = nil
        } else {
            let r = Swift.min(1, Swift.max(-1, sxy / (sxx * syy).squareRoot()))
            let tiny = 1e-20
            let t = r * (Double(df) / ((1 - r + tiny) * (1 + r + tiny))).squareRoot()
            let slopeSE = ((1 - r * r) * syy / sxx / Double(df)).squareRoot()
            if abs(r) == 1 { notes.append(.perfectFit) }
            self.r = r
            self.rSquared = r * r
            self.t = t
            self.pValue = try twoSidedStudentP(t, degreesOfFreedom: Double(df))
            self.slopeStandardError = slopeSE
            self.interceptStandardError = slopeSE * (sxx / count + mx * mx).squareRoot()
            self.slopeInterval = ConfidenceInterval(
                lower: fit.slope - tCritical * slopeSE, upper: fit.slope + tCritical * slopeSE, level: 0.95)
        }
        if x.count < 5 { notes.append(.smallSample) }

        self.n = x.count
        self.slope = fit.slope
        self.intercept = fit.intercept
        self.degreesOfFreedom = df
        self.residualVariance = fit.sumSquaredResiduals / Double(df)
        self.method = method
        self.notes = notes
        self.fit = fit
        self.tCritical = tCritical
    }

    /// The fitted value at `x` with its 95 % confidence interval (for the line's mean) and
    /// 95 % prediction interval (for a new observation):
    /// ŷ ± t₀.₉₇₅,ₙ₋₂ · se(ŷ) and ŷ ± t₀.₉₇₅,ₙ₋₂ · √(se(ŷ)² + σ̂²),
    /// with se(ŷ) = √(cov00 + 2x·cov01 + x²·cov11) — as statsmodels'
    /// `OLS(...).get_prediction(...).summary_frame(alpha=0.05)`.
    ///
    /// The corresponding GSL function is `gsl_fit_linear_est`.
    public func predict(at x: Double) throws(StatisticsError) -> LinearPrediction {
        let estimate = try Check.gsl { () throws(GSLError) in try LinearFit.estimate(at: x, fit) }
        let confidence = tCritical * estimate.standardError
        let prediction = tCritical * (estimate.standardError * estimate.standardError + residualVariance).squareRoot()
        return LinearPrediction(
            x: x, value: estimate.value, standardError: estimate.standardError,
            confidence: ConfidenceInterval(
                lower: estimate.value - confidence, upper: estimate.value + confidence, level: 0.95),
            prediction: ConfidenceInterval(
                lower: estimate.value - prediction, upper: estimate.value + prediction, level: 0.95))
    }
}

/// A value read off a fitted line, with its intervals.
public struct LinearPrediction: Hashable, Sendable, Codable {
    public let x: Double
    public let value: Double
    /// Standard error of the fitted mean at x.
    public let standardError: Double
    /// Where the line's mean at x lies (95 %).
    public let confidence: ConfidenceInterval
    /// Where a new observation at x would lie (95 %).
    public let prediction: ConfidenceInterval

    public init(
        x: Double, value: Double, standardError: Double, confidence: ConfidenceInterval, prediction: ConfidenceInterval
    ) {
        self.x = x
        self.value = value
        self.standardError = standardError
        self.confidence = confidence
        self.prediction = prediction
    }
}
