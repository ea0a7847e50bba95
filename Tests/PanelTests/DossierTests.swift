import Foundation
import Testing

@testable import Panel

// Issue 18: a record-level dossier log summarised into counts and rates. The expected figures come
// from the pandas oracle (scripts/oracle/dossiers.py, fixtures written by
// scripts/oracle/dossier_fixtures.sh with the versions they name), never from parlens.

/// What the oracle wrote for one log.
struct DossierFixture: Decodable {
    struct Row: Decodable {
        var unit: String
        var tier: String?
        var period: String
        var metric: String
        var value: Double
        var numerator: Double?
        var denominator: Double?
    }
    struct BadRecord: Decodable {
        var kind: String
        var line: Int
        var column: Int
    }
    var versions: [String: String]
    var windowStart: Int
    var records: Int
    var good: Int
    var bad: [String: Int]
    var badRecords: [BadRecord]
    var rows: [Row]

    enum CodingKeys: String, CodingKey {
        case versions, records, good, bad, rows
        case badRecords = "bad_records"
        case windowStart = "window_start"
    }

    static func load(_ name: String) throws -> DossierFixture {
        let url = fixtures.appendingPathComponent("dossiers/\(name)")
        return try JSONDecoder().decode(DossierFixture.self, from: Data(contentsOf: url))
    }

    /// The oracle's kind as parlens names it (`returned_before_received` → `returned-before-received`).
    static func kind(_ oracle: String) -> BadDossier? {
        BadDossier(rawValue: oracle.replacingOccurrences(of: "_", with: "-"))
    }
}

/// A figure as both sides key it.
private struct FigureKey: Hashable, CustomStringConvertible {
    var unit: String, tier: String?, period: String, metric: String
    var description: String { "\(unit) [\(tier ?? "-")] \(period) \(metric)" }
}

private struct FigureValues: Equatable {
    var value: Double, numerator: Double?, denominator: Double?
}

/// Loads `path` with windows of `window` bytes (nil: the default 8 MB).
private func loadLog(_ path: String, byTier: Bool, window: Int? = nil, windowStart: Int = 1) -> LoadResult {
    var loader = Loader(options: LoadOptions(dossiers: DossierOptions(byTier: byTier, windowStart: windowStart)))
    if let window { loader.windowBytes = window }
    loader.add(path: path)
    return loader.finish()
}

private func figures(_ r: LoadResult) -> [FigureKey: FigureValues] {
    var out: [FigureKey: FigureValues] = [:]
    for o in r.panel.observations {
        let key = FigureKey(
            unit: r.panel.units.units[o.unit].name, tier: o.tier?.rawValue, period: o.period.description,
            metric: o.metric)
        #expect(out[key] == nil, "\(key) twice")
        out[key] = FigureValues(value: o.value ?? .nan, numerator: o.numerator, denominator: o.denominator)
    }
    return out
}

@Suite("Dossier logs against the pandas oracle")
struct DossierOracleTests {
    static let logs: [(log: String, fixture: String, byTier: Bool)] = [
        ("datasets/synthetic/dam_rong_2022_h1_dossiers.csv", "dam_rong.by_unit.json", false),
        ("datasets/synthetic/dam_rong_2022_h1_dossiers.csv", "dam_rong.by_unit_tier.json", true),
        ("Tests/PanelTests/Fixtures/dossiers/random_bad.csv", "random_bad.by_unit_tier.json", true),
        ("Tests/PanelTests/Fixtures/dossiers/random_bad.csv", "random_bad.by_unit.json", false),
        ("Tests/PanelTests/Fixtures/dossiers/random_clean.csv", "random_clean.by_unit_tier.json", true),
        ("Tests/PanelTests/Fixtures/dossiers/forms.csv", "forms.by_unit_tier.json", true),
        // Reporting windows from the 15th of the month before to the 14th.
        ("Tests/PanelTests/Fixtures/dossiers/random_bad.csv", "random_bad.window15.json", true),
    ]

    /// Whole, and through windows of 4 KB (a few dozen records each).
    static let cases = logs.flatMap { l in [(l.log, l.fixture, l.byTier, nil), (l.log, l.fixture, l.byTier, 4096)] }

