import Testing

@testable import Shell

// The JSON of `info` and `check` byte for byte on a small fixture (Fixtures/reports): keys in
// alphabetical order, `"key" : value`, every array item on its own line, empty arrays as `[`,
// a blank line and `]`, explicit nulls, escaped quotes, unescaped slashes. Recorded from the
// program's output when Foundation's JSONEncoder still wrote it, and read by hand.

private let reports = root + "/Tests/ShellTests/Fixtures/reports"

@Suite("info and check JSON")
struct ReportJSONTests {
    @Test func infoJSON() {
        let r = run(["info", "--data", "clean", "--format", "json"], cwd: reports)
        #expect(r.code == 0, "\(r.err)")
        expectGolden("info-reports.json", r.out)
    }

    @Test func checkJSON() {
        let r = run(
            ["check", "--data", "clean", "--data", "broken.csv", "--data", "empty", "--format", "json"], cwd: reports)
        #expect(r.code == 1)
        expectGolden("check-reports.json", r.out)
    }

    @Test func checkJSONWithoutProblems() {
        let r = run(["check", "--data", "clean/bom_semicolon.csv", "--format", "json"], cwd: reports)
        #expect(r.code == 0, "\(r.err)")
        expectGolden("check-reports-clean.json", r.out)
    }
}
