import Foundation

/// The repository's root folder (the tests read `datasets/` and `notebooks-cli/` from it).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

/// The synthetic CSV files of the analysis tests and the oracle's expected JSON (`expected/`).
let analysisFixtures = root + "/Tests/ShellTests/Fixtures/analyses"

/// A new temporary folder holding `files` (relative path → text; subfolders are made).
func temporaryFolder(_ files: [String: String]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlens-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files {
        let file = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
    return dir.path
}
