import Testing

@testable import GSL

// Reference values come from numpy 2.4.6 and scipy 1.17.1; each number names the call that
// produced it. Compared with a relative tolerance of 1e-12.

/// |a − b| ≤ tolerance · max(|a|, |b|); exact equality for zero.
func isClose(_ a: Double, _ b: Double, relative tolerance: Double = 1e-12) -> Bool {
    a == b || abs(a - b) <= tolerance * max(abs(a), abs(b))
}

@Suite("Descriptive")
struct DescriptiveTests {
    static let x = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 6.0, 0.3]

    @Test func mean() throws {
        // np.mean(x) -> 4.1375
        #expect(isClose(try Descriptive.mean(Self.x), 4.1375))
        #expect(try Descriptive.mean([-7]) == -7)
        // np.mean([1e9+1, 1e9+2, 1e9+3]) -> 1000000002.0
        #expect(isClose(try Descriptive.mean([1e9 + 1, 1e9 + 2, 1e9 + 3]), 1_000_000_002.0))
    }

    @Test func standardDeviationUsesNMinusOne() throws {
        // np.std(x, ddof=1) -> 3.0429954696928863
        #expect(isClose(try Descriptive.standardDeviation(Self.x), 3.0429954696928863))
        // np.std([1e9+1, 1e9+2, 1e9+3], ddof=1) -> 1.0
        #expect(isClose(try Descriptive.standardDeviation([1e9 + 1, 1e9 + 2, 1e9 + 3]), 1.0))
        #expect(try Descriptive.standardDeviation([4, 4, 4]) == 0)
    }

    @Test func sorted() throws {
        #expect(try Descriptive.sorted(Self.x) == [0.3, 1.2, 2.5, 3.1, 4.7, 5.5, 6.0, 9.8])
        #expect(try Descriptive.sorted([3, -1, 3, -0.5, 2]) == [-1, -0.5, 2, 3, 3])
        #expect(try Descriptive.sorted([]) == [])
    }

    @Test(
        "quantile, type 7",
        arguments: [
            // np.quantile(sorted(x), p)
            (0.0, 0.3), (0.1, 0.93), (0.25, 2.175), (0.5, 3.9000000000000004), (0.75, 5.625), (0.9, 7.14),
            (1.0, 9.8),
        ])
    func quantile(_ p: Double, _ expected: Double) throws {
        let sorted = try Descriptive.sorted(Self.x)
        let q = try Descriptive.quantile(sorted: sorted, p: p)
        #expect(isClose(q, expected), "p = \(p): \(q) vs \(expected)")
    }

    @Test func quantileOfOneValue() throws {
        #expect(try Descriptive.quantile(sorted: [5], p: 0.3) == 5)
    }

    // MARK: Refusals

    static let refusals: [Refusal] = [
        Refusal("mean of nothing", "gsl_stats_mean") { _ = try Descriptive.mean([]) },
        Refusal("mean with NaN", "gsl_stats_mean") { _ = try Descriptive.mean([1, .nan, 3]) },
        Refusal("mean with infinity", "gsl_stats_mean") { _ = try Descriptive.mean([1, .infinity]) },
        Refusal("sd of nothing", "gsl_stats_sd") { _ = try Descriptive.standardDeviation([]) },
        Refusal("sd of one value", "gsl_stats_sd") { _ = try Descriptive.standardDeviation([1]) },
        Refusal("sd with NaN", "gsl_stats_sd") { _ = try Descriptive.standardDeviation([1, 2, .nan]) },
        Refusal("quantile of nothing", "gsl_stats_quantile_from_sorted_data") {
            _ = try Descriptive.quantile(sorted: [], p: 0.5)
        },
        Refusal("quantile with NaN", "gsl_stats_quantile_from_sorted_data") {
            _ = try Descriptive.quantile(sorted: [1, .nan], p: 0.5)
        },
        Refusal("quantile of unsorted data", "gsl_stats_quantile_from_sorted_data") {
            _ = try Descriptive.quantile(sorted: [3, 1, 2], p: 0.5)
        },
        Refusal("quantile with p > 1", "gsl_stats_quantile_from_sorted_data") {
            _ = try Descriptive.quantile(sorted: [1, 2], p: 1.5)
        },
        Refusal("quantile with p < 0", "gsl_stats_quantile_from_sorted_data") {
            _ = try Descriptive.quantile(sorted: [1, 2], p: -0.1)
        },
        Refusal("quantile with NaN p", "gsl_stats_quantile_from_sorted_data") {
            _ = try Descriptive.quantile(sorted: [1, 2], p: .nan)
        },
        Refusal("sort with NaN", "gsl_sort") { _ = try Descriptive.sorted([2, .nan, 1]) },
    ]

    @Test("refuses bad input before calling GSL", arguments: refusals)
    func refuses(_ r: Refusal) {
        let error = #expect(throws: GSLError.self) { try r.call() }
        #expect(error?.function == r.function)
        #expect(error?.code == .invalidArgument)
    }

    @Test func errorsReadLikeSentences() {
        let empty = #expect(throws: GSLError.self) { try Descriptive.mean([]) }
        #expect(empty?.description == "gsl_stats_mean: needs at least 1 value, got 0")
        let nan = #expect(throws: GSLError.self) { try Descriptive.mean([1, .nan]) }
        #expect(nan?.description == "gsl_stats_mean: value at index 1 is not finite (nan)")
        let sd = #expect(throws: GSLError.self) { try Descriptive.standardDeviation([1]) }
        #expect(sd?.reason == "needs at least 2 values, got 1")
    }
}

