import Foundation
import Testing

@testable import Shell

/// `--format xlsx` (issue 16, Writing): the tables of every table command as a workbook, read
/// back by parlens' own reader and compared with the figures of `--format json`; where a
/// workbook may go (a file, a pipe, never a terminal, never over an input); `run -o FILE.xlsx`.
@Suite("Writing workbooks")
struct XLSXOutputTests {
    static let rates = analysisFixtures + "/rates.csv"
    static let rankArgs = [
        "rank", "par_index", "--period", "2024", "--vs", "2022", "--parent", "Hòa Bình", "--level", "department",
    ]

    /// Runs `args` with `-o FILE.xlsx` in a new folder; the exit code, stderr and the file's path.
    func write(_ args: [String], name: String = "out.xlsx") throws -> (code: Int32, err: String, path: String) {
        let path = try temporaryFolder([:]) + "/" + name
        let r = run(args + ["-o", path])
        return (r.code, r.err, path)
    }

    @Test func rankReadsBackAsTheJSONFigures() throws {
        let w = try write(Self.rankArgs + ["--format", "xlsx", "--lang", "vi"])
        #expect(w.code == 0, "\(w.err)")
        let sheets = try readBack(w.path)
        #expect(sheets.map(\.name).last == "Ghi chú")
        let rows = sheets[0].table(under: "Đơn vị")
        let json = jsonObject(run(Self.rankArgs + ["--format", "json"]).out)["rows"] as? [[String: Any]] ?? []
        #expect(rows.count == json.count && !json.isEmpty)
        for (row, expected) in zip(rows, json) {
            #expect(row["Đơn vị"]?.text == expected["unit"] as? String)
            #expect(row["Hạng"]?.number == (expected["rank"] as? NSNumber)?.doubleValue)
            // A percent stored as its fraction reads back as the percent the JSON holds.
            let value = (expected["value"] as? NSNumber)?.doubleValue ?? .nan
            #expect(abs((row["Giá trị"]?.number ?? .nan) - (value * 100).rounded() / 100) < 1e-9, "\(row)")
            let change = (expected["rank_change"] as? NSNumber)?.intValue ?? 0
            // A change is the signed number (shown ▲ 2 / ▼ 2); no change is the mark alone.
            #expect(change == 0 ? row["Thay đổi"]?.isText == true : row["Thay đổi"]?.number == Double(change))
        }
    }

    @Test func compareReadsBackAsTheJSONFigures() throws {
        let args = ["compare", "on_time_rate", "--from", "2022", "--to", "2023", "--data", Self.rates]
        let w = try write(args, name: "compare.xlsx")
        #expect(w.code == 0, "\(w.err)")
        let rows = try readBack(w.path)[0].table(under: "Unit")
        let json = jsonObject(run(args + ["--format", "json"]).out)["rows"] as? [[String: Any]] ?? []
        #expect(rows.count == json.count && !json.isEmpty)
        for (row, expected) in zip(rows, json) {
            #expect(row["Unit"]?.text == expected["unit"] as? String)
            for (column, key) in [("2022", "from_value"), ("2023", "to_value"), ("Change", "change")] {
                let x = (expected[key] as? NSNumber)?.doubleValue ?? .nan
                #expect(abs((row[column]?.number ?? .nan) - (x * 100).rounded() / 100) < 1e-9, "\(column) \(row)")
            }
            // p below 0.001 is shown (and kept) as the text "<0.001"; no p (—) is no cell.
            guard let p = (expected["p_value"] as? NSNumber)?.doubleValue else {
                #expect(row["p"] == nil)
                continue
            }
            if p < 0.001 {
                #expect(row["p"] == ReadCell(text: "<0.001", isText: true))
            } else {
                #expect(abs((row["p"]?.number ?? .nan) - (p * 1000).rounded() / 1000) < 1e-12, "\(row) \(p)")
            }
        }
    }

