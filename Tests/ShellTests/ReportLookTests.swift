import Foundation
import Rendering
import Testing

@testable import Shell

/// What a reader sees of a report: charts within the width they were given, axes within the
/// metric's range.
@Suite("How reports look")
struct ReportLookTests {
    /// The national PAR Index 2013–2024 with its 2025 forecast: at --width 120 the x labels
    /// reached column 121, so "2025" wrapped onto a line of its own.
    @Test(arguments: [80, 100, 120])
    func trendChartFitsTheWidth(_ width: Int) {
        let r = run([
            "trend", "par_index", "--unit", "Cả nước", "--chart", "--width", String(width), "--data",
            "datasets/provinces_par_sipas.csv", "--lang", "en",
        ])
        #expect(r.code == 0, "\(r.err)")
        let chart = r.out.components(separatedBy: "\n\n").last ?? ""
        #expect(chart.contains("2025"))
        for line in chart.split(separator: "\n") {
            #expect(TextWidth.of(String(line)) <= width, "\(line)")
        }
    }

    /// A rate rising from 1 % to 90 %: its OLS line starts below 0 and the forecast interval ends
    /// above 100, yet the y axis runs from 0 to 100 (it went down to -50).
    @Test func percentAxisStaysBetweenZeroAndHundred() throws {
        let rows = zip(2015...2021, [1, 1, 2, 40, 70, 85, 90]).map { "A,district,\($0),online_filing_rate,\($1)\n" }
        let folder = try temporaryFolder(["rates.csv": "unit,level,period,metric,value\n" + rows.joined()])
        let trend = ["trend", "online_filing_rate", "--unit", "A", "--chart", "--lang", "en", "--data", "rates.csv"]
        let r = run(trend, cwd: folder)
        #expect(r.code == 0, "\(r.err)")
        // The y axis labels: the lines of the chart that start with a number and " ┤".
        let ticks = r.out.split(separator: "\n").compactMap { line -> String? in
            guard let bar = line.firstIndex(of: "┤") else { return nil }
            let label = line[..<bar].trimmingCharacters(in: .whitespaces)
            return Double(label) == nil ? nil : label
        }
        #expect(ticks.first == "100" && ticks.last == "0", "\(r.out)")
        let html = run(trend + ["--format", "html"], cwd: folder).out
        #expect(!html.contains(">-20<") && !html.contains(">120<"))
    }

    /// A rank correlation over two provinces cannot be computed: the note says so in words, and
    /// names scipy's function only in the JSON.
    @Test func notesNameNoFunctions() throws {
        let rows =
            "unit,level,period,metric,value\nA,province,2023,pci,60\nB,province,2023,pci,62\n"
            + "A,province,2024,pci,61\nB,province,2024,pci,60\n"
        let folder = try temporaryFolder(["pci.csv": rows])
        let rank = ["rank", "pci", "--period", "2024", "--vs", "2023", "--data", "pci.csv"]
        for lang in ["en", "vi"] {
            let out = run(rank + ["--lang", lang], cwd: folder).out
            #expect(out.contains("Spearman: ") && !out.contains("scipy"), "\(out)")
        }
        #expect(run(rank + ["--lang", "en"], cwd: folder).out.contains("Spearman: needs at least 3 figures, has 2"))
        let json = run(rank + ["--format", "json"], cwd: folder).out
        #expect(json.contains("Spearman rank correlation (scipy.stats.spearmanr) needs at least 3 values, got 2"))
    }
}
