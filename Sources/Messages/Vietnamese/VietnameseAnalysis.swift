import Analysis
import Panel

extension Vietnamese {
    static func text(_ omission: Omission) -> String {
        switch omission {
        case .failed(let test, let error):
            switch test {
            // The errors of the trend tests name their method already.
            case .ols, .mannKendall, .sen: text(error)
            case .pairedT, .wilcoxon, .pearson, .spearman, .kendall: "\(name(of: test)): \(text(error))"
            }
        case .tooFewUnits(let test, let needed, let got):
            // vi: untranslated (issue 15)
            "\(name(of: test)): needs at least \(needed) units in both periods, got \(got)"
        case .tooFewPoints(let needed, let got):
            // vi: untranslated (issue 15)
            "\(got) point\(got == 1 ? "" : "s"): trend tests need at least \(needed)"
        case .flatLine:
            // vi: untranslated (issue 15)
            "all values are equal: the line is flat and has no p-value"
        }
    }

    /// A test's short name, as the notes of omissions give it.
    static func name(of test: StatisticalTest) -> String {
        switch test {
        case .pairedT: "paired t"  // vi: untranslated (issue 15)
        case .wilcoxon: "Wilcoxon"
        case .pearson: "Pearson"
        case .spearman: "Spearman"
        case .kendall: "Kendall"
        case .ols: "OLS"
        case .mannKendall: "Mann–Kendall"
        case .sen: "Sen's slope"  // vi: untranslated (issue 15)
        }
    }

    static func text(_ error: AnalysisError) -> String {
        switch error {
        case .unknownMetric(let query, let suggestions):
            // vi: untranslated (issue 15)
            "no metric '\(query)'" + didYouMean(suggestions)
        case .unknownUnit(let error):
            text(error)
        case .unknownPeriod(let query, .unreadable, let suggestions):
            // vi: untranslated (issue 15)
            "cannot read the period '\(query)'" + didYouMean(suggestions)
        case .unknownPeriod(let query, .noFigures(let metric), let suggestions):
            // vi: untranslated (issue 15)
            "\(metric) has no figures for '\(query)'" + didYouMean(suggestions)
        case .noData(.noFigures(let metric, let periods)):
            // vi: untranslated (issue 15)
            periods.isEmpty
                ? "no \(metric) figures in this selection"
                : "no \(metric) figures for \(periods.map(\.description).joined(separator: " or ")) in this selection"
        case .noData(.noFiguresOfEither(let first, let second, let period)):
            // vi: untranslated (issue 15)
            "no figures of \(first) or \(second) for \(period) in this selection"
        case .noData(.noTargets(let metric)):
            // vi: untranslated (issue 15)
            "no targets for \(metric): give --value V --by PERIOD, or add a targets file"
        case .noData(.unitHasNoFigures(let unit, let metric)):
            // vi: untranslated (issue 15)
            "\(unit) has no \(metric) figures"
        }
    }

    static func text(_ error: LookupError) -> String {
        switch error {
        case .notFound(let query, let suggestions):
            // vi: untranslated (issue 15)
            "no unit matches '\(query)'" + didYouMean(suggestions)
        case .ambiguous(let query, let candidates):
            // vi: untranslated (issue 15)
            "'\(query)' matches \(candidates.count) units: \(candidates.joined(separator: "; ")); add --level or --parent, or type more of the name"
        }
    }

    static func didYouMean(_ suggestions: [String]) -> String {
        // vi: untranslated (issue 15)
        suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
    }

    static func text(_ conflict: MetricView.Conflict) -> String {
        // vi: untranslated (issue 15)
        "\(conflict.unitName) \(conflict.period): using \(Agreement.format(conflict.used)) (\(conflict.usedAt.file):\(conflict.usedAt.line)); "
            + "\(conflict.otherAt.file):\(conflict.otherAt.line) gives \(Agreement.format(conflict.other))"
    }
}
