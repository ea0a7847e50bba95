import PropertyBased
import Testing

@testable import Statistics

// Properties that hold for every input. The library draws inputs at random and prints the
// seed of any failure (`.fixedSeed(…)` reproduces it); inputs are integers or small-grid
// values so that no property depends on floating-point luck.

/// Integer-valued doubles, duplicates likely (ties are the interesting case).
private let smallInts = Gen.int(in: -30...30).map(Double.init)

@Suite("Properties")
struct PropertyTests {
    @Test func senSlopeOfAnExactLineIsItsSlope() async {
        let input = Gen.int(in: -50...50).array(of: 2...30)
        await propertyCheck(input: input, Gen.int(in: -20...20), Gen.int(in: -500...500)) { steps, slope, intercept in
            // Distinct, unevenly spaced x: running sums of positive gaps.
            var x: [Double] = []
            var position = 2000.0
            for step in steps {
                position += Double(abs(step) % 4 + 1)
                x.append(position)
            }
            let y = x.map { Double(intercept) + Double(slope) * ($0 - 2000) }
            guard let sen = try? SenSlope(x: x, y: y) else {
                Issue.record("Sen's slope threw for x = \(x)")
                return
            }
            #expect(abs(sen.slope - Double(slope)) <= 1e-9 * Swift.max(1, abs(Double(slope))))
            if let interval = sen.interval {
                #expect(interval.lower <= sen.slope && sen.slope <= interval.upper)
            }
        }
    }

    @Test func rankCorrelationsIgnoreStrictlyIncreasingTransforms() async {
        let pairs = PropertyBased.zip(smallInts, smallInts).array(of: 3...40)
        await propertyCheck(input: pairs) { pairs in
            let x = pairs.map(\.0)
            let y = pairs.map(\.1)
            // x³ + 3x is strictly increasing and exact on these integers.
            let fx = x.map { $0 * $0 * $0 + 3 * $0 }
            let fy = y.map { 2 * $0 + 1000 }
            let before = try? SpearmanCorrelation(x: x, y: y)
            let after = try? SpearmanCorrelation(x: fx, y: fy)
            #expect((before == nil) == (after == nil))
            if let before, let after {
                #expect(abs(before.rho - after.rho) <= 1e-12)
                #expect(abs(before.pValue - after.pValue) <= 1e-12)
            }
            let kBefore = try? KendallTau(x: x, y: y)
            let kAfter = try? KendallTau(x: fx, y: fy)
            #expect((kBefore == nil) == (kAfter == nil))
            if let kBefore, let kAfter {
                #expect(kBefore.tauB == kAfter.tauB)
                #expect(kBefore.pValue == kAfter.pValue)
            }
        }
    }

    @Test func spearmanOfARankingWithItselfIsOne() async {
        await propertyCheck(input: smallInts.array(of: 3...60)) { values in
            guard let first = values.first, values.contains(where: { $0 != first }) else { return }
            let ranks = Ranking.ranks(values, method: .average)
            let rho = try? SpearmanCorrelation(x: ranks, y: ranks)
            #expect(rho.map { abs($0.rho - 1) <= 1e-12 } == true)
            let tau = try? KendallTau(x: values, y: values)
            #expect(tau.map { abs($0.tauB - 1) <= 1e-12 } == true)
        }
    }

    @Test func wilsonIntervalsContainTheEstimateAndStayInTheUnitInterval() async {
        await propertyCheck(
            input: Gen.int(in: 1...100_000), Gen.double(in: 0...1), Gen.element(of: [0.8, 0.9, 0.95, 0.99])
        ) {
            trials, share, level in
            let successes = Swift.min(trials, Int((share * Double(trials)).rounded()))
            guard let wilson = try? WilsonInterval(successes: successes, trials: trials, level: level ?? 0.95) else {
                Issue.record("Wilson threw for \(successes)/\(trials)")
                return
            }
            #expect(wilson.interval.lower >= 0 && wilson.interval.upper <= 1)
            #expect(wilson.interval.contains(wilson.estimate))
        }
    }

    /// Found by the property above: 0 successes in 99,999 trials at 90 % gave a lower bound of
    /// 2.7e-20 from rounding, so the interval did not contain its estimate 0.
    @Test(arguments: [(0, 99_999, 0.9), (0, 1, 0.95), (7, 7, 0.99), (100_000, 100_000, 0.8)])
    func wilsonAtZeroOrAllSuccessesReachesTheBound(_ successes: Int, _ trials: Int, _ level: Double) throws {
        let w = try WilsonInterval(successes: successes, trials: trials, level: level)
        #expect(w.interval.contains(w.estimate))
        if successes == 0 { #expect(w.interval.lower == 0) }
        if successes == trials { #expect(w.interval.upper == 1) }
    }

    @Test func holmIsNeverBelowTheRawPOrTheBHValue() async {
        await propertyCheck(input: Gen.double(in: 0...1).array(of: 1...50)) { p in
            guard let holm = try? MultipleTesting.holm(p), let bh = try? MultipleTesting.benjaminiHochberg(p) else {
                Issue.record("adjustment threw for \(p)")
                return
            }
            for i in p.indices {
                #expect(holm[i] >= p[i])
                #expect(bh[i] >= p[i])
                #expect(holm[i] >= bh[i] - 1e-15)
                #expect(holm[i] <= 1 && bh[i] <= 1)
            }
        }
    }

    @Test func competitionDenseAndAverageRanksAgreeWithoutTies() async {
        await propertyCheck(input: Gen.int(in: -1000...1000).array(of: 1...50)) { ints in
            let values = Array(Set(ints)).map(Double.init)
            let competition = Ranking.ranks(values, method: .competition)
            #expect(Ranking.ranks(values, method: .dense) == competition)
            #expect(Ranking.ranks(values, method: .average) == competition)
            let descending = Ranking.ranks(values, method: .competition, order: .descending)
            for i in values.indices { #expect(competition[i] + descending[i] == Double(values.count + 1)) }
        }
    }

    @Test func mannKendallFlipsSignWhenTheSeriesIsNegated() async {
        await propertyCheck(input: smallInts.array(of: 3...40)) { y in
            guard let up = try? MannKendall(y), let down = try? MannKendall(y.map { -$0 }) else {
                Issue.record("Mann–Kendall threw for \(y)")
                return
            }
            #expect(up.s == -down.s)
            #expect(up.varianceS == down.varianceS)
            #expect(abs(up.pValue - down.pValue) <= 1e-15)
            #expect(up.exactPValue == down.exactPValue)
        }
    }

    @Test func bootstrapIsReproducibleFromItsSeed() async {
        await propertyCheck(count: 20, input: smallInts.array(of: 2...40), Gen.int(in: 1...1_000_000)) { x, seed in
            let a = try? BootstrapInterval(x, statistic: .median, resamples: 200, seed: UInt32(seed))
            let b = try? BootstrapInterval(x, statistic: .median, resamples: 200, seed: UInt32(seed))
            #expect(a != nil && a == b)
            if let a {
                #expect(a.interval.lower <= a.interval.upper)
                #expect(a.interval.lower >= (x.min() ?? 0) && a.interval.upper <= (x.max() ?? 0))
            }
        }
    }
}
