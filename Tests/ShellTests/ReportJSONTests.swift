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

    /// The two layouts of the one writer on the cases where they differ (the spaced layout's
    /// bytes are what Foundation's JSONEncoder wrote for the same values).
    @Test func layouts() {
        let value = JSONValue.object([
            ("a", .array([.number(80), .number(-0.0), .number(1e-5), .number(1e16), .number(1e15), .number(.nan)])),
            ("e", .array([])), ("n", .null), ("o", .object([])), ("p", .array([.int(1), .int(2)])),
            ("s", .string("a/b\"\\\u{8}\u{c}\n\r\t\u{1}\u{1f}é")),
        ])
        #expect(
            value.rendered(.spaced) == """
                {
                  "a" : [
                    80,
                    -0,
                    1e-05,
                    1e+16,
                    1000000000000000,
                    "nan"
                  ],
                  "e" : [

                  ],
                  "n" : null,
                  "o" : {

                  },
                  "p" : [
                    1,
                    2
                  ],
                  "s" : "a/b\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001fé"
                }

                """)
        #expect(
            value.rendered() == """
                {
                  "a": [
                    80,
                    0,
                    1e-05,
                    1e+16,
                    1000000000000000.0,
                    null
                  ],
                  "e": [],
                  "n": null,
                  "o": {},
                  "p": [1, 2],
                  "s": "a/b\\"\\\\\\u0008\\u000c\\n\\r\\t\\u0001\\u001fé"
                }

                """)
    }
}
