import Foundation
import Rendering
import Testing

@testable import Shell

private func runOnTerminal(_ args: [String], env: [String: String] = [:]) -> String {
    run(args, cwd: analysisFixtures, env: env, terminal: true).out
}

@Suite("Output options")
struct OutputOptionTests {
    static let rank = [
        "rank", "par_index", "--period", "2024", "--vs", "2023", "--data", "provinces.csv", "--lang", "en",
    ]
    /// The same provinces in both periods, so the ranks have changes (▲ and ▼).
    static let rankChanges = [
        "rank", "sipas", "--period", "2023", "--vs", "2022", "--data", "provinces.csv", "--lang", "en",
    ]

    @Test func colourOnlyOnATerminalWithoutNoColor() {
        #expect(runOnTerminal(Self.rankChanges).contains("\u{1B}[32m▲"))
        #expect(runOnTerminal(Self.rankChanges).contains("\u{1B}[31m▼"))
        #expect(!runOnTerminal(Self.rankChanges, env: ["NO_COLOR": "1"]).contains("\u{1B}["))
        #expect(!runOnTerminal(Self.rankChanges + ["--no-color"]).contains("\u{1B}["))
        #expect(!run(Self.rankChanges, cwd: analysisFixtures).out.contains("\u{1B}["))
        // Coloured cells keep the table aligned: every line of the box has the same width.
        let lines = runOnTerminal(Self.rankChanges).split(separator: "\n").filter {
            $0.hasPrefix("│") || $0.hasPrefix("┌")
        }
        #expect(Set(lines.map { TextWidthProbe.width(String($0)) }).count == 1)
    }

    @Test func asciiArrowsAndBoxes() {
        let out = run(Self.rankChanges + ["--ascii"], cwd: analysisFixtures).out
        #expect(out.contains("^ 2") && out.contains("+------"))
        #expect(!out.contains("▲") && !out.contains("┌"))
    }

    @Test func localeIsIndependentOfLanguage() {
        let out = run(Self.rank + ["--locale", "vi"], cwd: analysisFixtures).out
        #expect(out.contains("90,12%") && out.contains("Rank"))
    }

    @Test func maxRowsSaysHowManyAreHidden() {
        let out = run(Self.rank + ["--max-rows", "3"], cwd: analysisFixtures).out
        #expect(out.contains("… 8 rows hidden (--max-rows)"))
    }

    @Test func outputFileIsWrittenAndInputsAreProtected() throws {
        let folder = try temporaryFolder([
            "a.csv": "unit,level,period,metric,value\nA,province,2023,par_index,80\nB,province,2023,par_index,82\n"
        ])
        let r = run(
            ["rank", "par_index", "--period", "2023", "--data", "a.csv", "--format", "json", "-o", "out.json"],
            cwd: folder)
        #expect(r.code == 0 && r.out.isEmpty)
        let written = try String(contentsOfFile: folder + "/out.json", encoding: .utf8)
        #expect(written.contains("\"rank\": 1"))
        let refused = run(["rank", "par_index", "--period", "2023", "--data", "a.csv", "-o", "a.csv"], cwd: folder)
        #expect(refused.code == 2 && refused.err.contains("refusing to write over an input file"))
        #expect(try String(contentsOfFile: folder + "/a.csv", encoding: .utf8).hasPrefix("unit,level"))
        let intoFolder = run(["info", "--data", ".", "-o", "new.csv"], cwd: folder)
        #expect(intoFolder.code == 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("tmp") }
        #expect(leftovers.isEmpty)
    }

    /// Excel reads a CSV cell as a number only when it is a plain number in the decimal mark of
    /// its regional settings: no `+`, no `%`, no thousands separators; `;` between cells when the
    /// decimal mark is a comma.
    @Test func csvWritesNumbersAsNumbersForSpreadsheets() {
        let compare = [
            "compare", "online_filing_rate", "--from", "2022", "--to", "2023", "--unit", "Tháp Mười", "--format", "csv",
            "--data", "datasets/seed_figures.csv",
        ]
        let vi = run(compare + ["--lang", "vi"], cwd: root).out
        #expect(vi.hasPrefix("Đơn vị;2022;2023;Thay đổi;Cải thiện\r\n"))
        #expect(vi.contains("\r\nTháp Mười (cấp xã);34,83;69,90;35,07;▲ có\r\n"))
        let en = run(compare + ["--lang", "en"], cwd: root).out
        #expect(en.contains("\r\nTháp Mười [commune],34.83,69.90,35.07,▲ yes\r\n"))
        // --locale decides the decimal mark and so the delimiter, whatever the language.
        let mixed = run(compare + ["--lang", "en", "--locale", "vi"], cwd: root).out
        #expect(mixed.contains("\r\nTháp Mười [commune];34,83;69,90;35,07;▲ yes\r\n"))
        // Counts lose their thousands separators; a report without a formatter follows --lang too.
        let summary = run(
            [
                "summary", "dossiers_received", "--period", "2022-H1", "--format", "csv", "--lang", "vi", "--data",
                "datasets/seed_figures.csv",
            ], cwd: root
        ).out
        #expect(summary.contains("\r\nTrung bình;7554\r\n"))
    }

    @Test func csvCellsCannotRunAsFormulas() {
        let table = Rendering.Table(columns: [.init("a"), .init("b")], rows: [["=SUM(A1)", "-2.5"], ["@x", "a,b"]])
        #expect(table.csv() == "a,b\r\n'=SUM(A1),-2.5\r\n'@x,\"a,b\"\r\n")
    }
}

enum TextWidthProbe {
    static func width(_ s: String) -> Int { TextWidth.of(s) }
}
