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
        // Every verb in Vietnamese, as a report would paste it (issue 15).
        (
            "trend-rising-vi.txt",
            ["trend", "par_index", "--unit", "Tỉnh Sông Ngọc", "--data", "provinces.csv", "--lang", "vi"]
        ),
        (
            "trend-all-vi.md",
            ["trend", "par_index", "--all", "--data", "provinces.csv", "--format", "markdown", "--lang", "vi"]
        ),
        (
            "correlate-vi.txt",
            ["correlate", "par_index", "sipas", "--period", "2024", "--data", "provinces.csv", "--lang", "vi"]
        ),
        ("summary-vi.txt", ["summary", "par_index", "--period", "2024", "--data", "provinces.csv", "--lang", "vi"]),
        (
            "target-vi.txt",
            ["target", "on_time_rate", "--value", "98", "--by", "2025", "--data", "rates.csv", "--lang", "vi"]
        ),
        ("info-vi.txt", ["info", "--data", "rates.csv", "--lang", "vi"]),
        ("check-vi.txt", ["check", "--data", "../reports/broken.csv", "--lang", "vi"]),
        ("metrics-vi.txt", ["metrics", "--data", "provinces.csv", "--lang", "vi"]),
        ("units-vi.txt", ["units", "--data", "departments.csv", "--lang", "vi"]),
        ("periods-vi.txt", ["periods", "--data", "rates.csv", "--lang", "vi"]),
        (
            "chart-dots-vi.txt",
            [
                "chart", "dots", "on_time_rate", "--period", "2023", "--data", "rates.csv", "--target", "97", "--lang",
                "vi",
            ]
        ),
        (
            "compare-rates-vi.md",
            [
                "compare", "on_time_rate", "--vs", "previous", "--to", "2023", "--data", "rates.csv", "--format",
                "markdown", "--lang", "vi", "--findings",
            ]
        ),
    ]

    @Test(arguments: cases.map(\.0))
    func matchesItsGoldenFile(_ name: String) throws {
        let args = try #require(Self.cases.first { $0.0 == name }?.1)
        // The lists (metrics, units, periods) have no width; `check` of a broken file exits 1.
        let lists: Set<String> = ["metrics", "units", "periods"]
        let width = lists.contains(args[0]) ? [] : ["--width", "100"]
        let r = run(args + width + (args.contains("--lang") ? [] : ["--lang", "en"]), cwd: analysisFixtures)
        #expect(r.code == (name.hasPrefix("check-") ? 1 : 0), "\(r.err)")
        expectGolden(name, r.out)
    }
}
