import Foundation
import Testing

@testable import Shell

/// Other programs open parlens' workbooks (issue 16): LibreOffice converts one without complaint
/// and reads its figures as numbers; openpyxl finds frozen bold headers, number formats and no
/// formulas (scripts/xlsx/check_written.py). Each test is skipped, with the reason shown, where
/// its program is missing: `make test-xlsx` installs both and runs them.
@Suite("Workbooks in other programs")
struct XLSXInteropTests {
    /// LibreOffice's `soffice` on the PATH, if any.
    static let soffice: String? = executable("soffice") ?? executable("libreoffice")

    /// A Python with openpyxl: `XLSX_PYTHON`, else `.venv-xlsx/bin/python`.
    static let python: String? = {
        let candidates = [ProcessInfo.processInfo.environment["XLSX_PYTHON"], root + "/.venv-xlsx/bin/python"]
        return candidates.compactMap { $0 }.first { path in
            FileManager.default.isExecutableFile(atPath: path) && launch(path, ["-c", "import openpyxl"]).code == 0
        }
    }()

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs `program` with `arguments`; its exit code and standard output.
    static func launch(_ program: String, _ arguments: [String], cwd: String = root) -> (code: Int32, out: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: cwd)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return (-1, "") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let rank = XLSXOutputTests.rankArgs + ["--findings", "--lang", "vi"]

    /// The rank workbook in a new folder, and the folder.
    func rankWorkbook() throws -> (path: String, folder: String) {
        let folder = try temporaryFolder([:])
        let r = run(Self.rank + ["-o", folder + "/xếp hạng.xlsx"])
        #expect(r.code == 0, "\(r.err)")
        return (folder + "/xếp hạng.xlsx", folder)
    }

    /// The rows of `rank --format json`.
    var rankJSON: [[String: Any]] {
        jsonObject(run(XLSXOutputTests.rankArgs + ["--format", "json"]).out)["rows"] as? [[String: Any]] ?? []
    }

    @Test(.enabled(if: soffice != nil, "LibreOffice (soffice) is not installed; `make test-xlsx` installs it"))
    func libreOfficeReadsTheFiguresAsNumbers() throws {
        let (path, folder) = try rankWorkbook()
        // Its own profile, so that it runs beside another LibreOffice.
        let profile = "-env:UserInstallation=file://\(folder)/profile"
        let converted = Self.launch(
            Self.soffice ?? "", ["--headless", profile, "--convert-to", "fods", "--outdir", folder, path], cwd: folder)
        #expect(converted.code == 0)
        let fods = try String(contentsOfFile: folder + "/xếp hạng.fods", encoding: .utf8)
        #expect(fods.contains("table:name=\"Ghi chú\""))
        let json = rankJSON
        #expect(!json.isEmpty)
        for row in json {
            let value = try #require(row["value"] as? NSNumber)
            let fraction = NSDecimalNumber(string: value.stringValue).dividing(by: 100).stringValue
            #expect(
                fods.contains("office:value-type=\"percentage\" office:value=\"\(fraction)\""),
                "\(row["unit"] ?? "") \(fraction)")
        }
        // Ranks 1 … n as numbers.
        for rank in 1...json.count {
            #expect(fods.contains("office:value-type=\"float\" office:value=\"\(rank)\""))
        }
        // CSV of the first sheet, values as stored (not as shown): a change is its signed number.
        let csv = Self.launch(
            Self.soffice ?? "",
            [
                "--headless", profile, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false",
                "--outdir", folder + "/csv", path,
            ], cwd: folder)
        #expect(csv.code == 0)
        let lines = try String(contentsOfFile: folder + "/csv/xếp hạng.csv", encoding: .utf8).split(separator: "\n")
        let down = try #require(json.first { ($0["rank_change"] as? NSNumber)?.intValue ?? 0 < 0 })
        let unit = try #require(down["unit"] as? String)
        let line = try #require(lines.first { $0.contains(unit) })
        #expect(line.hasSuffix(",\((down["rank_change"] as? NSNumber)?.intValue ?? 0)"), "\(line)")
    }

    @Test(.enabled(if: python != nil, "no Python with openpyxl: make test-xlsx (or .venv-xlsx, scripts/xlsx)"))
    func openpyxlFindsAWellMadeWorkbook() throws {
        let (path, folder) = try rankWorkbook()
        let script = root + "/scripts/xlsx/check_written.py"
        let checked = Self.launch(Self.python ?? "", [script, path, "--dump"])
        #expect(checked.code == 0)
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(checked.out.utf8)) as? [[String: Any]])
        #expect(dump.first?["freeze"] as? String == "A4")
        #expect(dump.last?["name"] as? String == "Ghi chú")
        let rows = dump.first?["rows"] as? [[[Any]]] ?? []
        // Row 5 (index 4) is the first unit: rank, unit, value, published rank, … as openpyxl types them.
        let first = try #require(rows.count > 4 ? rows[4] : nil)
        #expect(first[0][0] as? String == "n" && first[0][2] as? String == "0")
        #expect(first[1][0] as? String == "s")
        #expect(first[2][0] as? String == "n" && first[2][2] as? String == "0.00%")
        // A whole notebook's workbook passes too.
        let book = folder + "/review.xlsx"
        #expect(run(["run", "notebooks-cli/annual-review-vi.md", "-o", book]).code == 0)
        #expect(Self.launch(Self.python ?? "", [script, book]).code == 0)
    }
}
