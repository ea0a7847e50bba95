import Foundation

/// How a cost grows with the size of the input, for the complexity tests (issue 14): the same
/// work timed at size `n` and at `factor × n`. A linear cost gives a ratio near `factor` (8), a
/// quadratic one near `factor²` (64); tests assert a generous bound between the two (< 24 for
/// 8×), never an absolute time.
public enum Growth {
    /// The ratio of the fastest of `repeats` runs at `factor × n` to the fastest at `n`
    /// (`PARLENS_GROWTH_LOG=1` writes both times and the ratio to standard error).
    ///
    /// - Parameter prepare: builds the input of a size (not timed) and returns the work to time.
    ///   Runs at the two sizes alternate, so that both meet the same load from other work (tests
    ///   run in parallel), and the fastest run of each is kept: other work only ever adds time.
    public static func ratio<E: Error>(
        at n: Int, factor: Int = 8, repeats: Int = 4, _ prepare: (Int) throws(E) -> () throws(E) -> Void
    ) throws(E) -> Double {
        let smallWork = try prepare(n)
        let largeWork = try prepare(factor * n)
        var small = Double.infinity
        var large = Double.infinity
        var ratio = Double.infinity
        // On a busy machine (a build beside the tests) a linear cost once measured 24.3× for 8×:
        // a ratio that is not clearly linear (under 2 × factor) is measured again, up to three
        // rounds, keeping the lowest. Noise only adds time, so a quadratic cost (64×) stays far
        // above any bound the tests set; only a slow run of the large size is forgiven.
        for _ in 0..<3 where ratio >= Double(2 * factor) {
            for _ in 0..<max(1, repeats) {
                small = min(small, try fastest(of: 1, smallWork))
                large = min(large, try fastest(of: 1, largeWork))
            }
            ratio = min(ratio, large / max(small, 1e-9))
        }
        if ProcessInfo.processInfo.environment["PARLENS_GROWTH_LOG"] == "1" {
            FileHandle.standardError.write(
                Data("growth: n=\(n) \(small) s, \(factor)n \(large) s, ratio \(ratio)\n".utf8))
        }
        return ratio
    }

    /// The fastest of `repeats` runs of `work`, in seconds.
    public static func fastest<E: Error>(of repeats: Int, _ work: () throws(E) -> Void) throws(E) -> Double {
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            let start = clock.now
            try work()
            let elapsed = clock.now - start
            let (seconds, attoseconds) = elapsed.components
            best = min(best, Double(seconds) + Double(attoseconds) * 1e-18)
        }
        return best
    }
}
