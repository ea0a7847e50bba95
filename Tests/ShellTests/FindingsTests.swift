import Foundation
import Testing

/// `--findings`: the result in words above the table, from the same result as the table.
@Suite("Findings above the table")
struct FindingsTests {
    static let departments = analysisFixtures + "/departments.csv"

    @Test func aRankingOpensWithItsFindingsOnlyWhenAsked() {
        let args = [
            "rank", "par_index", "--period", "2024", "--vs", "2022", "--data", Self.departments, "--lang", "vi",
        ]
        let plain = run(args)
        #expect(plain.code == 0, "\(plain.err)")
        #expect(!plain.out.contains("dẫn đầu"))
        let r = run(args + ["--findings", "--width", "400"])
        let lines = r.out.components(separatedBy: "\n")
        // Title, blank line, the paragraph, blank line, then the table.
        #expect(lines.count > 4 && lines[2].contains("Năm 2024, ") && lines[2].contains(" dẫn đầu với "), "\(r.out)")
        #expect(lines[2].contains("so với năm 2022") && lines[4].hasPrefix("┌"))
    }

    @Test func markdownAndHTMLCarryTheParagraph() {
        let args = [
            "trend", "par_index", "--unit", "Tỉnh Sông Ngọc", "--data", analysisFixtures + "/provinces.csv",
            "--findings",
        ]
        let md = run(args + ["--format", "markdown"]).out
        #expect(md.contains("\n\nFrom 2016 to 2024, Tỉnh Sông Ngọc rose by "), "\(md)")
        let html = run(args + ["--format", "html"]).out
        #expect(html.contains("<p>From 2016 to 2024, Tỉnh Sông Ngọc rose by "), "\(html)")
    }
}
