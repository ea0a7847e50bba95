import TestSupport
import Testing

// Output compared byte for byte with files in Tests/ShellTests/Golden (see TestSupport's
// `expectGolden`: a missing file fails; PARLENS_RECORD_GOLDEN=1 records them again).

/// Where the golden files are.
let goldenFolder = root + "/Tests/ShellTests/Golden"

/// Expects `text` to equal the golden file `name` of the Shell tests.
func expectGolden(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    TestSupport.expectGolden(name, text, in: goldenFolder, sourceLocation: sourceLocation)
}
