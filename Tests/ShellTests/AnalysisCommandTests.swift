import Foundation
import Testing

@testable import Shell

// Whole commands against the expected JSON that scripts/oracle/commands.py computes with
// scipy / statsmodels / pymannkendall from the same fixture CSVs. Every key the oracle gives must
// be present with the same value (numbers within 1e-9 relative or 1e-10 absolute); extra keys
// (notes, not_in_both, …) are allowed.

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
    @Test func theBinaryAnswersLikeTheLibrary() throws {
        let path = try #require(builtBinary, "the parlens binary is built with the tests (swift build --build-tests)")
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
