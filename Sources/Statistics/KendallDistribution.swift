import Foundation

/// The null distribution of Kendall's S for n untied values: the number of inversions of a
/// uniformly random permutation of n items (Mahonian numbers / n!).
///
/// Built once for n ≤ ``maxExactN`` by the recursion
/// P_n(k) = (1/n) · Σ_{j=0}^{n−1} P_{n−1}(k − j), which stays positive and loses no precision
/// in the tails. Both Mann–Kendall's exact p (S of a series against time) and Kendall's tau
/// exact p use it.
enum KendallDistribution {
    /// The largest n whose full distribution is tabulated.
    static let maxExactN = 60

    /// cdf[n][k] = P(inversions ≤ k) for n = 0 … maxExactN.
    private static let cdf: [[Double]] = {
        var tables: [[Double]] = [[1], [1]]
        var pmf: [Double] = [1]
        for n in 2...maxExactN {
            let size = n * (n - 1) / 2 + 1
            var prefix = [Double](repeating: 0, count: pmf.count + 1)
            for k in pmf.indices { prefix[k + 1] = prefix[k] + pmf[k] }
            var next = [Double](repeating: 0, count: size)
            for k in 0..<size {
                let hi = Swift.min(k, pmf.count - 1)
                let lo = k - (n - 1)
                let sum = prefix[hi + 1] - (lo > 0 ? prefix[lo] : 0)
                next[k] = sum / Double(n)
            }
            pmf = next
            var running = 0.0
            tables.append(
                pmf.map {
                    running += $0
                    return running
                })
        }
        return tables
    }()

    /// Two-sided exact p for `discordant` inversions among n untied values:
    /// 2 · P(inversions ≤ c) with c = min(discordant, N − discordant), N = n(n − 1)/2, capped at 1
    /// (the rule of `scipy.stats.kendalltau(method='exact')`).
    /// Returns nil when n exceeds the table and c > 1 (no exact value offered there).
    static func twoSidedP(n: Int, discordant: Int) -> Double? {
        let total = n * (n - 1) / 2
        let c = Swift.min(discordant, total - discordant)
        if n <= 2 || 4 * c == n * (n - 1) { return 1 }
        if n <= maxExactN { return Swift.min(1, 2 * cdf[n][c]) }
        // Closed forms for the extreme tails at any n: P(0) = 1/n!, P(≤ 1) = n/n!.
        switch c {
        case 0: return 2 * exp(-lgamma(Double(n) + 1))
        case 1: return 2 * exp(-lgamma(Double(n)))
        default: return nil
        }
    }
}
