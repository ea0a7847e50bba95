import Testing

@testable import Statistics

// Every number here comes from scipy / statsmodels / pymannkendall through the committed
// fixtures (scripts/oracle/generate.py). Statistics agree within 1e-9 relative, p-values within
// 1e-9 absolute, unless a comment says why a test allows more.

@Suite("Agreement with the oracles")
struct OracleTests {
    @Test func summaryAsNumpy() {
        for c in Oracle.cases("summary") {
            if let code = c.error {
                expectError(code, case: c.name) { () throws(StatisticsError) in try Summary(c.doubles("x")) }
                continue
            }
            guard let s = try? Summary(c.doubles("x")) else {
                Issue.record("\(c.name): threw")
                continue
            }
            #expect(Double(s.n) == c.value("n"), "\(c.name): n")
            expectStatistic(s.mean, c.value("mean"), "mean", case: c.name)
            expectStatistic(s.sd, c.value("sd"), "sd", case: c.name)
            for (actual, key) in [
                (s.min, "min"), (s.q1, "q1"), (s.median, "median"), (s.q3, "q3"), (s.max, "max"), (s.mad, "mad"),
            ] {
                expectStatistic(actual, c.value(key), key, case: c.name)
            }
        }
    }

    @Test func linearTrendAsLinregress() throws {
        for c in Oracle.cases("linregress") {
            let x = c.doubles("x")
            let y = c.doubles("y")
            if let code = c.error {
                expectError(code, case: c.name) { () throws(StatisticsError) in try LinearTrend(x: x, y: y) }
                continue
            }
            let fit = try LinearTrend(x: x, y: y)
            // Standard errors of a (near-)perfect fit are rounding noise in both programs:
            // compare them on the scale of the slope.
            let scale = 1e-12 * Swift.max(1, abs(fit.slope), abs(fit.intercept))
            expectStatistic(fit.slope, c.value("slope"), "slope", case: c.name, floor: scale)
            expectStatistic(fit.intercept, c.value("intercept"), "intercept", case: c.name, floor: scale)
            expectStatistic(fit.r, c.value("rvalue"), "r", case: c.name)
            expectStatistic(fit.rSquared, c.value("r_squared"), "r²", case: c.name)
            expectStatistic(fit.slopeStandardError, c.value("stderr"), "stderr", case: c.name, floor: scale)
            expectStatistic(
                fit.interceptStandardError, c.value("intercept_stderr"), "intercept_stderr", case: c.name,
                floor: scale * 1e3)
            expectP(fit.pValue, c.value("pvalue"), case: c.name)
            let ci = c.pair("slope_ci95")
            expectStatistic(fit.slopeInterval?.lower, ci?[0], "slope CI lower", case: c.name, floor: scale)
            expectStatistic(fit.slopeInterval?.upper, ci?[1], "slope CI upper", case: c.name, floor: scale)
            let prediction = try fit.predict(at: c.double("x_new"))
            expectStatistic(prediction.value, c.value("predicted"), "prediction", case: c.name, floor: scale * 1e3)
            if let ci = c.pair("confidence95"), let pi = c.pair("prediction95") {
                expectStatistic(
                    prediction.confidence.lower, ci[0], "confidence lower", case: c.name, floor: scale * 1e3)
                expectStatistic(
                    prediction.confidence.upper, ci[1], "confidence upper", case: c.name, floor: scale * 1e3)
                expectStatistic(
                    prediction.prediction.lower, pi[0], "prediction lower", case: c.name, floor: scale * 1e3)
                expectStatistic(
                    prediction.prediction.upper, pi[1], "prediction upper", case: c.name, floor: scale * 1e3)
            }
        }
    }

    @Test func mannKendallAsPymannkendall() throws {
        for c in Oracle.cases("mann_kendall") {
            let y = c.doubles("y")
            if let code = c.error {
                expectError(code, case: c.name) { () throws(StatisticsError) in try MannKendall(y) }
                continue
            }
            let mk = try MannKendall(y)
            #expect(Double(mk.s) == c.value("s"), "\(c.name): S = \(mk.s), oracle \(String(describing: c.value("s")))")
            expectStatistic(mk.varianceS, c.value("var_s"), "var_s", case: c.name)
            expectStatistic(mk.z, c.value("z"), "z", case: c.name)
            expectP(mk.pValue, c.value("p"), case: c.name)
            expectStatistic(mk.tau, c.value("tau"), "tau", case: c.name)
            expectP(mk.exactPValue, c.value("p_exact"), "exact p", case: c.name)
        }
    }

