/// Benchmark inputs, generated the same way by `Benchmarks/peers/stats_peer.py`.
///
/// Every value is an integer number of hundredths divided by 100 (index-like values rounded to
/// two decimals, so ties happen), and the integers come from one simple LCG, so both sides hold
/// bit-identical doubles without sharing a file.

/// Knuth's MMIX LCG: s ← s·6364136223846793005 + 1442695040888963407 (mod 2⁶⁴); a draw is
/// s >> 33 (31 bits), and `below(k)` is the draw mod k.
struct LCG {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func below(_ k: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % k
    }
}

/// A 0–1 index over `points` years, in hundredths: level 0.20–0.80, a trend of −0.004 to
/// +0.004 per year, noise ±0.02, clamped to [0, 1].
func indexSeries(_ g: inout LCG, points: Int) -> [Double] {
    let level = 20 + g.below(61)
    let tenths = g.below(9) - 4
    return (0..<points).map { t in
        let trend = (tenths * t + 1000) / 10 - 100  // numerator ≥ 0: the same floor as Python's //
        let cents = min(100, max(0, level + trend + g.below(5) - 2))
        return Double(cents) / 100
    }
}

/// `count` series of `points` yearly values from `firstYear`.
func trendInputs(seed: UInt64, count: Int, points: Int, firstYear: Int) -> (x: [Double], series: [[Double]]) {
    var g = LCG(seed: seed)
    let x = (0..<points).map { Double(firstYear + $0) }
    let series = (0..<count).map { _ in indexSeries(&g, points: points) }
    return (x, series)
}

/// x: a 0–100 score in hundredths; y: a 0–1 index loosely following x (hundredths).
func pairedInputs(seed: UInt64, n: Int) -> (x: [Double], y: [Double]) {
    var g = LCG(seed: seed)
    var x: [Double] = []
    var y: [Double] = []
    for _ in 0..<n {
        let xc = g.below(10_001)
        let yc = min(100, max(0, xc / 200 + 25 + g.below(21) - 10))
        x.append(Double(xc) / 100)
        y.append(Double(yc) / 100)
    }
    return (x, y)
}

/// A 0–100 score in hundredths, roughly triangular around 65.
func sampleInput(seed: UInt64, n: Int) -> [Double] {
    var g = LCG(seed: seed)
    return (0..<n).map { _ in
        let a = g.below(4001)
        let b = g.below(3001)
        return Double(3000 + a + b) / 100
    }
}
