import Foundation
import Testing

// Output compared byte for byte with files in Tests/ShellTests/Golden. A missing file fails;
// `PARLENS_RECORD_GOLDEN=1 swift test` writes them again (then read the diff before committing).

/// Where the golden files are.
let goldenFolder = root + "/Tests/ShellTests/Golden"

/// Expects `text` to equal the golden file `name` (or records it when PARLENS_RECORD_GOLDEN=1).
func expectGolden(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = goldenFolder + "/" + name
    if ProcessInfo.processInfo.environment["PARLENS_RECORD_GOLDEN"] == "1" {
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        Issue.record(
            "golden file \(name) is missing; record it with PARLENS_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
}
