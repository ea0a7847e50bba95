import Foundation
import Testing

@testable import Shell

@Suite struct CommandTests {
    @Test func version() {
        let r = run(["--version"])
        #expect(r.code == 0)
        #expect(r.out == "parlens \(Parlens.version)\n")
    }

    @Test func helpListsTheCommands() {
        let r = run(["--help"])
        #expect(r.code == 0)
        #expect(r.out.contains("info"))
        #expect(r.out.contains("check"))
    }

    @Test func usageErrorsExitTwo() {
        let unknownOption = run(["info", "--frobnicate"])
        #expect(unknownOption.code == 2)
        #expect(unknownOption.err.contains("--frobnicate"))
        #expect(run(["nosuchcommand"]).code == 2)
        #expect(run(["info", "--format", "yaml"]).code == 2)
    }

    @Test func noDataIsAUsageError() throws {
        let empty = try temporaryFolder([:])
        let r = run(["info"], cwd: empty)
        #expect(r.code == 2)
        #expect(
            r.err
                == "parlens: error: no data to load: there is no ./datasets folder and PARLENS_DATA is not set\n  hint: pass --data PATH (a CSV file, an .xlsx workbook or a folder)\n"
        )
    }

    @Test func missingDataPathIsAUsageError() {
        let r = run(["info", "--data", "no/such.csv"])
        #expect(r.code == 2)
        #expect(
            r.err
                == "parlens: error: no such file or folder: no/such.csv\n  hint: --data takes a CSV file, an Excel workbook (.xlsx) or a folder of them\n"
        )
    }

    @Test func dataFromTheEnvironment() throws {
        let dir = try temporaryFolder(["a.csv": "unit,period,metric,value\nA,2022,par_index,80\n"])
        let elsewhere = try temporaryFolder([:])
        let r = run(["info", "--format", "json"], cwd: elsewhere, env: ["PARLENS_DATA": dir])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("\"observations\" : 1"))
    }

    @Test func infoJSONOnTheBundledData() throws {
        let r = run(["info", "--format", "json"])
        #expect(r.code == 0, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        for key in ["observations", "units", "periods", "metrics", "warnings"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(
            units.contains {
                $0["name"] as? String == "Tháp Mười" && $0["level"] as? String == "district"
                    && $0["parent"] as? String == "Đồng Tháp"
            })
        let periods = try #require(object["periods"] as? [String])
        #expect(periods.contains("2022-H1"))
        #expect(periods.contains("2023-11-27"))
        #expect(periods == periods.sorted { a, b in a < b } || periods.first == "2006")
        let metrics = try #require(object["metrics"] as? [[String: Any]])
        let par = try #require(metrics.first { $0["id"] as? String == "par_index" })
        #expect((par["observations"] as? Int ?? 0) > 200)
    }

    @Test func infoTableInVietnamese() {
        let r = run(["info", "--lang", "vi", "--width", "120"])
        #expect(r.code == 0)
        #expect(r.out.contains("Số quan sát"))
        #expect(r.out.contains("7.554"))  // thousands with a dot: Đam Rông's 7554 dossiers
    }

    @Test func infoStopsOnDataErrors() throws {
        let dir = try temporaryFolder(["bad.csv": "unit,period,metric,value\nA,2022,par_index,abc\n"])
        let r = run(["info", "--data", dir + "/bad.csv"])
        #expect(r.code == 1)
        #expect(r.err.contains("bad.csv:2:18: error: 'abc' is not a number in column value [not-a-number]"))
    }

    @Test func checkFindsErrorsAndExitsOne() throws {
        let dir = try temporaryFolder([
            "a.csv": "unit,period,metric,value,numerator,denominator\nĐam Rông,2022-H1,on_time_rate,98.5,7029,7088\n"
        ])
        let r = run(["check", "--data", dir, "--format", "json"])
        #expect(r.code == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        let e = try #require(errors.first)
        #expect(e["code"] as? String == "rate-mismatch")
        #expect(e["line"] as? Int == 2)
        #expect(e["column"] as? Int == 31)
        #expect((e["file"] as? String)?.hasSuffix("a.csv") == true)
        #expect(object["warnings"] is [Any])
    }

    @Test func checkCleanDataExitsZero() throws {
        let dir = try temporaryFolder([
            "a.csv": "unit,period,metric,value,numerator,denominator\nĐam Rông,2022-H1,on_time_rate,99.17,7029,7088\n"
        ])
        let r = run(["check", "--data", dir])
        #expect(r.code == 0)
        #expect(r.out.contains("No problems found."))
        #expect(r.out.contains("0 errors, 0 warnings in 1 file."))
    }

    @Test func checkOnTheBundleShowsTrueConflictsOnly() {
        let r = run(["check", "--format", "text", "--limit", "0"])
        #expect(r.code == 1)  // the real PAPI 2019 rank contradiction
        #expect(r.out.contains("[source-conflict]"))
        #expect(r.out.contains("Hải Phòng · 2023 · par_index: 91.87, rank 2/63 (line 177;"))
        // Registered for the year and held in the half year are two metrics, not a conflict.
        #expect(!r.out.contains("supervision"))
    }

    @Test func pathsAreShownRelativeToTheWorkingDirectory() {
        let r = run(["check", "--format", "text", "--limit", "0"])
        #expect(r.out.contains("\ndatasets/provinces_par_sipas.csv:179:"))
        #expect(!r.out.contains(root + "/datasets"))
    }
}
