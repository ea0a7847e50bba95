import Panel
import Statistics
import Testing

@testable import Analysis

/// Results say what they left out as typed values, never as sentences.
@Suite("Omissions and errors are typed")
struct OmissionTests {
    static func view(_ text: String, _ metric: String = "par_index") throws -> MetricView {
        try MetricView(panel: Loader.load(text: text, name: "o.csv").panel, metric: metric)
    }

    static let header = "unit,level,period,metric,value\n"

    @Test func compareWithOneUnitInBothPeriodsHasTooFewUnits() throws {
        let v = try Self.view(
            Self.header + "A,district,2022,par_index,80\nA,district,2023,par_index,82\nB,district,2023,par_index,85\n")
        let r = try CompareResult(view: v, selection: Selection(), from: .year(2022), to: .year(2023), unit: nil)
        #expect(r.pairedT == nil)
        #expect(r.omissions == [.tooFewUnits(.pairedT, needed: 2, got: 1)])
        #expect(r.notInBoth == ["B"])
    }

    @Test func compareWithEqualChangesHasAFailedWilcoxon() throws {
        let rows = ["A", "B", "C"].map { "\($0),district,2022,par_index,80\n\($0),district,2023,par_index,80\n" }
        let v = try Self.view(Self.header + rows.joined())
        let r = try CompareResult(view: v, selection: Selection(), from: .year(2022), to: .year(2023), unit: nil)
        #expect(r.omissions.count == 2)
        #expect(r.omissions.allSatisfy { if case .failed = $0 { true } else { false } })
        #expect(r.omissions.contains { if case .failed(.wilcoxon, .degenerate) = $0 { true } else { false } })
    }

    @Test func shortAndFlatSeries() {
        let metric = Metric(id: "par_index", nameVi: "", nameEn: "", kind: .percent, better: .higher)
        let two = TrendResult(
            metric: metric, unit: "A",
            points: [.init(period: .year(2020), value: 1), .init(period: .year(2021), value: 2)])
        #expect(two.omissions == [.tooFewPoints(needed: 3, got: 2)])
        let flat = TrendResult(
            metric: metric, unit: "A", points: (2020...2023).map { .init(period: .year($0), value: 5) })
        #expect(flat.omissions.contains(.flatLine))
    }

    @Test func correlationOfTwoUnits() throws {
        let text =
            Self.header
            + "A,district,2022,par_index,80\nB,district,2022,par_index,81\nA,district,2022,papi,40\nB,district,2022,papi,42\n"
        let panel = Loader.load(text: text, name: "o.csv").panel
        let r = try CorrelationResult(
            MetricView(panel: panel, metric: "par_index"), MetricView(panel: panel, metric: "papi"),
            selection: Selection(), period: .year(2022))
        let tests = r.omissions.map { omission -> StatisticalTest? in
            if case .failed(let test, .tooFewValues(_, needed: 3, got: 2)) = omission { test } else { nil }
        }
        #expect(tests == [.pearson, .spearman, .kendall])
    }

    @Test func periodsAndEmptySelectionsAreTypedErrors() throws {
        let v = try Self.view(Self.header + "A,district,2022,par_index,80\n")
        #expect(throws: AnalysisError.unknownPeriod("x", .unreadable, suggestions: [])) { try v.lookupPeriod("x") }
        #expect(throws: AnalysisError.unknownPeriod("2030", .noFigures(metric: "par_index"), suggestions: ["2022"])) {
            try v.lookupPeriod("2030")
        }
        #expect(throws: AnalysisError.noData(.noFigures(metric: "par_index", periods: [.year(2022)]))) {
            try RankResult(view: v, selection: Selection(level: .province), period: .year(2022), versus: nil, top: nil)
        }
        #expect(throws: AnalysisError.noData(.noTargets(metric: "par_index"))) {
            try TargetResult(view: v, selection: Selection(), unit: nil, value: nil, comparator: nil, by: nil)
        }
    }

    @Test func conflictsKeepBothFiguresAndWhereTheyAre() throws {
        let v = try Self.view(Self.header + "A,district,2022,par_index,80\nA,district,2022,par_index,81\n")
        let c = try #require(v.conflicts.first)
        #expect(c.unitName == "A" && c.period == .year(2022))
        #expect(c.used == 80 && c.usedAt.line == 2)
        #expect(c.other == 81 && c.otherAt.line == 3)
    }
}
