import Analysis
import Panel

extension Vietnamese {
    static func text(_ omission: Omission) -> String {
        switch omission {
        case .failed(let test, let error): "\(name(of: test)): \(reason(error))"
        case .tooFewUnits: English.text(omission)  // vi: untranslated (issue 15)
        case .tooFewPoints: English.text(omission)  // vi: untranslated (issue 15)
        case .flatLine: English.text(omission)  // vi: untranslated (issue 15)
        case .percentChangeOfRank: "thay đổi %: thay đổi thứ hạng tính bằng bậc, không tính bằng phần trăm"
        }
    }

    /// A test's short name, as the notes of omissions give it.
    static func name(of test: StatisticalTest) -> String {
        switch test {
        case .pairedT: English.name(of: test)  // vi: untranslated (issue 15)
        case .wilcoxon: "Wilcoxon"
        case .pearson: "Pearson"
        case .spearman: "Spearman"
        case .kendall: "Kendall"
        case .ols: "OLS"
        case .mannKendall: "Mann–Kendall"
        case .sen: English.name(of: test)  // vi: untranslated (issue 15)
        }
    }

    static func text(_ error: AnalysisError) -> String {
        switch error {
        case .unknownMetric: English.text(error)  // vi: untranslated (issue 15)
        case .unknownUnit(let error):
            text(error)
        case .unknownPeriod: English.text(error)  // vi: untranslated (issue 15)
        case .noData(.noFigures): English.text(error)  // vi: untranslated (issue 15)
        case .noData(.noFiguresOfEither): English.text(error)  // vi: untranslated (issue 15)
        case .noData(.noTargets): English.text(error)  // vi: untranslated (issue 15)
        case .noData(.unitHasNoFigures): English.text(error)  // vi: untranslated (issue 15)
        case .incomparablePeriods(let earlier, let later, let reversed, let mixedKinds):
            "không so sánh được \(earlier) với \(later): "
                + [
                    reversed ? "kỳ \(earlier) ở sau kỳ \(later)" : nil,
                    mixedKinds
                        ? "\(earlier) là \(text(.periodKind(earlier))), còn \(later) là \(text(.periodKind(later))): hai kỳ khác loại"
                        : nil,
                ].compactMap { $0 }.joined(separator: "; ")
        }
    }

    static func text(_ error: LookupError) -> String {
        switch error {
        case .notFound: English.text(error)  // vi: untranslated (issue 15)
        case .ambiguous: English.text(error)  // vi: untranslated (issue 15)
        case .unknownParent(let query, let suggestions):
            "không có đơn vị nào trực thuộc '\(query)'"
                + (suggestions.isEmpty ? "" : "; có phải là \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?")
        }
    }

    static func text(_ conflict: MetricView.Conflict) -> String {
        // vi: untranslated (issue 15)
        "\(conflict.unitName) \(conflict.period): using \(Agreement.format(conflict.used)) (\(conflict.usedAt.file):\(conflict.usedAt.line)); "
            + "\(conflict.otherAt.file):\(conflict.otherAt.line) gives \(Agreement.format(conflict.other))"
    }
}