/// A call that must be refused, and the GSL function the error must name.
struct Refusal: Sendable, CustomTestStringConvertible {
    var name: String
    var function: String
    var call: @Sendable () throws -> Void
    init(_ name: String, _ function: String, _ call: @escaping @Sendable () throws -> Void) {
        self.name = name
        self.function = function
        self.call = call
    }
    var testDescription: String { name }
}

@Suite("LinearFit")
struct LinearFitTests {
    @Test func fitSevenPoints() throws {
        let x = [1.0, 2, 3, 4, 5, 6, 7]
        let y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8]
        let fit = try LinearFit.fit(x: x, y: y)
        // r = scipy.stats.linregress(x, y)
        #expect(isClose(fit.slope, 1.9857142857142858))  // r.slope
        #expect(isClose(fit.intercept, 0.07142857142857117))  // r.intercept
        #expect(isClose(fit.cov11, 0.0013061224489796287))  // r.stderr**2
        #expect(isClose(fit.cov00, 0.02612244897959258))  // r.intercept_stderr**2
        // -mean(x) * (SSR / (n - 2)) / sum((x - mean(x))**2)
        #expect(isClose(fit.cov01, -0.005224489795918355))
        // np.sum((y - (r.intercept + r.slope * x))**2)
        #expect(isClose(fit.sumSquaredResiduals, 0.1828571428571424))
        #expect(fit.n == 7)
    }

    @Test func fitUnevenSpacing() throws {
        let x = [0.5, 1.5, 2.0, 3.5, 4.0]
        let y = [-1.2, 0.3, 1.1, 2.9, 4.4]
        let fit = try LinearFit.fit(x: x, y: y)
        // r = scipy.stats.linregress(x, y)
        #expect(isClose(fit.slope, 1.5120481927710843))  // r.slope
        #expect(isClose(fit.intercept, -1.9777108433734933))  // r.intercept
        #expect(isClose(fit.cov11, 0.011397396816180396))  // r.stderr**2
        #expect(isClose(fit.cov00, 0.07921190787245375))  // r.intercept_stderr**2
        #expect(isClose(fit.cov01, -0.026214012677214873))  // -mean(x) * s² / Sxx
        #expect(isClose(fit.sumSquaredResiduals, 0.2837951807228915))
        #expect(fit.n == 5)
    }

    @Test func exactLine() throws {
        let fit = try LinearFit.fit(x: [0, 1, 2, 3], y: [1, 3, 5, 7])
        #expect(fit.slope == 2)
        #expect(fit.intercept == 1)
        #expect(fit.sumSquaredResiduals == 0)
    }

    @Test(
        "refuses what has no fit",
        arguments: [
            ([1.0, 2], [1.0, 2], GSLError.Code.invalidArgument),  // fewer than 3 points
            ([], [], .invalidArgument),
            ([1, 1, 1], [1, 2, 3], .invalidArgument),  // all x equal
            ([1, 2, .nan], [1, 2, 3], .invalidArgument),
            ([1, 2, 3], [1, .infinity, 3], .invalidArgument),
            ([1, 2, 3], [1, 2], .badLength),
        ])
    func refuses(_ x: [Double], _ y: [Double], _ code: GSLError.Code) {
        let error = #expect(throws: GSLError.self) { try LinearFit.fit(x: x, y: y) }
        #expect(error?.function == "gsl_fit_linear")
        #expect(error?.code == code)
    }

    @Test func equalXIsExplained() {
        let error = #expect(throws: GSLError.self) { try LinearFit.fit(x: [2, 2, 2], y: [1, 2, 3]) }
        #expect(error?.description == "gsl_fit_linear: all x values are equal")
    }
}

@Suite("Distributions")
struct DistributionTests {
    @Test(
        "Student t upper tail",
        arguments: [
            // scipy.stats.t.sf(t, nu)
            (2.0, 5.0, 0.050969739414929174), (0.5, 10.0, 0.3139468028714865), (-1.3, 3.0, 0.8577662456360515),
            (3.5, 20.0, 0.0011275615765285825), (2.0, 5.5, 0.04837719511559252), (0.0, 4.0, 0.5),
        ])
    func studentTUpper(_ t: Double, _ nu: Double, _ expected: Double) throws {
        let value = try Distributions.studentTUpper(t, degreesOfFreedom: nu)
        #expect(isClose(value, expected), "t = \(t), nu = \(nu): \(value) vs \(expected)")
    }

