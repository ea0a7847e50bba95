import Testing

@testable import Statistics

// How results explain themselves: method choices, notes and refusals. Numbers are checked in
// OracleTests; here the facts are structural (which p, which note, which error).

@Suite("Method choices and refusals")
struct BehaviourTests {
    @Test func aConstantSeriesHasAFlatLineAndNoInference() throws {
        let fit = try LinearTrend(x: [2019, 2020, 2021, 2022], y: [80, 80, 80, 80])
        #expect(fit.slope == 0)
        #expect(fit.intercept == 80)
        #expect(fit.r == nil && fit.pValue == nil && fit.slopeInterval == nil)
        #expect(fit.notes.contains(.constantValues))
    }

    @Test func nonFiniteInputIsRefusedWithItsIndex() {
        #expect(throws: StatisticsError.nonFinite(method: "Mann–Kendall (pymannkendall.original_test)", index: 2)) {
            try MannKendall([1, 2, .nan, 4])
        }
        #expect(throws: StatisticsError.self) { try SenSlope(x: [1, 2, 3], y: [1, .infinity, 3]) }
        #expect(throws: StatisticsError.self) { try LinearTrend(x: [1, 2], y: [1, 2, 3]) }
    }

    @Test func mannKendallShowsTheExactPWhenItCan() throws {
        let untied = try MannKendall([71.2, 72.5, 72.1, 74.0, 75.3, 75.1, 77.8])
        #expect(untied.exactPValue != nil)
        #expect(untied.preferredMethod == "exact")
        #expect(untied.preferredPValue == untied.exactPValue)
        #expect(untied.notes.contains(.exactDistribution) && untied.notes.contains(.continuityCorrection))

        let tied = try MannKendall([71.2, 72.5, 72.5, 74.0, 75.3])
        #expect(tied.exactPValue == nil)
        #expect(tied.preferredMethod == "normal approximation")
        #expect(tied.notes.contains(.tiesPresent))

        let long = try MannKendall((0..<41).map { Double($0 * $0 % 97) })
        #expect(long.exactPValue == nil)
    }

    @Test func kendallGoesExactForANearlySortedLongSample() throws {
        var y = (0..<50).map(Double.init)
        y.swapAt(10, 11)
        let result = try KendallTau(x: (0..<50).map(Double.init), y: y)
        #expect(result.pMethod == .exact)
        let shuffled = try KendallTau(x: (0..<50).map(Double.init), y: (0..<50).map { Double(($0 * 17) % 50) })
        #expect(shuffled.pMethod == .asymptotic)
    }

    @Test func wilcoxonNamesItsMethodAndDropsZeros() throws {
        let exact = try WilcoxonSignedRank(differences: [1.5, -0.5, 2.25, 3.0, 0.75, 4.0])
        #expect(exact.pMethod == .exact && exact.z == nil)
        let withZeros = try WilcoxonSignedRank(differences: [0, 1.5, -0.5, 2.25, 0, 3.0])
        #expect(withZeros.pMethod == .exactPermutation)
        #expect(withZeros.nUsed == 4 && withZeros.n == 6)
        #expect(withZeros.notes.contains(.zerosDropped))
        let large = try WilcoxonSignedRank(differences: (1...60).map { Double($0 % 7) - 2.5 })
        #expect(large.pMethod == .normalApproximation && large.z != nil)
        #expect(throws: StatisticsError.self) { try WilcoxonSignedRank(differences: [0, 0, 0]) }
    }

    @Test func countsAreValidated() {
        #expect(throws: StatisticsError.self) { try WilsonInterval(successes: 5, trials: 4) }
        #expect(throws: StatisticsError.self) { try WilsonInterval(successes: 0, trials: 0) }
        #expect(throws: StatisticsError.self) { try WilsonInterval(successes: 1, trials: 4, level: 1) }
        #expect(throws: StatisticsError.self) {
            try TwoProportionZTest(successes1: 10, trials1: 10, successes2: 7, trials2: 7)
        }
        #expect(throws: StatisticsError.self) { try MultipleTesting.holm([0.2, 1.5]) }
        #expect(throws: StatisticsError.self) { try MultipleTesting.holm([.nan]) }
    }

    @Test func pairedTRefusesEqualDifferences() {
        #expect(throws: StatisticsError.self) { try PairedTTest(after: [3, 4, 5], before: [1, 2, 3]) }
    }

    @Test func bootstrapDependsOnTheSeed() throws {
        let x = (1...40).map { Double(($0 * 37) % 23) }
        let a = try BootstrapInterval(x, statistic: .mean, resamples: 500, seed: 1)
        let b = try BootstrapInterval(x, statistic: .mean, resamples: 500, seed: 2)
        #expect(a.interval != b.interval)
        #expect(a.estimate == b.estimate)
    }

    @Test func errorsReadLikeSentences() {
        #expect(
            StatisticsError.tooFewValues(method: "Sen's slope", needed: 2, got: 1).description
                == "Sen's slope needs at least 2 values, got 1")
        #expect(Note.exactPermutation.text.contains("exact"))
        #expect(Set(Note.allCases.map(\.rawValue)).count == Note.allCases.count)
    }
}
