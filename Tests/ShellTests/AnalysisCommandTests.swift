import Foundation
import Testing

@testable import Shell

// Whole commands against the expected JSON that scripts/oracle/commands.py computes with
// scipy / statsmodels / pymannkendall from the same fixture CSVs. Every key the oracle gives must
// be present with the same value (numbers within 1e-9 relative or 1e-10 absolute); extra keys
// (notes, not_in_both, …) are allowed.

let analysisFixtures = root + "/Tests/ShellTests/Fixtures/analyses"

/// Whether JSONSerialization read a `true`/`false` literal (not the number 1 or 0).
func isJSONBool(_ x: Any) -> Bool { String(describing: type(of: x)).contains("Boolean") }

/// Compares `actual` with `expected`, recording each difference with its JSON path.
func expectMatches(_ actual: Any?, _ expected: Any?, path: String, file: String) {
    switch (actual, expected) {
    case (_, is NSNull):
        #expect(actual is NSNull, "\(file) \(path): expected null, got \(String(describing: actual))")
    case (let a as NSNumber, let e as NSNumber) where isJSONBool(e):
        #expect(isJSONBool(a) && a.boolValue == e.boolValue, "\(file) \(path): \(a) vs \(e)")
    case (let a as NSNumber, let e as NSNumber):
        let x = a.doubleValue
        let y = e.doubleValue
        let close = x == y || abs(x - y) <= 1e-9 * max(abs(x), abs(y)) || abs(x - y) <= 1e-10
        #expect(close, "\(file) \(path): \(x) vs oracle \(y)")
    case (let a as String, let e as String):
        #expect(a == e, "\(file) \(path): '\(a)' vs '\(e)'")
    case (let a as [Any], let e as [Any]):
        #expect(a.count == e.count, "\(file) \(path): \(a.count) items vs \(e.count)")
        for (i, (x, y)) in zip(a, e).enumerated() { expectMatches(x, y, path: "\(path)[\(i)]", file: file) }
    case (let a as [String: Any], let e as [String: Any]):
        for (key, value) in e {
            guard let got = a[key] else {
                Issue.record("\(file) \(path).\(key): missing")
                continue
            }
            expectMatches(got, value, path: "\(path).\(key)", file: file)
        }
    default:
        Issue.record("\(file) \(path): \(String(describing: actual)) vs \(String(describing: expected))")
    }
}

@Suite("Analysis commands against the oracle")
struct AnalysisCommandTests {
    static let expectedFiles: [String] = {
        let folder = analysisFixtures + "/expected"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }
            .sorted()
    }()

    @Test func thereAreExpectations() {
        #expect(Self.expectedFiles.count >= 10)
    }

    @Test(arguments: expectedFiles)
    func commandMatchesTheOracle(_ name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: analysisFixtures + "/expected/" + name))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let command = try #require(object["command"] as? [String])
        let r = run(command, cwd: analysisFixtures)
        #expect(r.code == 0, "\(name): exit \(r.code): \(r.err)")
        let actual = try JSONSerialization.jsonObject(with: Data(r.out.utf8))
        expectMatches(actual, object["expected"], path: "$", file: name)
    }
}

@Suite("The built binary")
struct BinaryTests {
    /// `.build/<config>/parlens`, beside the test bundle.
    static var binary: String? {
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        for _ in 0..<4 {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("parlens").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    @Test func theBinaryAnswersLikeTheLibrary() throws {
        let path = try #require(Self.binary, "the parlens binary is built with the tests (swift build --build-tests)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "compare", "on_time_rate", "--from", "2022", "--to", "2023", "--data", "rates.csv", "--format", "json",
        ]
        process.currentDirectoryURL = URL(fileURLWithPath: analysisFixtures)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let expected = try JSONSerialization.jsonObject(
            with: Data(
                contentsOf: URL(
                    fileURLWithPath: analysisFixtures + "/expected/compare-on_time_rate-2022-2023-rates.json")))
        expectMatches(
            try JSONSerialization.jsonObject(with: data), (expected as? [String: Any])?["expected"], path: "$",
            file: "binary")
    }
}