    @Test(
        "Student t quantile",
        arguments: [
            // scipy.stats.t.ppf(p, nu)
            (0.975, 5.0, 2.5705818356363146), (0.95, 10.0, 1.8124611228116756),
            (0.025, 3.0, -3.1824463052837086), (0.995, 30.0, 2.7499956535672254), (0.5, 7.0, 0.0),
        ])
    func studentTQuantile(_ p: Double, _ nu: Double, _ expected: Double) throws {
        let value = try Distributions.studentTQuantile(p, degreesOfFreedom: nu)
        #expect(isClose(value, expected), "p = \(p), nu = \(nu): \(value) vs \(expected)")
    }

    @Test(
        "standard normal upper tail",
        arguments: [
            // scipy.stats.norm.sf(z)
            (1.96, 0.024997895148220435), (0.0, 0.5), (-1.0, 0.8413447460685429), (3.0, 0.0013498980316300933),
            (-3.0, 0.9986501019683699), (8.0, 6.22096057427174e-16),
        ])
    func normalUpper(_ z: Double, _ expected: Double) throws {
        let value = try Distributions.normalUpper(z)
        #expect(isClose(value, expected), "z = \(z): \(value) vs \(expected)")
    }

    @Test func normalUpperAtInfinity() throws {
        #expect(try Distributions.normalUpper(.infinity) == 0)
        #expect(try Distributions.normalUpper(-.infinity) == 1)
    }

    @Test func quantileInvertsTheTail() throws {
        let t = try Distributions.studentTQuantile(0.9, degreesOfFreedom: 12)
        #expect(isClose(try Distributions.studentTUpper(t, degreesOfFreedom: 12), 0.1, relative: 1e-10))
    }

    static let refusals: [Refusal] = [
        Refusal("t upper with NaN t", "gsl_cdf_tdist_Q") {
            _ = try Distributions.studentTUpper(.nan, degreesOfFreedom: 3)
        },
        Refusal("t upper with infinite t", "gsl_cdf_tdist_Q") {
            _ = try Distributions.studentTUpper(.infinity, degreesOfFreedom: 3)
        },
        Refusal("t upper with 0 df", "gsl_cdf_tdist_Q") { _ = try Distributions.studentTUpper(1, degreesOfFreedom: 0) },
        Refusal("t upper with NaN df", "gsl_cdf_tdist_Q") {
            _ = try Distributions.studentTUpper(1, degreesOfFreedom: .nan)
        },
        Refusal("t quantile at 0", "gsl_cdf_tdist_Pinv") {
            _ = try Distributions.studentTQuantile(0, degreesOfFreedom: 3)
        },
        Refusal("t quantile at 1", "gsl_cdf_tdist_Pinv") {
            _ = try Distributions.studentTQuantile(1, degreesOfFreedom: 3)
        },
        Refusal("t quantile with NaN p", "gsl_cdf_tdist_Pinv") {
            _ = try Distributions.studentTQuantile(.nan, degreesOfFreedom: 3)
        },
        Refusal("t quantile with negative df", "gsl_cdf_tdist_Pinv") {
            _ = try Distributions.studentTQuantile(0.5, degreesOfFreedom: -2)
        },
        Refusal("normal with NaN", "gsl_cdf_ugaussian_Q") { _ = try Distributions.normalUpper(.nan) },
    ]

    @Test("refuses arguments outside the domain", arguments: refusals)
    func refuses(_ r: Refusal) {
        let error = #expect(throws: GSLError.self) { try r.call() }
        #expect(error?.function == r.function)
        #expect(error?.code == .invalidArgument)
    }
}

@Suite("GSL set-up")
struct GSLSetupTests {
    @Test func versionIsLinked() {
        let parts = GSL.version.split(separator: ".")
        #expect(parts.count >= 2)
        #expect(Int(parts[0]) == 2)
    }

    @Test(
        arguments: [
            (Int32(1), GSLError.Code.domain), (2, .range), (4, .invalidArgument), (12, .divisionByZero),
            (19, .badLength), (8, .noMemory), (11, .maxIterations), (17, .lossOfAccuracy), (99, .other(99)),
        ])
    func statusCodes(_ status: Int32, _ code: GSLError.Code) {
        // gsl_errno.h: GSL_EDOM 1, GSL_ERANGE 2, GSL_EINVAL 4, GSL_ENOMEM 8, GSL_EMAXITER 11,
        // GSL_EZERODIV 12, GSL_ELOSS 17, GSL_EBADLEN 19.
        #expect(GSLError.Code(status: status) == code)
    }

    @Test func checkTurnsAStatusIntoAnError() {
        let error = #expect(throws: GSLError.self) { try GSL.check("gsl_example") { 4 } }
        #expect(error?.function == "gsl_example")
        #expect(error?.code == .invalidArgument)
        #expect(error?.reason == "invalid argument supplied by user")  // gsl_strerror(GSL_EINVAL)
        #expect(throws: Never.self) { try GSL.check("gsl_example") { 0 } }
    }
}
