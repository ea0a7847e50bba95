import Foundation
import Testing

/// Expects `text` to equal the golden file `name` in `folder`, byte for byte. A missing file
/// fails; `PARLENS_RECORD_GOLDEN=1 swift test` writes the files again (read the diff before
/// committing them).
public func expectGolden(
    _ name: String, _ text: String, in folder: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let path = folder + "/" + name
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