    @Test(arguments: cases)
    func theCountsAndRatesAreTheOracles(log: String, fixture name: String, byTier: Bool, window: Int?) throws {
        let fixture = try DossierFixture.load(name)
        let result = loadLog(
            repositoryRoot.appendingPathComponent(log).path, byTier: byTier, window: window,
            windowStart: fixture.windowStart)
        #expect(!result.hasErrors)
        let got = figures(result)
        var want: [FigureKey: FigureValues] = [:]
        for row in fixture.rows {
            want[FigureKey(unit: row.unit, tier: row.tier, period: row.period, metric: row.metric)] = FigureValues(
                value: row.value, numerator: row.numerator, denominator: row.denominator)
        }
        #expect(Set(got.keys) == Set(want.keys), "\(Set(got.keys).symmetricDifference(want.keys).prefix(5))")
        for (key, w) in want {
            guard let g = got[key] else { continue }
            #expect(g.numerator == w.numerator && g.denominator == w.denominator, "\(key)")
            #expect(abs(g.value - w.value) <= 1e-9 * max(1, abs(w.value)), "\(key): \(g.value) vs \(w.value)")
        }
    }

    @Test(arguments: cases)
    func badRecordsAreCountedAndTheFirstOfEachKindPlaced(
        log: String, fixture name: String, byTier: Bool, window: Int?
    ) throws {
        let fixture = try DossierFixture.load(name)
        let path = repositoryRoot.appendingPathComponent(log).path
        let result = loadLog(path, byTier: byTier, window: window, windowStart: fixture.windowStart)
        var counted: [BadDossier: Int] = [:]
        var placed: [BadDossier: [String]] = [:]
        for d in result.diagnostics {
            switch d.problem {
            case .dossiersLeftOut(let records, let leftOut):
                #expect(records == fixture.records)
                for c in leftOut { counted[c.kind] = c.count }
            case .badDossier(let kind, _, _):
                if let l = d.location { placed[kind, default: []].append(l.written) }
            default: break
            }
        }
        var wantCounted: [BadDossier: Int] = [:]
        for (k, n) in fixture.bad where n > 0 { wantCounted[DossierFixture.kind(k) ?? .missingValue] = n }
        #expect(counted == wantCounted)
        var wantPlaced: [BadDossier: [String]] = [:]
        for b in fixture.badRecords {
            let kind = try #require(DossierFixture.kind(b.kind))
            if wantPlaced[kind, default: []].count < DossierOptions().reportedPerKind {
                wantPlaced[kind, default: []].append("\(path):\(b.line):\(b.column)")
            }
        }
        #expect(placed == wantPlaced)
    }

    @Test func theOracleNamesItsVersions() throws {
        for l in Self.logs {
            let f = try DossierFixture.load(l.fixture)
            #expect(f.versions["pandas"] != nil && f.versions["numpy"] != nil && f.versions["python"] != nil)
        }
    }
}

@Suite("Dossier logs: the Đam Rông seed figures")
struct DamRongSeedTests {
    /// The report's own figures (datasets/seed_figures.csv, Báo cáo 05-BC/BCĐ), reproduced from the
    /// synthetic record-level log: district and commune tiers together, first half of 2022.
    @Test func theSyntheticLogGivesTheReportsFigures() throws {
        let log = repositoryRoot.appendingPathComponent("datasets/synthetic/dam_rong_2022_h1_dossiers.csv").path
        let fromLog = figures(loadLog(log, byTier: false))
        let seeds = Loader.load([repositoryRoot.appendingPathComponent("datasets/seed_figures.csv").path])
        var checked = 0
        for o in seeds.panel.observations {
            guard seeds.panel.units.units[o.unit].name == "Đam Rông", o.period == .half(2022, 1),
                o.metric.hasPrefix("dossiers_") || o.metric == "on_time_rate" || o.metric == "late_rate"
            else { continue }
            let key = FigureKey(unit: "Huyện Đam Rông", tier: nil, period: "2022-H1", metric: o.metric)
            let got = try #require(fromLog[key], "\(key)")
            if o.numerator != nil {
                #expect(got.numerator == o.numerator && got.denominator == o.denominator, "\(key)")
                // Reports round to two decimals: 7029 / 7088 = 99.17 %.
                #expect((got.value * 100).rounded() / 100 == o.value, "\(key)")
            } else {
                #expect(got.value == o.value, "\(key)")
            }
            checked += 1
        }
        #expect(checked == 6)  // received, resolved, on-time rate, late rate, pending, ineligible
    }
}

