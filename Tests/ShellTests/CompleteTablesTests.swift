import Foundation
import Testing

@testable import Shell

/// The annual review ranks provinces on complete tables: PCI 2009–2016 and 2020 and PAPI
/// 2011–2016 have all 63 provinces (2014: 61), so rank changes and rank correlations are over
/// every province, not over the few the press named.
@Suite("Complete provincial tables")
struct CompleteTablesTests {
    static func json(_ args: [String]) throws -> [String: Any] {
        let r = run(args + ["--format", "json"])
        #expect(r.code == 0, "\(r.err)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    }

    @Test(arguments: [("pci", "2016", "2015"), ("pci", "2020", "2016"), ("papi", "2016", "2015")])
    func rankCorrelationIsOverAllProvinces(_ metric: String, _ period: String, _ previous: String) throws {
        let object = try Self.json(["rank", metric, "--period", period, "--vs", previous, "--level", "province"])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 63)
        #expect(rows.allSatisfy { $0["value"] is Double && $0["prev_value"] is Double })
        #expect((object["not_in_both"] as? [String])?.isEmpty == true)
        let spearman = try #require(object["spearman"] as? [String: Any])
        #expect(spearman["n"] as? Int == 63)
        #expect((spearman["rho"] as? Double ?? 0) > 0.5)
    }

    @Test func everyYearOfTheTablesHasEveryProvince() throws {
        for (metric, years) in [("pci", Array(2009...2016) + [2020]), ("papi", Array(2011...2016))] {
            for year in years {
                let object = try Self.json(["rank", metric, "--period", String(year), "--level", "province"])
                let rows = try #require(object["rows"] as? [[String: Any]])
                #expect(rows.count == (metric == "papi" && year == 2014 ? 61 : 63), "\(metric) \(year)")
            }
        }
    }

    /// Every bundled row names its source; where a press figure disagrees with the publisher's
    /// table, the table's figure is used and `check` lists the other one.
    @Test func thePublishersTableIsUsedAndTheDisagreementListed() throws {
        for file in ["pci_provinces.csv", "papi_provinces.csv"] {
            let text = try String(contentsOfFile: root + "/datasets/" + file, encoding: .utf8)
            let lines = text.split(separator: "\r\n").dropFirst()
            #expect(lines.count == (file == "pci_provinces.csv" ? 567 : 376))
            #expect(lines.allSatisfy { $0.contains("https://") }, "\(file): a row without its source")
        }
        let lamDong = try Self.json([
            "compare", "pci", "--from", "2010", "--to", "2011", "--unit", "Lâm Đồng",
        ])
        let row = try #require((lamDong["rows"] as? [[String: Any]])?.first)
        #expect(row["from_value"] as? Double == 58.26)
        let check = run(["check", "--format", "text", "--limit", "0"]).out
        #expect(check.contains("sources disagree on Lâm Đồng · 2010 · pci: 58.26, rank 29/63"))
        #expect(check.contains("vs 51.77, rank 57/63"))
    }
}
