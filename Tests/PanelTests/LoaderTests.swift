import Foundation
import PanelTestSupport
import Testing

@testable import Panel

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let fixtures = repositoryRoot.appendingPathComponent("Tests/PanelTests/Fixtures")

/// A comparable view of an observation, independent of file positions.
struct Fact: Hashable, CustomStringConvertible {
    var unit: String, parent: String?, level: UnitLevel?, period: String, metric: String, tier: Tier?
    var value: Double?, numerator: Double?, denominator: Double?, rank: Int?, rankOf: Int?
    var source: String?, note: String?
    var description: String {
        "\(unit) \(period) \(metric) \(value.map { "\($0)" } ?? "-") rank \(rank.map(String.init) ?? "-")"
    }
}

func facts(_ result: LoadResult) -> Set<Fact> {
    Set(
        result.panel.observations.map { o in
            let u = result.panel.unit(of: o)
            return Fact(
                unit: u.name, parent: u.parent, level: u.level, period: o.period.description, metric: o.metric,
                tier: o.tier,
                value: o.value, numerator: o.numerator, denominator: o.denominator, rank: o.rank, rankOf: o.rankOf,
                source: o.source, note: o.note)
        })
}

func load(_ text: String, name: String = "t.csv", options: LoadOptions = LoadOptions()) -> LoadResult {
    Loader.load(text: text, name: name, options: options)
}

@Suite struct LoaderTests {
    @Test func messyFileGivesTheSameObservationsAsTheCleanOne() throws {
        let clean = Loader.load([fixtures.appendingPathComponent("clean.csv").path])
        let messy = Loader.load([fixtures.appendingPathComponent("messy.csv").path])
        #expect(clean.errors.isEmpty, "\(clean.errors.map(\.formatted))")
        #expect(messy.errors.isEmpty, "\(messy.errors.map(\.formatted))")
        #expect(clean.panel.observations.count == 8)
        #expect(facts(clean) == facts(messy))
        let file = try #require(messy.panel.files.first)
        #expect(file.delimiter == "semicolon")
        #expect(file.decimal == .comma)
        #expect(file.hadBOM)
        // Names are stored NFC whatever the file used.
        for u in messy.panel.units.units { #expect(u.name == u.name.precomposedStringWithCanonicalMapping) }
    }

    @Test func rateGivenOnlyAsCountsGetsItsValue() throws {
        let r = load("unit,period,metric,numerator,denominator\nĐam Rông,2022-H1,on_time_rate,7029,7088\n")
        let o = try #require(r.panel.observations.first)
        #expect(o.valueComputed)
        #expect(abs(try #require(o.value) - 100.0 * 7029 / 7088) < 1e-12)
    }

    @Test func impliedDenominator() throws {
        let r = Loader.load([fixtures.appendingPathComponent("clean.csv").path])
        let o = try #require(r.panel.observations.first { $0.metric == "online_filing_rate" })
        #expect(abs(try #require(o.impliedDenominator) - 2384 / 0.5043) < 1e-9)
    }

    @Test func wideTableWithMetricColumn() throws {
        let r = Loader.load([fixtures.appendingPathComponent("wide.csv").path])
        #expect(r.errors.isEmpty)
        #expect(r.panel.files.first?.kind == .wide)
        let got = Set(r.panel.observations.map { "\(r.panel.unit(of: $0).name) \($0.period) \($0.value ?? -1)" })
        #expect(
            got == ["Hòa Bình 2022 86.12", "Hòa Bình 2023 86.89", "Quảng Ninh 2021 91.14", "Quảng Ninh 2023 92.18"])
    }

    @Test func wideTableNeedsAMetric() {
        let text = "unit,2022,2023\nHòa Bình,86.12,86.89\n"
        let without = load(text)
        #expect(without.errors.map(\.code.rawValue) == ["wide-without-metric"])
        let with = load(text, options: LoadOptions(metric: "par_index"))
        #expect(with.errors.isEmpty)
        #expect(with.panel.observations.map(\.metric) == ["par_index", "par_index"])
        #expect(with.panel.observations.map(\.period.description) == ["2022", "2023"])
    }

