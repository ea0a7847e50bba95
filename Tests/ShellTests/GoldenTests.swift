import Foundation
import Testing

@testable import Shell

// Tables, Markdown, CSV and HTML of the analysis commands against their golden files.

@Suite("Golden output")
struct GoldenTests {
    static let cases: [(String, [String])] = [
        (
            "rank-departments.txt",
            ["rank", "par_index", "--period", "2024", "--vs", "2022", "--data", "departments.csv"]
        ),
        (
            "rank-departments-vi.md",
            [
                "rank", "par_index", "--period", "2024", "--vs", "2022", "--data", "departments.csv", "--format",
                "markdown", "--lang", "vi",
            ]
        ),
        ("trend-rising.txt", ["trend", "par_index", "--unit", "Tỉnh Sông Ngọc", "--data", "provinces.csv"]),
        ("trend-two-points.txt", ["trend", "par_index", "--unit", "Tỉnh Cát Vàng", "--data", "provinces.csv"]),
        ("trend-all.txt", ["trend", "par_index", "--all", "--data", "provinces.csv"]),
        (
            "compare-rates.md",
            [
                "compare", "on_time_rate", "--from", "2022", "--to", "2023", "--data", "rates.csv", "--format",
                "markdown",
            ]
        ),
        (
            "compare-provinces-vi.txt",
            ["compare", "par_index", "--from", "2023", "--to", "2024", "--data", "provinces.csv", "--lang", "vi"]
        ),
        ("correlate.txt", ["correlate", "par_index", "sipas", "--period", "2024", "--data", "provinces.csv"]),
        ("summary.txt", ["summary", "par_index", "--period", "2024", "--data", "provinces.csv"]),
        (
            "rank.csv",
            ["rank", "par_index", "--period", "2024", "--vs", "2023", "--data", "provinces.csv", "--format", "csv"]
        ),
        (
            "rank-departments-ascii.txt",
            [
                "rank", "par_index", "--period", "2024", "--vs", "2022", "--data", "departments.csv", "--ascii",
                "--chart",
            ]
        ),
        (
            "trend-gap-chart.txt",
            ["trend", "par_index", "--unit", "Tỉnh Bến Mây", "--data", "provinces.csv", "--chart"]
        ),
        (
            "compare-rates-chart.html",
            [
                "compare", "on_time_rate", "--from", "2022", "--to", "2023", "--data", "rates.csv", "--format", "html",
                "--chart",
            ]
        ),
        (
            "chart-dots.txt",
            ["chart", "dots", "on_time_rate", "--period", "2023", "--data", "rates.csv", "--target", "97"]
        ),
        (
            "chart-bump-vi.md",
            [
                "chart", "bump", "par_index", "--from", "2022", "--to", "2024", "--data", "departments.csv", "--format",
                "markdown", "--lang", "vi",
            ]
        ),
    ]

    @Test(arguments: cases.map(\.0))
    func matchesItsGoldenFile(_ name: String) throws {
        let args = try #require(Self.cases.first { $0.0 == name }?.1)
        let r = run(
            args + ["--width", "100"] + (args.contains("--lang") ? [] : ["--lang", "en"]), cwd: analysisFixtures)
        #expect(r.code == 0, "\(r.err)")
        expectGolden(name, r.out)
    }
}
