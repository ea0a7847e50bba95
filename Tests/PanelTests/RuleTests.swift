import Foundation
import Testing

@testable import Panel

/// Each rule's checks, one small table per problem: the code, the place (line:column, counted by
/// hand from the text) and whether the row was still used.
@Suite("Rules: every problem with its place")
struct RuleTests {
    /// `code@line:column` of each diagnostic, in the order reported.
    static func places(_ r: LoadResult) -> [String] {
        r.diagnostics.map { "\($0.code.rawValue)@\($0.location?.line ?? -1):\($0.location?.column ?? -1)" }
    }

    // MARK: Tidy

    @Test(arguments: [
        // A row missing a required cell yields nothing; the place is that cell, or just after the
        // row's last cell when the row is short.
        ("unit,period,metric,value\n,2022,par_index,5\n", "missing-unit@2:1"),
        ("unit,period,metric,value\nA,,par_index,5\n", "missing-period@2:3"),
        ("unit,period,metric,value\nA,2022,-,5\n", "missing-metric@2:8"),
        ("unit,period,metric,value\nA,20x,par_index,5\n", "bad-period@2:3"),
        ("unit,level,period,metric,value\nA,planet,2022,par_index,5\n", "bad-level@2:3"),
        ("unit,tier,period,metric,value\nA,galaxy,2022,par_index,5\n", "bad-tier@2:3"),
        ("unit,period,metric,value,rank\nA,2022,par_index,5,first\n", "bad-rank@2:20"),
        ("unit,period,metric,value,rank,rank_of\nA,2022,par_index,5,3/63,64\n", "rank-of-mismatch@2:25"),
        ("unit,period,metric,value,rank,rank_of\nA,2022,par_index,5,3,x\n", "not-a-number@2:22"),
        ("unit,period,metric,value\nA,2022,par_index,x86\n", "not-a-number@2:18"),
        ("unit,period,metric,value,numerator\nA,2022,par_index,5,12.5\n", "not-a-number@2:20"),
        ("unit,period,metric,value\nA,2022,par_index,NA\n", "empty-observation@2:18"),
    ])
    func aTidyRowWithAProblemIsNotUsed(_ text: String, _ expected: String) {
        let r = Loader.load(text: text, name: "t.csv")
        #expect(Self.places(r) == [expected], "\(text)")
        #expect(r.panel.observations.isEmpty)
    }

    @Test func everyProblemOfARowIsReportedNotOnlyTheFirst() {
        let r = Loader.load(
            text: "unit,level,tier,period,metric,value\nA,planet,galaxy,20x,par_index,x\n", name: "t.csv")
        #expect(Self.places(r) == ["bad-period@2:17", "bad-level@2:3", "bad-tier@2:10", "not-a-number@2:31"])
    }

    @Test func aUnitGivenAnotherLevelKeepsItsFirst() {
        let r = Loader.load(
            text: "unit,level,period,metric,value\nA,district,2022,pci,1\nA,province,2023,pci,2\n", name: "t.csv")
        #expect(Self.places(r) == ["level-mismatch@3:3"])
        #expect(r.panel.units.units.map(\.level) == [.district])
        #expect(r.panel.observations.count == 2)
    }