@Suite("Dossier logs: dates and headers")
struct DossierReadingTests {
    static func day(_ text: String) -> DayTime? {
        Array(text.utf8).withUnsafeBufferPointer { DateBytes.parse($0) }
    }

    /// 2024-01-05 is day 19727 since 1970-01-01; 2024-01-01 is Excel's day 45292.
    @Test(arguments: [
        ("05/01/2024", 19727, -1), ("5/1/2024", 19727, -1), (" 05/01/2024 08:00 ", 19727, 480),
        ("05/01/2024 08:00:59", 19727, 480), ("2024-01-05", 19727, -1), ("2024-01-05 10:00:00", 19727, 600),
        ("2024-01-05T10:00", 19727, 600), ("6/1/2024 9:05", 19728, 545), ("45292", 19723, -1),
        ("45299.5", 19730, 720), ("29/02/2024", 19782, -1), ("01/01/1970", 0, -1),
    ])
    func datesRead(text: String, day: Int, minute: Int) {
        #expect(Self.day(text) == DayTime(day: Int32(day), minute: Int16(minute)))
    }

    @Test(arguments: [
        "", "31/02/2022", "29/02/2023", "2022-13-01", "12/2022", "hôm qua", "32/01/2022 08:00", "05/01/24",
        "01/01/1899", "05/01/2024 24:00", "05/01/2024 08:60", "05/01/2024T08:00", "2024/01/05", "0", "3000000",
        "05/01/2024 08", "2024-01-05 10:00:00:00", "05-01-2024",
    ])
    func notDates(text: String) {
        #expect(Self.day(text) == nil)
    }

    @Test func aTimeOnTheSameDayIsNotBeforeADateAlone() throws {
        let received = try #require(Self.day("07/01/2024"))
        let returned = try #require(Self.day("07/01/2024 09:59"))
        #expect(!returned.isBefore(received) && !received.isBefore(returned))
        let receivedAt = try #require(Self.day("07/01/2024 10:00"))
        #expect(returned.isBefore(receivedAt))
    }

    @Test(arguments: [
        "Mã hồ sơ,Đơn vị tiếp nhận,Ngày tiếp nhận,Hạn xử lý", "ma ho so;don vi tiep nhan;ngay tiep nhan;han xu ly",
        "MÃ HỒ SƠ,Cơ quan tiếp nhận,Ngày nhận,Ngày hẹn trả,Trạng thái", "Dossier ID,Unit,Received,Due,Returned",
    ])
    func aLogIsToldByItsHeader(header: String) {
        let text =
            header + "\n"
            + "A1,X,05/01/2024,10/01/2024,,\n".replacingOccurrences(
                of: ",", with: header.contains(";") ? ";" : ",")
        let r = Loader.load(text: text, name: "log.csv")
        #expect(r.panel.files.first?.kind == .dossiers)
        #expect(r.panel.observations.contains { $0.metric == "dossiers_received" && $0.value == 1 })
    }

    @Test func aLogWithoutChannelsSaysNothingOfOnlineFiling() {
        let r = Loader.load(
            text: "Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Hạn xử lý\nA1,X,05/01/2024,10/01/2024\n", name: "l.csv")
        #expect(!r.panel.observations.isEmpty)
        #expect(!r.panel.observations.contains { $0.metric == "online_filing_rate" || $0.metric == "dossiers_online" })
    }

    @Test func periodsAreWrittenOnlyWhenTheLogCoversThem() {
        // January–June: months, two quarters, the first half; no 9 months, no year.
        let periods = DossierPeriod.allCases.flatMap { $0.periods(from: 2022 * 12, to: 2022 * 12 + 5) }
        #expect(
            periods.map(\.description) == [
                "2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-Q1", "2022-Q2", "2022-H1",
            ])
    }

    @Test func fingerprintsFindRepeatsAcrossGrowth() {
        var set = Fingerprints(capacity: 4)
        for i in 0..<10_000 {
            let id = Array("H-\(i)".utf8)
            #expect(id.withUnsafeBufferPointer { set.insert($0) })
        }
        for i in stride(from: 0, to: 10_000, by: 997) {
            let id = Array("H-\(i)".utf8)
            #expect(!id.withUnsafeBufferPointer { set.insert($0) })
        }
        #expect(set.count == 10_000)
    }
}
