import GSL

/// Five-number summary, mean and spread of a sample.
///
/// Conventions: `sd` uses the n − 1 denominator (NaN-free: `nil` when n < 2); quartiles use
/// linear interpolation at (n − 1)·p on the sorted data (Hyndman–Fan type 7, numpy's and
/// scipy's default); `mad` is the raw median absolute deviation from the median (no 1.4826
/// scale factor).
public struct Summary: Hashable, Sendable, Codable {
    public let n: Int
    public let mean: Double
    public let sd: Double?
    public let min: Double
    public let q1: Double
    public let median: Double
    public let q3: Double
    public let max: Double
    public let mad: Double
    /// Always "type 7 (linear) quantiles, n−1 standard deviation".
    public let method: String

    /// Summarises `values`.
    /// - Throws: ``StatisticsError`` if `values` is empty or holds a non-finite value.
    public init(_ values: [Double]) throws(StatisticsError) {
        let method = "summary"
        guard !values.isEmpty else { throw .tooFewValues(method: method, needed: 1, got: 0) }
        if let bad = values.firstIndex(where: { !$0.isFinite }) { throw .nonFinite(method: method, index: bad) }
        do {
            let sorted = try Descriptive.sorted(values)
            n = values.count
            mean = try Descriptive.mean(values)
            sd = values.count >= 2 ? try Descriptive.standardDeviation(values) : nil
            min = sorted[0]
            max = sorted[sorted.count - 1]
            q1 = try Descriptive.quantile(sorted: sorted, p: 0.25)
            let middle = try Descriptive.quantile(sorted: sorted, p: 0.5)
            median = middle
            q3 = try Descriptive.quantile(sorted: sorted, p: 0.75)
            let deviations = try Descriptive.sorted(values.map { abs($0 - middle) })
            mad = try Descriptive.quantile(sorted: deviations, p: 0.5)
            self.method = "type 7 (linear) quantiles, n−1 standard deviation"
        } catch {
            throw .numeric(error)
        }
    }
}