    @Test func senSlopeAsTheilslopes() throws {
        for c in Oracle.cases("theilslopes") {
            let x = c.doubles("x")
            let y = c.doubles("y")
            if let code = c.error {
                expectError(code, case: c.name) { () throws(StatisticsError) in try SenSlope(x: x, y: y) }
                continue
            }
            let sen = try SenSlope(x: x, y: y)
            expectStatistic(sen.slope, c.value("slope"), "slope", case: c.name)
            expectStatistic(sen.intercept, c.value("intercept"), "intercept", case: c.name, floor: 1e-9)
            expectStatistic(sen.interval?.lower, c.value("low_slope"), "low slope", case: c.name)
            expectStatistic(sen.interval?.upper, c.value("high_slope"), "high slope", case: c.name)
        }
    }

    @Test func pettittByDefinition() throws {
        for c in Oracle.cases("pettitt") {
            let y = c.doubles("y")
            if let code = c.error {
                expectError(code, case: c.name) { () throws(StatisticsError) in try Pettitt(y) }
                continue
            }
            let test = try Pettitt(y)
            #expect(Double(test.k) == c.value("k"), "\(c.name): K")
            #expect(Double(test.changeIndex) == c.value("change_index"), "\(c.name): change index")
            #expect(Double(test.u) == c.value("u_signed"), "\(c.name): U")
            expectP(test.pValue, c.value("p"), case: c.name)
        }
    }

    @Test func pearsonAsScipy() throws {
        for c in Oracle.cases("pearson") {
            let x = c.doubles("x")
            let y = c.doubles("y")
            if let code = c.error {
                expectError(code, case: c.name) { () throws(StatisticsError) in try PearsonCorrelation(x: x, y: y) }
                continue
            }
            let result = try PearsonCorrelation(x: x, y: y)
            expectStatistic(result.r, c.value("r"), "r", case: c.name)
            expectP(result.pValue, c.value("p"), case: c.name)
        }
    }

    @Test func spearmanAsScipy() throws {
        for c in Oracle.cases("spearman") {
            let x = c.doubles("x")
            let y = c.doubles("y")
            if let code = c.error {
                expectError(code, case: c.name) { () throws(StatisticsError) in try SpearmanCorrelation(x: x, y: y) }
                continue
            }
            let result = try SpearmanCorrelation(x: x, y: y)
            expectStatistic(result.rho, c.value("rho"), "rho", case: c.name)
            expectP(result.pValue, c.value("p"), case: c.name)
        }
    }

    @Test func kendallAsScipy() throws {
        for c in Oracle.cases("kendall") {
            let x = c.doubles("x")
            let y = c.doubles("y")
            if let code = c.error {
                expectError(code, case: c.name) { () throws(StatisticsError) in try KendallTau(x: x, y: y) }
                continue
            }
            let result = try KendallTau(x: x, y: y)
            expectStatistic(result.tauB, c.value("tau_b"), "tau_b", case: c.name)
            expectP(result.pValue, c.value("p"), case: c.name)
            #expect(result.pMethod.rawValue == c.text("method"), "\(c.name): method \(result.pMethod)")
        }
    }

    @Test func pairedTAsTtestRel() throws {
        for c in Oracle.cases("ttest_rel") {
            let a = c.doubles("a")
            let b = c.doubles("b")
            if let code = c.error {
                expectError(code, case: c.name) { () throws(StatisticsError) in try PairedTTest(after: a, before: b) }
                continue
            }
            let result = try PairedTTest(after: a, before: b)
            expectStatistic(result.t, c.value("t"), "t", case: c.name)
            #expect(Double(result.degreesOfFreedom) == c.value("df"), "\(c.name): df")
            expectP(result.pValue, c.value("p"), case: c.name)
            expectStatistic(result.meanDifference, c.value("mean_diff"), "mean difference", case: c.name)
            let ci = c.pair("ci95")
            expectStatistic(result.interval.lower, ci?[0], "CI lower", case: c.name)
            expectStatistic(result.interval.upper, ci?[1], "CI upper", case: c.name)
        }
    }

