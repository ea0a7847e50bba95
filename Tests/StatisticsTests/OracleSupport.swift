import Foundation
import Testing

@testable import Statistics

/// The oracle fixtures written by `scripts/oracle/generate.py` from scipy, statsmodels and
/// pymannkendall (versions inside each file).
enum Oracle {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The cases of one fixture file; a missing or unreadable file fails the test.
    static func cases(_ family: String) -> [Case] {
        let url = folder.appendingPathComponent("\(family).json")
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let cases = object["cases"] as? [[String: Any]], !cases.isEmpty
        else {
            Issue.record("fixture \(url.path) is missing or unreadable")
            return []
        }
        return cases.map(Case.init)
    }

    struct Case {
        let raw: [String: Any]
        init(_ raw: [String: Any]) { self.raw = raw }

        var name: String { raw["name"] as? String ?? "?" }
        var error: String? { raw["error"] as? String }
        var expected: [String: Any] { raw["expected"] as? [String: Any] ?? [:] }

        func doubles(_ key: String) -> [Double] {
            (raw[key] as? [Any] ?? []).map { ($0 as? NSNumber)?.doubleValue ?? .nan }
        }
        func int(_ key: String) -> Int { (raw[key] as? NSNumber)?.intValue ?? -1 }
        func double(_ key: String) -> Double { (raw[key] as? NSNumber)?.doubleValue ?? .nan }

        /// An expected number, or nil when the oracle wrote null.
        func value(_ key: String) -> Double? { (expected[key] as? NSNumber)?.doubleValue }
        func pair(_ key: String) -> [Double]? {
            guard let list = expected[key] as? [Any], list.count == 2 else { return nil }
            let values = list.compactMap { ($0 as? NSNumber)?.doubleValue }
            return values.count == 2 ? values : nil
        }
        func list(_ key: String) -> [Double] {
            (expected[key] as? [Any] ?? []).map { ($0 as? NSNumber)?.doubleValue ?? .nan }
        }
        func text(_ key: String) -> String? { expected[key] as? String }
    }
}

/// Statistics: |a − b| ≤ 1e-9 · max(|a|, |b|), with an absolute floor `scale`·1e-12 for values
/// that should be 0 but come out as rounding noise.
func expectStatistic(
    _ actual: Double?, _ expected: Double?, _ what: String, case name: String, relative: Double = 1e-9,
    floor: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let expected else {
        #expect(
            actual == nil, "\(name): \(what) should be null, got \(String(describing: actual))",
            sourceLocation: sourceLocation)
        return
    }
    guard let actual else {
        Issue.record("\(name): \(what) is nil, expected \(expected)", sourceLocation: sourceLocation)
        return
    }
    let tolerance = Swift.max(relative * Swift.max(abs(actual), abs(expected)), floor)
    #expect(
        actual == expected || abs(actual - expected) <= tolerance,
        "\(name): \(what) = \(actual), oracle \(expected), |Δ| = \(abs(actual - expected))",
        sourceLocation: sourceLocation)
}

/// p-values: |a − b| ≤ 1e-9 absolute.
func expectP(
    _ actual: Double?, _ expected: Double?, _ what: String = "p", case name: String, tolerance: Double = 1e-9,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectStatistic(actual, expected, what, case: name, relative: 0, floor: tolerance, sourceLocation: sourceLocation)
}

/// The error code a fixture names, checked against what was thrown.
func expectError<T>(
    _ code: String, case name: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws(StatisticsError) -> T
) {
    do {
        let value = try body()
        Issue.record("\(name): expected error \(code), got \(value)", sourceLocation: sourceLocation)
    } catch {
        let matches: Bool =
            switch (code, error) {
            case ("too-few", .tooFewValues): true
            case ("constant", .degenerate), ("constant-x", .degenerate): true
            case ("non-finite", .nonFinite): true
            default: false
            }
        #expect(matches, "\(name): expected \(code), got \(error)", sourceLocation: sourceLocation)
    }
}
