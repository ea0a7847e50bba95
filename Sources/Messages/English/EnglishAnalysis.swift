import Analysis
import Panel

extension English {
    /// An omission as a report's reader reads it: the test's short name and why, without the
    /// function it was checked against ("Spearman: needs at least 3 figures, has 2").
    static func text(_ omission: Omission) -> String {
        switch omission {
        case .failed(let test, let error): "\(name(of: test)): \(reason(error))"
        case .tooFewUnits, .tooFewPoints, .flatLine, .percentChangeOfRank: scriptText(omission)
        }
    }

    /// An omission as the JSON notes give it: a refused test names its method and the function
    /// it agrees with ("Spearman: Spearman rank correlation (scipy.stats.spearmanr) needs …").
    static func scriptText(_ omission: Omission) -> String {
        switch omission {
        case .failed(let test, let error):
            switch test {
            // The errors of the trend tests name their method already.
            case .ols, .mannKendall, .sen: text(error)
            case .pairedT, .wilcoxon, .pearson, .spearman, .kendall: "\(name(of: test)): \(text(error))"
            }
        case .tooFewUnits(let test, let needed, let got):
            "\(name(of: test)): needs at least \(needed) units in both periods, got \(got)"
        case .tooFewPoints(let needed, let got):
            "\(got) point\(got == 1 ? "" : "s"): trend tests need at least \(needed)"
        case .flatLine:
            "all values are equal: the line is flat and has no p-value"
        case .percentChangeOfRank:
            "percent change: a change of rank is counted in places, not in percent"
        }
    }

    /// A test's short name, as the notes of omissions give it.
    static func name(of test: StatisticalTest) -> String {
        switch test {
        case .pairedT: "paired t"
        case .wilcoxon: "Wilcoxon"
        case .pearson: "Pearson"
        case .spearman: "Spearman"
        case .kendall: "Kendall"
        case .ols: "OLS"
        case .mannKendall: "Mann–Kendall"
        case .sen: "Sen's slope"
        }
    }

    static func text(_ error: AnalysisError) -> String {
        switch error {
        case .unknownMetric(let query, let suggestions):
            "no metric '\(query)'" + didYouMean(suggestions)
        case .unknownUnit(let error):
            text(error)
        case .unknownPeriod(let query, .unreadable, let suggestions):
            "cannot read the period '\(query)'" + didYouMean(suggestions)
        case .unknownPeriod(let query, .noFigures(let metric), let suggestions):
            "\(metric) has no figures for '\(query)'" + didYouMean(suggestions)
        case .noData(.noFigures(let metric, let periods)):
            periods.isEmpty
                ? "no \(metric) figures in this selection"
                : "no \(metric) figures for \(periods.map(period).joined(separator: " or ")) in this selection"
        case .noData(.noFiguresOfEither(let first, let second, let period)):
            "no figures of \(first) or \(second) for \(self.period(period)) in this selection"
        case .noData(.noTargets(let metric)):
            "no targets for \(metric): give --value V --by PERIOD, or add a targets file"
        case .noData(.unitHasNoFigures(let unit, let metric)):
            "\(unit) has no \(metric) figures"
        case .noData(.partOfSuccessor(let unit, let successors, let effective, let metric, let p)):
            "\(unit) is part of \(names(successors)) from \(date(effective))"
                + (p.map { ": it has no \(metric) figures for \(period($0))" }
                    ?? ", and the data has no unit of that name")
                + "; ask for \(successors.map { "--unit '\($0)'" }.joined(separator: " or ")) (`compare --basis new` sets it against its old units)"
        case .incomparablePeriods(let earlier, let later, let reversed, let mixedKinds):
            "cannot compare \(period(earlier)) with \(period(later)): "
                + [
                    reversed ? "\(period(earlier)) comes after \(period(later))" : nil,
                    mixedKinds
                        ? "\(period(earlier)) is \(text(.periodKind(earlier))) but \(period(later)) is \(text(.periodKind(later)))"
                        : nil,
                ].compactMap { $0 }.joined(separator: "; ")
        }
    }

    static func text(_ error: LookupError) -> String {
        switch error {
        case .notFound(let query, let suggestions):
            "no unit matches '\(query)'" + didYouMean(suggestions)
        case .ambiguous(let query, let candidates):
            "'\(query)' matches \(candidates.count) units: \(candidates.map { text(.qualifiedUnit($0)) }.joined(separator: "; ")); add --level or --parent, or type more of the name"
        case .unknownParent(let query, let suggestions):
            "no unit has the parent '\(query)'" + didYouMean(suggestions)
        }
    }

    static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
    }

    static func text(_ conflict: MetricView.Conflict) -> String {
        "\(conflict.unitName) \(period(conflict.period)): using \(Agreement.format(conflict.used)) (\(conflict.usedAt.file):\(conflict.usedAt.line)); "
            + "\(conflict.otherAt.file):\(conflict.otherAt.line) gives \(Agreement.format(conflict.other))"
    }
}
