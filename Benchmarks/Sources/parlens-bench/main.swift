// parlens-bench: release-mode timings of the Statistics module on the inputs that
// Benchmarks/peers/stats_peer.py gives scipy and pymannkendall (see Benchmarks/run.sh).
//
//   parlens-bench           timings as a table
//   parlens-bench --json    one JSON document (read by Benchmarks/report.py)
//   parlens-bench --once    one repetition of everything, no warm-up
//   parlens-bench --only P  only the benchmarks whose name starts with P (for profiling)
import Foundation
import Statistics

let arguments = Array(CommandLine.arguments.dropFirst())
let once = arguments.contains("--once")
let json = arguments.contains("--json")
let only: String? = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
let bootstrapSeed: UInt32 = 20_240_601

func trend(x: [Double], series: [[Double]]) throws(StatisticsError) -> [String: Double] {
    var sumS = 0
    var sumP = 0.0
    var sumSlope = 0.0
    var sumAbsSlope = 0.0
    var sumLower = 0.0
    var sumUpper = 0.0
    for y in series {
        let mk = try MannKendall(y)
        let sen = try SenSlope(x: x, y: y)
        sumS += mk.s
        sumP += mk.pValue
        sumSlope += sen.slope
        sumAbsSlope += abs(sen.slope)
        sumLower += sen.interval?.lower ?? .nan
        sumUpper += sen.interval?.upper ?? .nan
    }
    return [
        "sum_s": Double(sumS), "sum_p": sumP, "sum_slope": sumSlope, "sum_abs_slope": sumAbsSlope,
        "sum_lower": sumLower, "sum_upper": sumUpper,
    ]
}

/// A benchmark: `calls` calls per timed repetition, `reps` repetitions.
struct Benchmark {
    let name: String
    var reps = 11
    var calls = 1
    let work: () throws(StatisticsError) -> [String: Double]
}

func benchmarks() -> [Benchmark] {
    let t12 = trendInputs(seed: 1, count: 10_000, points: 12, firstYear: 2001)
    let t40 = trendInputs(seed: 2, count: 700, points: 40, firstYear: 1985)
    let pairs = [(63, 3), (700, 4), (10_000, 5)].map { n, seed in (n: n, data: pairedInputs(seed: UInt64(seed), n: n)) }
    let sample = sampleInput(seed: 6, n: 700)
    let calls = [63: 200, 700: 50, 10_000: 5]

    var list = [
        Benchmark(name: "trend-10000x12") { () throws(StatisticsError) in try trend(x: t12.x, series: t12.series) },
        Benchmark(name: "trend-700x40") { () throws(StatisticsError) in try trend(x: t40.x, series: t40.series) },
    ]
    for (n, p) in pairs {
        list.append(
            Benchmark(name: "spearman-\(n)", calls: calls[n, default: 1]) { () throws(StatisticsError) in
                let r = try SpearmanCorrelation(x: p.x, y: p.y)
                return ["rho": r.rho, "p": r.pValue]
            })
    }
    for (n, p) in pairs {
        list.append(
            Benchmark(name: "kendall-\(n)", calls: calls[n, default: 1]) { () throws(StatisticsError) in
                let r = try KendallTau(x: p.x, y: p.y)
                return ["tau_b": r.tauB, "p": r.pValue]
            })
    }
    list.append(
        Benchmark(name: "bootstrap-median-700") { () throws(StatisticsError) in
            let b = try BootstrapInterval(sample, statistic: .median, resamples: 1000, seed: bootstrapSeed)
            return ["estimate": b.estimate, "lower": b.interval.lower, "upper": b.interval.upper]
        })
    return list
}

func run() throws(StatisticsError) -> [Measurement] {
    var results: [Measurement] = []
    for b in benchmarks() where only.map({ b.name.hasPrefix($0) }) ?? true {
        results.append(try measure(b.name, reps: b.reps, calls: b.calls, once: once, b.work))
    }
    return results
}

struct Report: Encodable {
    let side = "swift"
    let benchmarks: [Measurement]
}

do {
    let results = try run()
    if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = (try? encoder.encode(Report(benchmarks: results))) ?? Data()
        print(String(decoding: data, as: UTF8.self))
    } else {
        for r in results {
            let ms = (r.medianSeconds * 1e6).rounded() / 1000
            let sums = r.checksum.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            print(
                "\(r.name.padding(toLength: 22, withPad: " ", startingAt: 0)) \(ms) ms  [\(r.reps)×\(r.calls)]  \(sums)"
            )
        }
    }
} catch {
    FileHandle.standardError.write(Data("parlens-bench: \(error)\n".utf8))
    exit(1)
}