    static let tableCommands: [[String]] = [
        ["info"], ["check"], rankArgs, ["trend", "par_index", "--all", "--level", "province"],
        ["trend", "pci", "--unit", "Đồng Nai", "--findings"],
        ["compare", "par_index", "--from", "2023", "--to", "2024", "--level", "province"],
        ["correlate", "par_index", "sipas", "--period", "2023", "--level", "province"],
        ["summary", "par_index", "--period", "2024", "--level", "province"],
        [
            "target", "online_filing_rate", "--unit", "Tháp Mười", "--value", "90", "--by", "2025", "--data",
            "datasets/seed_figures.csv",
        ],
    ]

    @Test(arguments: tableCommands)
    func everyTableCommandWritesAWorkbook(_ args: [String]) throws {
        let w = try write(args + ["--format", "xlsx"])
        // `check` exits 1 on the bundled data (it has an error) and writes the workbook all the same.
        #expect(w.code == (args[0] == "check" ? 1 : 0), "\(args): \(w.err)")
        let sheets = try readBack(w.path)
        #expect(sheets.count >= 1)
        #expect(
            sheets.allSatisfy { $0.name.utf16.count <= 31 && !$0.name.contains(where: { "[]:*?/\\".contains($0) }) })
        // Some cell of the first sheet is a number (check's places and target's composite cells,
        // "≥ 90.00% (2025)", are text).
        if args[0] != "check", args[0] != "target" {
            #expect(sheets[0].cells.values.contains { $0.values.contains { !$0.isText } }, "\(args)")
        }
    }

    @Test func aFileNamedXLSXIsAWorkbookUnlessTheFormatSaysOtherwise() throws {
        let implied = try write(Self.rankArgs)
        #expect(implied.code == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: implied.path)).prefix(2) == Data("PK".utf8))
        let csv = try write(Self.rankArgs + ["--format", "csv"])
        #expect(try String(contentsOfFile: csv.path, encoding: .utf8).hasPrefix("Rank,Unit,Value"))
    }

    @Test func aTerminalGetsNoWorkbook() {
        for terminal in [true, false] {
            // A terminal, or an environment that writes only text (no byte stream): refused.
            let r = run(Self.rankArgs + ["--format", "xlsx"], terminal: terminal)
            #expect(r.code == 2)
            #expect(r.out.isEmpty)
            #expect(r.err.contains("--format xlsx writes a binary workbook") && r.err.contains("-o FILE.xlsx"))
        }
        let vi = run(Self.rankArgs + ["--format", "xlsx", "--lang", "vi"], terminal: true)
        #expect(vi.err.contains("hãy cho -o TỆP.xlsx"))
    }

    @Test func aPipeGetsTheWorkbook() throws {
        let capture = Capture()
        let bytes = ByteCapture()
        var env = captured(capture, cwd: root)
        env.outBytes = { bytes.append($0) }
        let code = Parlens.main(arguments: Self.rankArgs + ["--format", "xlsx"], environment: env)
        #expect(code == 0, "\(capture.err)")
        #expect(capture.out.isEmpty, "no text beside the bytes")
        let file = try write(Self.rankArgs + ["--format", "xlsx"])
        #expect(bytes.data == (try Data(contentsOf: URL(fileURLWithPath: file.path))))
    }

    @Test func neverOverAnInput() throws {
        let dir = try temporaryFolder([:])
        try FileManager.default.copyItem(atPath: Self.rates, toPath: dir + "/rates.csv")
        let before = try String(contentsOfFile: dir + "/rates.csv", encoding: .utf8)
        let r = run(
            [
                "compare", "on_time_rate", "--from", "2022", "--to", "2023", "--data", "rates.csv", "--format", "xlsx",
                "-o",
                "rates.csv",
            ], cwd: dir)
        #expect(r.code == 2)
        #expect(r.err.contains("refusing to write over an input file"))
        #expect(try String(contentsOfFile: dir + "/rates.csv", encoding: .utf8) == before)
    }

    @Test func aChartHasNoWorkbook() throws {
        let w = try write(["chart", "bar", "par_index", "--period", "2024", "--level", "province"])
        #expect(w.code == 2)
        #expect(w.err.contains("a chart is a picture with no table"))
        #expect(!FileManager.default.fileExists(atPath: w.path))
    }

    @Test func checkWritesItsProblemsAndStillFails() throws {
        let w = try write([
            "check", "--data", root + "/Tests/ShellTests/Fixtures/reports/broken.csv", "--format", "xlsx",
        ])
        #expect(w.code == 1)
        let sheets = try readBack(w.path)
        #expect(sheets.map(\.name).first?.hasPrefix("Errors") == true, "\(sheets.map(\.name))")
        #expect(sheets[0].table(under: "Where").count >= 1)
        #expect(sheets.last?.name == "Notes")
    }

    @Test func findingsAndNotesGoToTheLastSheet() throws {
        let w = try write(Self.rankArgs + ["--findings", "--format", "xlsx"])
        let notes = try #require(try readBack(w.path).last)
        #expect(notes.name == "Notes")
        let texts = notes.cells.keys.sorted().compactMap { notes.cells[$0]?.values.first?.text }
        #expect(texts.contains("Findings"))
        #expect(texts.contains { $0.contains("Sở Nội vụ") })
    }

    @Test func aSessionNeedsAFile() throws {
        let (s, capture) = session(cwd: root)
        #expect(
            s.run(
                Self.rankArgs.joined(separator: " ").replacingOccurrences(of: "Hòa Bình", with: "'Hòa Bình'")
                    + " --format xlsx") == .failed(2))
        #expect(capture.err.contains("a session's output is text: give -o FILE.xlsx"))
        let path = try temporaryFolder([:]) + "/s.xlsx"
        #expect(s.run("rank par_index --period 2024 --level province -o \(path)") == .ok)
        #expect(try readBack(path).first?.table(under: "Unit").isEmpty == false)
    }

    @Test func aNotebookIsOneWorkbookWithASheetPerTable() throws {
        let path = try temporaryFolder([:]) + "/review.xlsx"
        let r = run(["run", "notebooks-cli/annual-review-vi.md", "-o", path])
        #expect(r.code == 0, "\(r.err)")
        let names = try readBack(path).map(\.name)
        // Named after the headings of the notebook (cut to 31 characters), the notes last.
        #expect(names.contains("Theo dõi chỉ tiêu"))
        #expect(names.last == "Ghi chú")
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        let piped = ByteCapture()
        let capture = Capture()
        var env = captured(capture, cwd: root)
        env.outBytes = { piped.append($0) }
        #expect(
            Parlens.main(arguments: ["run", "notebooks-cli/annual-review-vi.md", "--format", "xlsx"], environment: env)
                == 0)
        #expect(piped.data == (try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(run(["run", "notebooks-cli/annual-review-vi.md", "--format", "xlsx"], terminal: true).code == 2)
    }

    @Test func aNotebookRunFromANotebookPrintsIntoTheSameWorkbook() throws {
        let data = root + "/datasets"
        let dir = try temporaryFolder([
            "outer.md": "# Ngoài\n\n## Phần A\n\n```parlens\nrun inner.md\nrun inner.md -o inner.md.out\n```\n",
            "inner.md": "# Trong\n\n```parlens\nrank par_index --period 2024 --level province --data \(data)\n```\n",
        ])
        let r = run(["run", "outer.md", "--data", data, "-o", "o.xlsx"], cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        // The printed run gives a sheet under the outer heading; the one written to a file none.
        #expect(try readBack(dir + "/o.xlsx").map(\.name) == ["Phần A", "Notes"])
    }
}

/// Collects the bytes a command writes to standard output.
final class ByteCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()
    func append(_ d: Data) { lock.withLock { bytes += d } }
    var data: Data { lock.withLock { bytes } }
}