    @Test func wilcoxonAsScipy() throws {
        for c in Oracle.cases("wilcoxon") {
            let d = c.doubles("d")
            if let code = c.error {
                // All-zero differences: scipy has nothing to rank; parlens says so as a degenerate input.
                do {
                    let value = try WilcoxonSignedRank(differences: d)
                    Issue.record("\(c.name): expected \(code), got \(value)")
                } catch {
                    switch error {
                    case .tooFewValues, .degenerate: break
                    default: Issue.record("\(c.name): expected \(code), got \(error)")
                    }
                }
                continue
            }
            let result = try WilcoxonSignedRank(differences: d)
            expectStatistic(result.statistic, c.value("statistic"), "statistic", case: c.name)
            #expect(Double(result.nUsed) == c.value("n_used"), "\(c.name): n used")
            expectP(result.pValue, c.value("p"), case: c.name)
            let method: String =
                switch result.pMethod {
                case .exact: "exact"
                case .exactPermutation: "permutation"
                case .normalApproximation: "approx"
                }
            #expect(
                method == c.text("method"),
                "\(c.name): method \(method), oracle \(String(describing: c.text("method")))")
            if result.pMethod == .normalApproximation { expectStatistic(result.z, c.value("z"), "z", case: c.name) }
        }
    }

    @Test func wilsonAsStatsmodels() throws {
        for c in Oracle.cases("wilson") {
            let result = try WilsonInterval(successes: c.int("count"), trials: c.int("nobs"))
            expectStatistic(result.interval.lower, c.value("lower"), "lower", case: c.name, floor: 1e-15)
            expectStatistic(result.interval.upper, c.value("upper"), "upper", case: c.name, floor: 1e-15)
        }
    }

    @Test func twoProportionZAsStatsmodels() throws {
        for c in Oracle.cases("proportions_ztest") {
            let run = { () throws(StatisticsError) in
                try TwoProportionZTest(
                    successes1: c.int("count1"), trials1: c.int("nobs1"), successes2: c.int("count2"),
                    trials2: c.int("nobs2"))
            }
            if let code = c.error {
                expectError(code, case: c.name, run)
                continue
            }
            let result = try run()
            expectStatistic(result.z, c.value("z"), "z", case: c.name)
            expectP(result.pValue, c.value("p"), case: c.name)
        }
    }

    @Test func newcombeAsStatsmodels() throws {
        for c in Oracle.cases("newcombe") {
            let result = try NewcombeInterval(
                successes1: c.int("count1"), trials1: c.int("nobs1"), successes2: c.int("count2"),
                trials2: c.int("nobs2"))
            expectStatistic(result.interval.lower, c.value("lower"), "lower", case: c.name, floor: 1e-15)
            expectStatistic(result.interval.upper, c.value("upper"), "upper", case: c.name, floor: 1e-15)
        }
    }

    @Test func adjustmentsAsMultipletests() throws {
        for c in Oracle.cases("multipletests") {
            let p = c.doubles("p")
            let holm = try MultipleTesting.holm(p)
            let bh = try MultipleTesting.benjaminiHochberg(p)
            for (i, (h, expected)) in zip(holm, c.list("holm")).enumerated() {
                expectStatistic(h, expected, "holm[\(i)]", case: c.name, floor: 1e-15)
            }
            for (i, (b, expected)) in zip(bh, c.list("bh")).enumerated() {
                expectStatistic(b, expected, "bh[\(i)]", case: c.name, floor: 1e-15)
            }
            #expect(holm.count == c.list("holm").count && bh.count == c.list("bh").count, "\(c.name): lengths")
        }
    }

    @Test func ranksAsRankdata() {
        for c in Oracle.cases("rankdata") {
            let x = c.doubles("x")
            for method in Ranking.TieMethod.allCases {
                let key = method.rawValue
                #expect(Ranking.ranks(x, method: method) == c.list(key), "\(c.name): \(key)")
                #expect(
                    Ranking.ranks(x, method: method, order: .descending) == c.list(key + "_desc"),
                    "\(c.name): \(key) descending")
            }
        }
    }

    @Test func bootstrapReplaysTheGenerator() throws {
        for c in Oracle.cases("bootstrap") {
            guard let statistic = BootstrapInterval.Statistic(rawValue: c.raw["statistic"] as? String ?? "") else {
                Issue.record("\(c.name): unknown statistic")
                continue
            }
            let result = try BootstrapInterval(
                c.doubles("x"), statistic: statistic, resamples: c.int("resamples"), seed: UInt32(c.int("seed")))
            expectStatistic(result.estimate, c.value("estimate"), "estimate", case: c.name)
            expectStatistic(result.interval.lower, c.value("lower"), "lower", case: c.name)
            expectStatistic(result.interval.upper, c.value("upper"), "upper", case: c.name)
        }
    }
}
