import Testing

@testable import Statistics

// Reference values from numpy 2.4.6 / scipy 1.17.1; each names the call that produced it.

/// |a − b| ≤ 1e-12 · max(|a|, |b|); exact equality for zero.
private func isClose(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
}

@Suite("Summary")
struct SummaryTests {
    @Test func nineValues() throws {
        let v = [12.0, 7.5, 3.25, 9.0, 15.5, 7.5, 1.0, 22.0, 4.75]
        let s = try Summary(v)
        #expect(s.n == 9)
        #expect(isClose(s.mean, 9.166666666666666))  // np.mean(v)
        #expect(isClose(s.sd, 6.515606264961074))  // np.std(v, ddof=1)
        #expect(s.min == 1.0)  // np.percentile(v, 0)
        #expect(isClose(s.q1, 4.75))  // np.percentile(v, 25)
        #expect(isClose(s.median, 7.5))  // np.percentile(v, 50)
        #expect(isClose(s.q3, 12.0))  // np.percentile(v, 75)
        #expect(s.max == 22.0)  // np.percentile(v, 100)
        #expect(isClose(s.mad, 4.25))  // scipy.stats.median_abs_deviation(v)
        #expect(s.method == "type 7 (linear) quantiles, n−1 standard deviation")
    }

    @Test func quartilesInterpolate() throws {
        let s = try Summary([4.0, 1.0, 3.0, 2.0])
        #expect(s.n == 4)
        #expect(s.mean == 2.5)  // np.mean
        #expect(isClose(s.sd, 1.2909944487358056))  // np.std(v, ddof=1)
        #expect(s.min == 1)
        #expect(isClose(s.q1, 1.75))  // np.percentile(v, 25)
        #expect(isClose(s.median, 2.5))  // np.percentile(v, 50)
        #expect(isClose(s.q3, 3.25))  // np.percentile(v, 75)
        #expect(s.max == 4)
        #expect(isClose(s.mad, 1.0))  // scipy.stats.median_abs_deviation(v)
    }

    @Test func eightValues() throws {
        let s = try Summary([2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 6.0, 0.3])
        #expect(isClose(s.mean, 4.1375))  // np.mean
        #expect(isClose(s.sd, 3.0429954696928863))  // np.std(v, ddof=1)
        #expect(isClose(s.q1, 2.175))  // np.percentile(v, 25)
        #expect(isClose(s.median, 3.9000000000000004))  // np.percentile(v, 50)
        #expect(isClose(s.q3, 5.625))  // np.percentile(v, 75)
    }

    @Test func oneValueHasNoStandardDeviation() throws {
        let s = try Summary([5])
        #expect(s.n == 1)
        #expect(s.mean == 5)
        #expect(s.sd == nil)
        #expect([s.min, s.q1, s.median, s.q3, s.max] == [5, 5, 5, 5, 5])
        #expect(s.mad == 0)
    }

    @Test func emptyThrows() {
        #expect(throws: StatisticsError.tooFewValues(method: "summary", needed: 1, got: 0)) {
            try Summary([])
        }
    }

    @Test(arguments: [[1, .nan, 3], [.infinity], [1, 2, -.infinity]] as [[Double]])
    func nonFiniteThrows(_ values: [Double]) {
        let index = values.firstIndex { !$0.isFinite } ?? -1
        #expect(throws: StatisticsError.nonFinite(method: "summary", index: index)) {
            try Summary(values)
        }
    }

    @Test func errorsDescribeThemselves() {
        #expect(
            StatisticsError.tooFewValues(method: "trend", needed: 3, got: 2).description
                == "trend needs at least 3 values, got 2")
        #expect(
            StatisticsError.nonFinite(method: "summary", index: 2).description
                == "summary: value at index 2 is not a finite number")
    }
}
