import Analysis
import GSL
import Messages
import Panel
import Statistics
import Testing

/// What analyses leave out and refuse, as users read it: the same sentences as before the catalog.
@Suite("Omissions, errors and conflicts in words")
struct AnalysisMessageTests {
    let en = Catalog(.en)
    let vi = Catalog(.vi)

    @Test func omissions() {
        #expect(
            en(.tooFewUnits(.pairedT, needed: 2, got: 1)) == "paired t: needs at least 2 units in both periods, got 1")
        #expect(en(.tooFewPoints(needed: 3, got: 1)) == "1 point: trend tests need at least 3")
        #expect(en(.tooFewPoints(needed: 3, got: 2)) == "2 points: trend tests need at least 3")
        #expect(en(.flatLine) == "all values are equal: the line is flat and has no p-value")
        let few = StatisticsError.tooFewValues(method: "Kendall tau-b (scipy.stats.kendalltau)", needed: 3, got: 1)
        // A reader gets the test's name and why; the JSON notes also name the method.
        #expect(en(.failed(.kendall, few)) == "Kendall: needs at least 3 figures, has 1")
        #expect(vi(.failed(.kendall, few)) == "Kendall: cần ít nhất 3 số liệu, chỉ có 1")
        #expect(
            Catalog.scriptText(.failed(.kendall, few))
                == "Kendall: Kendall tau-b (scipy.stats.kendalltau) needs at least 3 values, got 1")
        #expect(en(.failed(.sen, few)) == "Sen's slope: needs at least 3 figures, has 1")
        // The trend tests' errors name their method themselves.
        #expect(Catalog.scriptText(.failed(.sen, few)) == few.description)
        #expect(Catalog.scriptText(.flatLine) == en(.flatLine))
        #expect(
            en(.notComputed(.flatLine)) == "Not computed: all values are equal: the line is flat and has no p-value")
        #expect(vi(.notComputed(.flatLine)).hasPrefix("Không tính được: "))
    }

    @Test(arguments: [
        StatisticsError.tooFewValues(method: "summary", needed: 1, got: 0),
        .nonFinite(method: "summary", index: 2),
        .lengthMismatch(method: "paired t", first: 3, second: 4),
        .degenerate(method: "Pearson", reason: .constantSample(1)),
        .invalidArgument(method: "Wilson", reason: .trials(0)),
    ])
    func statisticsErrorsReadAsTheirDescription(_ error: StatisticsError) {
        #expect(en(error) == error.description)
        #expect(!vi(error).isEmpty)
    }

    /// The notes a report shows speak to an analyst: no scipy, statsmodels, pymannkendall or GSL
    /// function names, whatever test refused and why.
    @Test(arguments: StatisticalTest.allCases)
    func readersSeeNoFunctionNames(_ test: StatisticalTest) {
        let method = "Spearman rank correlation (scipy.stats.spearmanr)"
        let errors: [StatisticsError] = [
            .tooFewValues(method: method, needed: 3, got: 2), .nonFinite(method: method, index: 1),
            .lengthMismatch(method: method, first: 3, second: 4),
            .degenerate(method: method, reason: .constantSample(1)),
            .invalidArgument(method: method, reason: .confidenceLevel(2.0)),
            .numeric(GSLError(code: .domain, function: "gsl_fit_linear", reason: "input domain error")),
        ]
        for error in errors {
            for text in [en(.failed(test, error)), vi(.failed(test, error)), en(.notComputed(.failed(test, error)))] {
                #expect(!["scipy", "statsmodels", "pymannkendall", "gsl_"].contains { text.contains($0) }, "\(text)")
            }
        }
        #expect(Catalog.scriptText(.failed(test, errors[0])).contains("scipy.stats.spearmanr"))
    }

    @Test(arguments: Note.allCases)
    func notesReadAsStatisticsWordsThem(_ note: Note) {
        #expect(en(note) == note.text)
        #expect(!vi(note).isEmpty)
    }

    @Test func analysisErrors() {
        #expect(
            en(AnalysisError.unknownMetric("par_indx", suggestions: ["par_index"]))
                == "no metric 'par_indx'; did you mean 'par_index'?")
        #expect(en(AnalysisError.unknownPeriod("xyz", .unreadable, suggestions: [])) == "cannot read the period 'xyz'")
        #expect(
            en(AnalysisError.unknownPeriod("2099", .noFigures(metric: "par_index"), suggestions: ["2023", "2024"]))
                == "par_index has no figures for '2099'; did you mean '2023', '2024'?")
        #expect(
            en(AnalysisError.noData(.noFigures(metric: "par_index", periods: [.year(2023), .year(2024)])))
                == "no par_index figures for 2023 or 2024 in this selection")
        #expect(en(AnalysisError.noData(.noFigures(metric: "pci", periods: []))) == "no pci figures in this selection")
        #expect(
            en(AnalysisError.noData(.noFiguresOfEither("par_index", "sipas", period: .year(2024))))
                == "no figures of par_index or sipas for 2024 in this selection")
        #expect(en(AnalysisError.noData(.unitHasNoFigures(unit: "A", metric: "pci"))) == "A has no pci figures")
        let twins = [
            Unit(name: "Châu Thành", level: .district, parent: "Tiền Giang"),
            Unit(name: "Châu Thành", level: .district, parent: "Đồng Tháp"),
        ]
        #expect(
            en(AnalysisError.unknownUnit(.ambiguous(query: "chau thanh", candidates: twins)))
                == "'chau thanh' matches 2 units: Châu Thành (district, Tiền Giang); Châu Thành (district, Đồng Tháp); add --level or --parent, or type more of the name"
        )
        #expect(
            vi(AnalysisError.unknownUnit(.ambiguous(query: "chau thanh", candidates: twins)))
                == "'chau thanh' khớp với 2 đơn vị: Châu Thành (huyện, thuộc Tiền Giang); Châu Thành (huyện, thuộc Đồng Tháp); thêm --level hoặc --parent, hoặc gõ thêm tên"
        )
        #expect(en(AnalysisError.unknownUnit(.notFound(query: "X", suggestions: []))) == "no unit matches 'X'")
    }

    @Test func conflicts() throws {
        let panel = Loader.load(
            text: "unit,period,metric,value\nA,2023,par_index,91.87\nA,2023,par_index,91.81\n", name: "d.csv"
        ).panel
        let conflict = try #require(try MetricView(panel: panel, metric: "par_index").conflicts.first)
        #expect(en(conflict) == "A 2023: using 91.87 (d.csv:2); d.csv:3 gives 91.81")
        #expect(en(.conflictingSources) == "Conflicting sources (the first row is used):")
        #expect(vi(.conflictingSources) == "Nguồn mâu thuẫn (dùng dòng đầu tiên):")
    }
}
