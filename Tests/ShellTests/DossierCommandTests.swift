import Foundation
import Testing

/// Issue 18: `parlens dossiers summarise LOG…` writes the tidy panel of a dossier log, which the
/// analyses read back as any panel; `--data LOG` gives them the same figures directly. Expected
/// figures come from the pandas oracle's fixtures (scripts/oracle/dossiers.py).
/// The dossier-log fixtures of the Panel tests.
let dossierFixtures = root + "/Tests/PanelTests/Fixtures/dossiers"

@Suite("dossiers summarise")
struct DossierCommandTests {

    /// The oracle's rows of `name` as the panel writes them: `unit,tier,period,metric,value,n,d`.
    static func oracleLines(_ name: String) throws -> Set<String> {
        let data = try Data(contentsOf: URL(fileURLWithPath: dossierFixtures + "/" + name))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        return Set(
            rows.map { r in
                let value = (r["value"] as? NSNumber)?.doubleValue ?? .nan
                let n = (r["numerator"] as? NSNumber).map { "\($0.intValue)" } ?? ""
                let d = (r["denominator"] as? NSNumber).map { "\($0.intValue)" } ?? ""
                let written = n.isEmpty ? "\(Int(value))" : String(format: "%.2f", value)
                return [
                    r["unit"] as? String ?? "", r["tier"] as? String ?? "", r["period"] as? String ?? "",
                    r["metric"] as? String ?? "", written, n, d,
                ].joined(separator: ",")
            })
    }

    @Test(arguments: [
        ("random_bad.by_unit_tier.json", [String]()), ("random_bad.window15.json", ["--window-start", "15"]),
    ])
    func thePanelWrittenIsTheOracles(fixture: String, options: [String]) throws {
        let dir = try temporaryFolder([:])
        let r = run(
            ["dossiers", "summarise", dossierFixtures + "/random_bad.csv", "-o", dir + "/panel.csv"] + options, cwd: dir
        )
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.isEmpty)
        // Every bad record is counted on stderr, the first of each kind placed.
        #expect(r.err.contains("24 of 1500 dossier records are left out of every count"), "\(r.err)")
        #expect(r.err.contains("[bad-dossier]"))
        let written = try String(contentsOfFile: dir + "/panel.csv", encoding: .utf8)
        var lines = written.split(separator: "\n").map(String.init)
        #expect(lines.removeFirst() == "unit,tier,period,metric,value,numerator,denominator")
        #expect(Set(lines) == (try Self.oracleLines(fixture)))
        #expect(lines.count == Set(lines).count)
    }

    @Test func byUnitMergesTiersAndTheSeedFiguresComeOut() throws {
        let r = run([
            "dossiers", "summarise", "datasets/synthetic/dam_rong_2022_h1_dossiers.csv", "--by", "unit", "--period",
            "6m",
        ])
        #expect(r.code == 0, "\(r.err)")
        for line in [
            "Huyện Đam Rông,,2022-H1,dossiers_received,7554,,", "Huyện Đam Rông,,2022-H1,dossiers_resolved,7088,,",
            "Huyện Đam Rông,,2022-H1,on_time_rate,99.17,7029,7088", "Huyện Đam Rông,,2022-H1,late_rate,0.83,59,7088",
            "Huyện Đam Rông,,2022-H1,dossiers_pending,216,,", "Huyện Đam Rông,,2022-H1,dossiers_ineligible,250,,",
        ] {
            #expect(r.out.contains(line + "\n"), "\(line)")
        }
        #expect(!r.out.contains("2022-Q1") && !r.out.contains("2022-01,"))
    }

    @Test func theAnalysesRunOnTheLogAndOnThePanel() throws {
        let dir = try temporaryFolder([:])
        let log = dossierFixtures + "/random_bad.csv"
        #expect(run(["dossiers", "summarise", log, "-o", dir + "/panel.csv"], cwd: dir).code == 0)
        for data in [log, dir + "/panel.csv"] {
            let rank = run(["rank", "on_time_rate", "--period", "2022-Q2", "--data", data, "--tier", "commune"])
            #expect(rank.code == 0 && rank.out.contains("UBND xã"), "\(rank.err)")
            // What the log left out is stated beside the analysis, not in silence.
            #expect(rank.err.contains("24 of 1500 dossier records are left out") == (data == log), "\(rank.err)")
            let compare = run([
                "compare", "on_time_rate", "--from", "2022-H1", "--to", "2022-H2", "--data", data, "--format", "json",
            ])
            #expect(compare.code == 0 && compare.out.contains("\"diff_ci95\": ["), "\(compare.err)")
        }
        // The panel's rates agree with their counts, and received = resolved + pending + ineligible.
        let check = run(["check", "--data", dir + "/panel.csv", "--format", "text"])
        #expect(check.code == 0 && check.out.contains("0 errors"), "\(check.out)")
    }

    @Test func refusals() throws {
        #expect(run(["dossiers", "summarise", "datasets/seed_figures.csv"]).code == 2)
        #expect(run(["dossiers", "summarise", "no/such.csv"]).code == 2)
        #expect(run(["dossiers", "summarise", dossierFixtures + "/forms.csv", "--format", "json"]).code == 2)
        #expect(run(["dossiers", "summarise", dossierFixtures + "/forms.csv", "--by", "tier"]).code == 2)
        #expect(run(["dossiers", "summarise", dossierFixtures + "/forms.csv", "--window-start", "29"]).code == 2)
        let dir = try temporaryFolder([
            "log.csv": try String(contentsOfFile: dossierFixtures + "/forms.csv", encoding: .utf8)
        ])
        let over = run(["dossiers", "summarise", "log.csv", "-o", "log.csv"], cwd: dir)
        #expect(over.code == 2 && over.err.contains("refusing"))
    }
}
