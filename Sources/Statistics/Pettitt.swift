import Foundation

/// Pettitt's test for a single change point in a series taken in time order.
///
/// - U_t = Σ_{i ≤ t} Σ_{j > t} sign(y_j − y_i) for t = 1 … n − 1 (positive when the later
///   values are larger);
/// - K = max_t |U_t|, and the change lies after the first t reaching it (``changeIndex`` = t,
///   the number of points before the change);
/// - p ≈ 2·exp(−6K² / (n³ + n²)), capped at 1. The approximation is Pettitt's (1979); it is
///   rough for small n and the result says so.
public struct Pettitt: Hashable, Sendable, Codable {
    public let n: Int
    /// K = max |U_t|.
    public let k: Int
    /// U at the change point; its sign gives the direction of the shift (positive: upward).
    public let u: Int
    /// Points before the change (1 … n − 1).
    public let changeIndex: Int
    /// Approximate two-sided p.
    public let pValue: Double
    public let method: String
    public let notes: [Note]

    /// Tests `y`.
    /// - Throws: ``StatisticsError`` if n < 3 or a value is not finite.
    public init(_ y: [Double]) throws(StatisticsError) {
        let method = "Pettitt change-point test"
        try Check.finite(y, method: method, minCount: 3)
        let n = y.count
        var u = 0
        var best = 0
        var bestU = 0
        var bestIndex = 1
        // Moving point t from the second segment to the first changes U by Σ_j sign(y_j − y_t).
        for t in 0..<(n - 1) {
            var step = 0
            for j in 0..<n {
                if y[j] > y[t] { step += 1 } else if y[j] < y[t] { step -= 1 }
            }
            u += step
            if abs(u) > best {
                best = abs(u)
                bestU = u
                bestIndex = t + 1
            }
        }
        let nn = Double(n)
        self.n = n
        self.k = best
        self.u = bestU
        self.changeIndex = bestIndex
        self.pValue = Swift.min(1, 2 * exp(-6 * Double(best) * Double(best) / (nn * nn * nn + nn * nn)))
        self.method = method
        var notes: [Note] = [.approximatePValue]
        if !tieGroupSizes(y).isEmpty { notes.append(.tiesPresent) }
        self.notes = notes
    }
}