    @Test func theTableShapeIsChecked() {
        let text = "unit,period,metric,value,colour\nA,2022,pci,1,red,extra\nB,2022,pci\n"
        let r = Loader.load(text: text, name: "t.csv")
        #expect(
            Self.places(r) == [
                "unused-column@1:26", "too-many-cells@2:18", "too-few-cells@3:1", "empty-observation@3:12",
            ])
        #expect(r.panel.observations.count == 1)
    }

    @Test func aRateGivenAsCountsGetsItsValueAndAnUnknownMetricIsWarnedOncePerFile() throws {
        let text =
            "unit,period,metric,numerator,denominator\nA,2022,on_time_rate,7029,7088\nA,2022,ontime,1,2\nB,2022,ontime,1,4\n"
        let r = Loader.load(text: text, name: "t.csv")
        #expect(Self.places(r) == ["unknown-metric@3:8"])
        let rate = try #require(r.panel.observations.first)
        #expect(rate.valueComputed && abs((rate.value ?? 0) - 100 * 7029 / 7088) < 1e-12)
        // An unknown metric is a plain number: given as counts, it is read as a percentage too.
        #expect(r.panel.observations.map(\.value) == [100 * 7029.0 / 7088, 50, 25])
    }

    @Test func aFileThatMixesDecimalSeparatorsIsReadByTheMajorityAndSaysSo() {
        let text = "unit,period,metric,value\nA,2022,pci,86.4\nB,2022,pci,\"86,4\"\nC,2022,pci,77.5\n"
        let r = Loader.load(text: text, name: "t.csv")
        #expect(Self.places(r) == ["mixed-decimal@0:0", "not-a-number@3:12"])
        #expect(r.panel.observations.compactMap(\.value) == [86.4, 77.5])
    }

    // MARK: Wide

    @Test func aWideTableReadsEachPeriodCellAndNamesTheColumnOfABadOne() {
        let text = "unit,2021,2022,metric\nA,1.5,2,par_index\n,3,4,par_index\nB,x,5,par_index\n"
        let r = Loader.load(text: text, name: "t.csv")
        #expect(Self.places(r) == ["missing-unit@3:1", "not-a-number@4:3"])
        #expect(r.diagnostics[1].message == "'x' is not a number in column 2021")
        #expect(r.panel.observations.map(\.value) == [1.5, 2, 5])
        #expect(r.panel.files.first?.kind == .wide)
    }

    @Test func aWideTableWithoutAMetricIsAnErrorUnlessGivenOne() {
        let text = "unit,2021,2022\nA,1,2\n"
        #expect(Self.places(Loader.load(text: text, name: "t.csv")) == ["wide-without-metric@1:1"])
        let given = Loader.load(text: text, name: "t.csv", options: LoadOptions(metric: "PAR INDEX"))
        #expect(given.diagnostics.isEmpty)
        #expect(given.panel.observations.map(\.metric) == ["par_index", "par_index"])
    }

    // MARK: Metrics, targets, crosswalk

    @Test func metricDefinitionsAreCheckedRowByRow() {
        let text = """
            id,name_vi,name_en,kind,better,min,max
            x,X vi,X en,percent,higher,0,100
            ,a,b,percent,higher,,
            y,,,planet,higher,,
            z,,,points,up,,
            w,,,points,lower,abc,5

            """
        let r = Loader.load(text: text, name: "metrics.csv")
        #expect(Self.places(r) == ["missing-metric@3:1", "bad-kind@4:5", "bad-direction@5:12", "not-a-number@6:18"])
        #expect(r.panel.metrics["x"]?.nameVi == "X vi" && r.panel.metrics["x"]?.max == 100)
        #expect(r.panel.metrics["y"] == nil && r.panel.metrics["w"] == nil)
    }

    @Test func targetsAreCheckedRowByRow() {
        let text = """
            unit,level,parent,metric,comparator,target,by_period,source,note
            A,province,,par_index,≥,90,2025,s,n
            B,,,par_index,!!,1,2025,,
            ,,,x,>=,1,2025,,
            C,,,par_index,>=,x,2025,,
            D,,,par_index,>=,1,20x,,

            """
        let r = Loader.load(text: text, name: "targets.csv")
        #expect(
            Self.places(r) == ["bad-comparator@3:15", "incomplete-target@4:1", "not-a-number@5:18", "bad-period@6:20"])
        #expect(r.panel.targets.count == 1)
        #expect(r.panel.targets.first?.comparator == .atLeast && r.panel.targets.first?.target == 90)
    }

    @Test func aCrosswalkRowNeedsBothProvinces() {
        let text =
            "old_province,new_province,change,effective,source\nBình Phước,Đồng Nai,merged,2025-07-01,NQ\n,X,,,\n"
        let r = Loader.load(text: text, name: "crosswalk.csv")
        #expect(Self.places(r) == ["incomplete-crosswalk@3:1"])
        #expect(r.panel.crosswalk.entries.map(\.newUnit) == ["Đồng Nai"])
    }

    // MARK: Files and layouts

    @Test func filesThatHoldNoTableSayWhy() {
        #expect(Self.places(Loader.load(text: "", name: "t.csv")) == ["empty-file@1:0"])
        #expect(Self.places(Loader.load(text: "unit,period,metric,value\n", name: "t.csv")) == ["no-rows@1:1"])
        #expect(Self.places(Loader.load(text: "a,b,c\n1,2,3\n", name: "t.csv")) == ["unknown-layout@1:1"])
        #expect(Self.places(Loader.load(text: "a,b\n\u{0}", name: "t.csv")) == ["not-text@2:1"])
        #expect(Self.places(Loader.load(["/nonexistent/parlens"])) == ["no-such-file@0:0"])
    }

    @Test func anEmptyFolderIsAWarning() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlens-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(Self.places(Loader.load([dir.path])) == ["empty-folder@0:0"])
    }
}

