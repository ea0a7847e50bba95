import Analysis
import Messages
import Panel
import Testing

@Suite("Labels and terms")
struct LabelTests {
    @Test(arguments: Language.allCases)
    func everyLabelHasAForm(_ language: Language) {
        let say = Catalog(language)
        for label in Label.allCases {
            let text = say(label)
            #expect(!text.isEmpty, "\(label) is empty in \(language)")
            #expect(text == text.trimmingCharacters(in: .whitespaces), "\(label) has spaces around it in \(language)")
        }
    }

    @Test func englishLabelsAreDistinct() {
        let say = Catalog(.en)
        let texts = Label.allCases.map(say.callAsFunction)
        #expect(Set(texts).count == texts.count)
    }

    /// Labels the two languages write alike: symbols and the names of statistics.
    static let sameInBothLanguages: Set<Label> = [.p, .n, .pHolm, .mannKendall, .pearsonR, .spearmanRho, .kendallTauB]

    /// Issue 15: a label whose Vietnamese form is its English form is an untranslated label.
    @Test func everyLabelIsVietnamese() {
        let en = Catalog(.en)
        let vi = Catalog(.vi)
        for label in Label.allCases where !Self.sameInBothLanguages.contains(label) {
            #expect(vi(label) != en(label), "\(label): '\(vi(label))'")
        }
    }

    /// The columns of one table must not share a heading, in either language.
    static let tables: [[Label]] = [
        [.rank, .unit, .value, .officialRank, .previousValue, .previousRank, .change],
        [.unit, .change, .changePercent, .improved, .newcombeDifference, .p, .pHolm],
        [.test, .estimate, .confidenceInterval95, .p, .note],
        [.unit, .n, .series, .first, .last, .sensSlope, .pMannKendall, .pHolm, .verdict],
        [.metric, .kind, .better, .observationsShort, .units, .periods, .range],
        [.file, .layout, .rows, .delimiter, .decimal],
        [.location, .code, .problem],
        [.unit, .target, .latest, .gap, .projected, .wilson95, .verdict],
        [.observations, .units, .periods, .metrics, .sources, .targets, .crosswalk2025],
        [.n, .mean, .sd, .min, .q1, .median, .q3, .max, .distribution],
    ]

    @Test(arguments: Language.allCases)
    func columnsOfATableAreDistinct(_ language: Language) {
        let say = Catalog(language)
        for table in Self.tables {
            let texts = table.map(say.callAsFunction)
            #expect(Set(texts).count == texts.count, "\(table) in \(language)")
        }
    }

    @Test(arguments: Language.allCases)
    func everyTermHasAForm(_ language: Language) {
        let say = Catalog(language)
        var terms: [Term] = UnitLevel.allCases.map { .level($0) } + [.level(nil)]
        terms += [Period.Kind.year, .half, .quarter, .month, .cumulative, .years, .monthRange, .day].map {
            .periodKinds($0)
        }
        terms += MetricKind.allCases.flatMap { [Term.metricKind($0), .changeUnit($0)] }
        terms += Direction.allCases.flatMap { [Term.direction($0), .rule($0)] }
        terms += DecimalConvention.allCases.map { .decimal($0) } + Delimiter.allCases.map { .delimiter($0) }
        terms += [TargetResult.Verdict.met, .onTrack, .atRisk, .offTrack, .unknown].map { .targetVerdict($0) }
        terms += [TrendTable.Verdict.rising, .falling, .noTrend, .tooShort].map { .trendVerdict($0) }
        for term in terms { #expect(!say(term).isEmpty, "\(term) in \(language)") }
        let levels = (UnitLevel.allCases.map { Optional($0) } + [nil]).map { say(.level($0)) }
        #expect(Set(levels).count == levels.count)
    }

    /// Words the golden files and notebook renderings print in Vietnamese.
    @Test func vietnameseWordsOfTheGoldenFiles() {
        let vi = Catalog(.vi)
        #expect(vi(.officialRank) == "Hạng công bố")
        #expect(vi(.previousValue) == "Giá trị kỳ trước")
        #expect(vi(.changePercent) == "Thay đổi %")
        #expect(vi(.improved) == "Cải thiện")
        #expect(vi(.yes) == "có")
        #expect(vi(.level(.district)) == "huyện")
        #expect(vi(.level(.department)) == "sở, ngành")
        #expect(vi(.rule(.higher)) == "cao hơn là tốt hơn")
        #expect(vi(.rule(.lower)) == "thấp hơn là tốt hơn")
        #expect(vi(.changeUnit(.rank)) == "bậc")
        #expect(vi(.changeUnit(.percent)) == "điểm %")
        #expect(vi(.direction(.none)) == "—")
        #expect(Catalog(.en)(.direction(.none)) == "none")
    }
}