    @Test func wideTableWithVietnamesePeriodHeaders() {
        let r = load(
            "Đơn vị;6 tháng đầu năm 2022;6 tháng cuối năm 2022\nĐam Rông;99,17;98,5\n",
            options: LoadOptions(metric: "on_time_rate"))
        #expect(r.errors.isEmpty)
        #expect(r.panel.observations.map(\.period.description) == ["2022-H1", "2022-H2"])
        #expect(r.panel.observations.map(\.value) == [99.17, 98.5])
    }

    @Test func missingMarkersAreNotZeros() {
        let r = load(
            "unit,period,metric,value,rank\nA,2022,par_index,NA,3\nB,2022,par_index,-,4\nC,2022,par_index,n/a,5\nD,2022,par_index,—,6\n"
        )
        #expect(r.errors.isEmpty)
        #expect(r.panel.observations.allSatisfy { $0.value == nil })
        #expect(r.panel.observations.map(\.rank) == [3, 4, 5, 6])
    }

    @Test func decimalCanBeForced() {
        // A metric without a range: nothing settles "86,450", read with a point unless forced.
        let text = "unit,period,metric,value\nA,2022,custom_score,\"86,450\"\n"
        #expect(load(text).panel.observations.first?.value == 86450)
        #expect(load(text, options: LoadOptions(decimal: .comma)).panel.observations.first?.value == 86.45)
        // The ambiguous reading is stated.
        #expect(load(text).warnings.map(\.code.rawValue).contains("ambiguous-decimal"))
    }

    @Test func aMetricsRangeSettlesAnAmbiguousDecimalAndSaysSo() {
        // "86,450" as a PAR Index (0–100) can only be 86.45; stated once for the file.
        let tidy = "unit,period,metric,value\nA,2022,par_index,\"86,450\"\nB,2022,par_index,\"87,125\"\n"
        let r = load(tidy)
        #expect(r.panel.observations.map(\.value) == [86.45, 87.125])
        #expect(
            r.warnings.map(\.message) == [
                "no cell shows which decimal separator this file uses; '86,450' and the like were read with a decimal comma (86.45), the only reading that keeps par_index within its range 0–100"
            ])
        let wide = "unit,metric,2021,2022\nA,par_index,\"86,450\",\"87,125\"\n"
        #expect(load(wide).panel.observations.map(\.value) == [86.45, 87.125])
        // --decimal still wins.
        #expect(load(tidy, options: LoadOptions(decimal: .point)).panel.observations.map(\.value) == [86450, 87125])
    }

    @Test func countsReadThousandsSeparatorsEitherWay() {
        let r = load(
            "unit,period,metric,value\nA,2022,dossiers_received,7.554\nB,2022,dossiers_received,\"7,554\"\nC,2022,par_index,86.45\n"
        )
        #expect(r.errors.isEmpty)
        #expect(r.panel.observations.prefix(2).map(\.value) == [7554, 7554])
    }

    @Test func unknownMetricIsAcceptedWithAWarning() {
        let r = load("unit,period,metric,value\nA,2022,par_indx,86.45\n")
        #expect(r.errors.isEmpty)
        #expect(r.panel.observations.count == 1)
        let w = r.warnings.first { $0.code == .unknownMetric }
        #expect(w?.message.contains("did you mean 'par_index'") == true)
    }

    @Test func metricsFileDefinesMetrics() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlens-metrics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "unit,period,metric,value\nA,2022,my_rate,55.5\n".write(
            to: dir.appendingPathComponent("a.csv"), atomically: true, encoding: .utf8)
        try
            "id,name_vi,name_en,kind,better,min,max\nmy_rate,Tỷ lệ của tôi,My rate,percent,higher,0,100\npar_index,PAR,PAR override,percent,higher,0,50\n"
            .write(to: dir.appendingPathComponent("metrics.csv"), atomically: true, encoding: .utf8)
        let r = Loader.load([dir.path])
        #expect(r.errors.isEmpty)
        #expect(r.warnings.isEmpty, "\(r.warnings.map(\.formatted))")
        #expect(r.panel.metrics["my_rate"]?.kind == .percent)
        #expect(r.panel.metrics["par_index"]?.max == 50)
        #expect(r.panel.files.map(\.kind) == [.metrics, .tidy])
    }

    @Test func nothingIsWrittenToInputFiles() throws {
        let path = fixtures.appendingPathComponent("messy.csv").path
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        _ = Loader.load([path])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// Generated demo data lives in a folder named `synthetic`; loading the folder above it
    /// leaves it out, naming it (or a file in it) loads it.
    @Test func aSyntheticFolderIsLoadedOnlyWhenNamed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parlens-\(UUID().uuidString)")
        let synthetic = root.appendingPathComponent("sub/Synthetic")
        try FileManager.default.createDirectory(at: synthetic, withIntermediateDirectories: true)
        let header = "unit,level,period,metric,value,source\n"
        try (header + "Hà Nội,province,2024,par_index,90.1,real\n").write(
            to: root.appendingPathComponent("real.csv"), atomically: true, encoding: .utf8)
        try (header + "Tỉnh Mẫu (synthetic),province,2024,par_index,95,synthetic: test\n").write(
            to: synthetic.appendingPathComponent("demo.csv"), atomically: true, encoding: .utf8)
        func units(_ paths: [URL]) -> [String] {
            Loader.load(paths.map(\.path)).panel.units.units.map(\.name).sorted()
        }
        #expect(units([root]) == ["Hà Nội"])
        #expect(units([synthetic]) == ["Tỉnh Mẫu (synthetic)"])
        #expect(units([synthetic.appendingPathComponent("demo.csv")]) == ["Tỉnh Mẫu (synthetic)"])
        #expect(units([root, synthetic]) == ["Hà Nội", "Tỉnh Mẫu (synthetic)"])
        #expect(Loader.dataFiles(in: root.path) == [root.appendingPathComponent("real.csv").path])
    }

    @Test func bundledDatasetsLoadWithoutErrors() {
        let r = Loader.load([repositoryRoot.appendingPathComponent("datasets").path])
        #expect(r.errors.isEmpty, "\(r.errors.prefix(5).map(\.formatted))")
        #expect(r.panel.observations.count > 1500)
        #expect(r.panel.targets.count == 7)
        // The synthetic demo province is not real data: a walk of datasets/ leaves it out.
        #expect(!r.panel.units.units.contains { $0.name.contains("synthetic") })
        #expect(!r.panel.files.contains { $0.path.contains("/synthetic/") })
        #expect(r.panel.crosswalk.count == 63)
        // The crosswalk reaches units named differently ("Hồ Chí Minh", "Huế").
        let hcm = r.panel.units.units.first { $0.name == "Thành phố Hồ Chí Minh" }
        #expect(hcm?.successor == "Hồ Chí Minh")
        let hue = r.panel.units.units.first { $0.name == "Thừa Thiên Huế" }
        #expect(hue?.successor == "Huế")
    }
}