@Suite("Load order")
struct LoadOrderTests {
    @Test func metricDefinitionsApplyWhateverTheOrderOfTheInputs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlens-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let figures = dir.appendingPathComponent("a_figures.csv").path
        let metrics = dir.appendingPathComponent("z_definitions.csv").path
        // A count metric: "7.554" is seven thousand five hundred and fifty-four, not 7.554.
        try "unit,period,metric,value\nA,2022,cases_handled,7.554\n".write(
            toFile: figures, atomically: true, encoding: .utf8)
        try "id,name_vi,name_en,kind,better,min,max\ncases_handled,Số vụ,Cases handled,count,none,0,\n".write(
            toFile: metrics, atomically: true, encoding: .utf8)
        for order in [[figures, metrics], [metrics, figures], [dir.path]] {
            let r = Loader.load(order)
            #expect(r.diagnostics.isEmpty, "\(order): \(r.diagnostics.map(\.code.rawValue))")
            #expect(r.panel.observations.map(\.value) == [7554], "\(order)")
        }
    }
}

@Suite("Tables as offices write them")
struct OfficeTableTests {
    /// A department table as a Sở Nội vụ keeps it: a row-number column, Vietnamese headers, a
    /// notes column, a repeated row and a total row.
    static let table = """
        STT;Đơn vị;Năm 2021;Năm 2022;Ghi chú
        1;Sở Tư pháp;86,45;88,12;
        2;Sở Y tế;85,10;86,00;
        3;Sở Tư pháp;86,45;88,12;dòng lặp
        ;Tổng cộng;85,78;87,06;

        """

    @Test func aRowNumberColumnIsNotTheUnitAndANotesColumnIsRead() throws {
        let r = Loader.load(text: Self.table, name: "so.csv", options: LoadOptions(metric: "par_index"))
        let names = r.panel.units.units.map(\.name)
        #expect(names == ["Sở Tư pháp", "Sở Y tế", "Tổng cộng"], "\(names)")
        // No column left unread, and the repeated row is reported (it was not, with row numbers as units).
        #expect(r.diagnostics.map(\.code.rawValue) == ["duplicate", "duplicate"], "\(r.diagnostics.map(\.formatted))")
        #expect(r.panel.observations.first { $0.note != nil }?.note == "dòng lặp")
        #expect(r.panel.observations.first?.value == 86.45)
    }
}

@Suite("Inputs that are not files")
struct SpecialInputTests {
    @Test func aFIFOADeviceAndALinkToADeviceAreRefusedNotRead() throws {
        // Before: a FIFO waited for ever; /dev/zero was read until memory ran out.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlens-special-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("p.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let folder = dir.appendingPathComponent("d")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("x.csv").path, withDestinationPath: "/dev/zero")
        try "unit,period,metric,value\nA,2022,pci,60\n".write(
            to: folder.appendingPathComponent("y.csv"), atomically: true, encoding: .utf8)
        #expect(RuleTests.places(Loader.load([fifo])) == ["not-a-file@0:0"])
        #expect(
            Loader.load([fifo]).diagnostics.first?.message == "this is a FIFO (named pipe), not a file: it is not read")
        #expect(RuleTests.places(Loader.load(["/dev/zero"])) == ["not-a-file@0:0"])
        let walked = Loader.load([folder.path])
        #expect(RuleTests.places(walked) == ["not-a-file@0:0"])
        #expect(walked.panel.observations.count == 1)  // the regular file beside it is read
    }

    @Test func aFolderWithTooManyEntriesIsRefusedNotWalked() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlens-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<12 {
            try "x".write(to: dir.appendingPathComponent("f\(i).txt"), atomically: true, encoding: .utf8)
        }
        #expect(FileAccess.csvFiles(in: dir.path, limit: 10) == nil)
        #expect(FileAccess.csvFiles(in: dir.path, limit: 20)?.files == [])
    }
}
