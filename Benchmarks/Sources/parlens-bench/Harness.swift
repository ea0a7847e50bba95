/// One benchmark's timings and the checksum of what it computed.
struct Measurement: Encodable {
    let name: String
    let reps: Int
    let calls: Int
    /// Median over repetitions of the wall time per call, in seconds.
    let medianSeconds: Double
    let minSeconds: Double
    /// Wall time per call of each repetition, in seconds.
    let seconds: [Double]
    let checksum: [String: Double]

    /// The key names the Python peer writes too.
    enum CodingKeys: String, CodingKey {
        case name, reps, calls, checksum
        case medianSeconds = "median_s"
        case minSeconds = "min_s"
        case seconds = "times_s"
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}

func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Runs `work` once untimed (unless `once`), then `reps` timed repetitions of `calls` calls,
/// with `ContinuousClock`.
func measure<E: Error>(
    _ name: String, reps: Int, calls: Int = 1, once: Bool, _ work: () throws(E) -> [String: Double]
) throws(E) -> Measurement {
    let clock = ContinuousClock()
    var checksum: [String: Double] = [:]
    if !once { checksum = try work() }
    var times: [Double] = []
    for _ in 0..<(once ? 1 : reps) {
        let start = clock.now
        for _ in 0..<calls { checksum = try work() }
        times.append((clock.now - start).seconds / Double(calls))
    }
    return Measurement(
        name: name, reps: times.count, calls: calls, medianSeconds: median(times), minSeconds: times.min() ?? 0,
        seconds: times, checksum: checksum)
}