/// Malformed input: one error, on the right line and column, never a crash.
@Suite struct MalformedInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var code: String
        var line: Int
        var column: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "not a number", text: "unit,period,metric,value\nA,2022,par_index,86.4\nB,2022,par_index,abc\n",
            code: "not-a-number", line: 3, column: 18),
        Case(
            name: "bad period", text: "unit,period,metric,value\nA,2022-H3,par_index,86.4\n", code: "bad-period",
            line: 2, column: 3),
        Case(
            name: "value after a multi-line note",
            text: "note,unit,period,metric,value\n\"two\nlines\",A,2022,par_index,x86\n", code: "not-a-number", line: 3,
            column: 25),
        Case(
            name: "unterminated quote", text: "unit,period,metric,value\nA,2022,par_index,\"86.4\n",
            code: "unterminated-quote", line: 2, column: 18),
        Case(
            name: "decimal comma unquoted", text: "unit,period,metric,value\nHòa Bình,2023,par_index,86,89\n",
            code: "too-many-cells", line: 2, column: 28),
        Case(
            name: "bad level", text: "unit,level,period,metric,value\nA,planet,2022,par_index,1\n", code: "bad-level",
            line: 2, column: 3),
        Case(
            name: "bad tier", text: "unit,tier,period,metric,value\nA,galaxy,2022,par_index,1\n", code: "bad-tier",
            line: 2, column: 3),
        Case(
            name: "bad rank", text: "unit,period,metric,value,rank\nA,2022,par_index,1,first\n", code: "bad-rank",
            line: 2, column: 20),
        Case(
            name: "fractional count", text: "unit,period,metric,numerator,denominator\nA,2022,on_time_rate,12.5,20\n",
            code: "not-a-number", line: 2, column: 21),
        Case(
            name: "empty unit", text: "unit,period,metric,value\n,2022,par_index,1\n", code: "missing-unit", line: 2,
            column: 1),
        Case(name: "no layout", text: "foo,bar\n1,2\n", code: "unknown-layout", line: 1, column: 1),
        Case(name: "empty file", text: "", code: "empty-file", line: 1, column: 0),
        Case(name: "binary", text: "unit,period\u{0}\u{1}\u{2}", code: "not-text", line: 1, column: 12),
        Case(
            name: "conflicting duplicate",
            text: "unit,period,metric,value\nA,2022,par_index,80\nB,2022,par_index,81\nA,2022,par_index,82\n",
            code: "conflicting-duplicate", line: 4, column: 18),
    ]

    @Test(arguments: cases) func reportsTheRightPlace(_ c: Case) throws {
        let r = load(c.text, name: "bad.csv")
        let error = try #require(r.errors.first, "no error for \(c.name); got \(r.diagnostics.map(\.formatted))")
        #expect(r.errors.count == 1, "\(r.errors.map(\.formatted))")
        #expect(error.code.rawValue == c.code)
        #expect(error.location?.file == "bad.csv")
        #expect(error.location?.line == c.line)
        #expect(error.location?.column == c.column)
    }

    @Test func conflictingDuplicateNamesBothLines() throws {
        let r = load("unit,period,metric,value\nA,2022,par_index,80\nA,2022,par_index,82\n", name: "dup.csv")
        let e = try #require(r.errors.first)
        #expect(
            e.formatted == """
                dup.csv:3:18: error: A · 2022 · par_index is given twice with different figures (value 80 vs 82); the other row is dup.csv:2 [conflicting-duplicate]
                  hint: keep the right row, or give each row its own source so that `parlens check` lists them as a conflict between sources
                """)
    }

    @Test func equalDuplicateIsAWarning() {
        let r = load("unit,period,metric,value\nA,2022,par_index,80.0\nA,2022,par_index,80\n")
        #expect(r.errors.isEmpty)
        #expect(r.warnings.map(\.code.rawValue) == ["duplicate"])
    }

    @Test func differentSourcesAreNotALoadError() {
        let r = load("unit,period,metric,value,source\nA,2022,par_index,80,X\nA,2022,par_index,82,Y\n")
        #expect(r.errors.isEmpty)
        #expect(r.panel.observations.count == 2)
    }

    @Test func exactTextOfANumberError() throws {
        let r = load(
            "unit,period,metric,value\nA,2022,par_index,\"99,17\"\nB,2022,par_index,86.45\nC,2022,par_index,77.5\n",
            name: "x.csv")
        let e = try #require(r.errors.first)
        #expect(
            e.formatted == """
                x.csv:2:18: error: '99,17' is not a number in column value [not-a-number]
                  hint: this file is read with a decimal point; pass --decimal comma if '99,17' is right
                """)
    }

    @Test func allProblemsAreReportedInOneRun() {
        let r = load("unit,period,metric,value\nA,2022,par_index,x\nB,20x,par_index,1\nC,2022,par_index,y\n")
        #expect(r.errors.map(\.location?.line) == [2, 3, 4])
    }

    @Test func aHundredMegabyteLineDoesNotCrash() {
        var bytes = Array("unit,period,metric,value\nA,2022,par_index,".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "9"), count: 100_000_000)
        var loader = Loader()
        loader.add(bytes: bytes, name: "huge.csv")
        let r = loader.finish()
        #expect(r.panel.observations.isEmpty)
        #expect(r.errors.map(\.code.rawValue) == ["not-a-number"])
    }

    @Test func headerOnlyFileIsAnError() {
        // A file that should hold figures and holds none stops the analyses (exit 1), as any data error.
        let r = load("unit,period,metric,value\n")
        #expect(r.warnings.isEmpty)
        #expect(r.errors.map(\.code.rawValue) == ["no-rows"])
    }

    @Test func anEmptyFileIsReportedAtItsFirstLine() {
        let r = load("", name: "empty.csv")
        #expect(
            r.errors.map(\.formatted) == [
                "empty.csv:1: error: the file is empty [empty-file]\n  hint: a tidy file starts with a header: unit,period,metric,value"
            ])
    }
}
