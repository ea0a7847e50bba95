import Analysis
import Panel

extension English {
    static func text(_ finding: Finding) -> String {
        switch finding {
        case .notComputed(let omission):
            "Not computed: \(text(omission))"
        case .conflictingSources:
            "Conflicting sources (the first row is used):"
        case .targetRule:
            "met: the latest value meets the target; on track: the OLS projection to the target period meets it; at risk: only the 95% prediction interval reaches it; off track: the whole interval misses it; unknown: fewer than 3 points"
        case .levelChoice(let level, let others):
            "Level: \(level.map { text(.level($0)) } ?? "—") (also present: \(others.map { text(.level($0)) }.joined(separator: ", ")); use --level to choose)"
        case .movedUpMost(let units, let places):
            "Moved up most: \(units.joined(separator: ", ")) (+\(places) place\(places == 1 ? "" : "s"))"
        case .movedDownMost(let units, let places):
            "Moved down most: \(units.joined(separator: ", ")) (\(places) place\(places == -1 ? "" : "s"))"
        case .rankCorrelation(let rho, let rhoP, let tau, let tauP, let n):
            "Rank correlation with the earlier period: Spearman ρ = \(rho) (\(Notation.p(rhoP))), Kendall τ-b = \(tau) (\(Notation.p(tauP))), n = \(n)"
        case .notInBothPeriods(let units):
            "Not in both periods: \(units.joined(separator: ", "))"
        case .changes(let kind, let improved, let worsened):
            "Changes are in \(text(.changeUnit(kind))). \(improved) improved, \(worsened) worsened."
        case .pairedT(let meanChange, let interval, let t, let df, let p):
            "Paired t-test: mean change \(meanChange) \(interval), t = \(t), df = \(df), \(Notation.p(p))"
        case .wilcoxon(let w, let p, let method, let n):
            "Wilcoxon signed-rank: W = \(w), \(Notation.p(p)) (\(method.rawValue)), n = \(n)"
        case .onlyOneMetric(let units):
            "Only one of the two metrics: " + units.joined(separator: ", ")
        case .outliers(let units):
            "Outliers (> 3 scaled MAD from the median): " + (units.isEmpty ? "—" : units.joined(separator: ", "))
        case .trend(let verdict, let p, let exact):
            "Trend: \(text(.trendVerdict(verdict))) — Mann–Kendall \(Notation.p(p)) (\(exact ? "exact" : "normal approximation"))"
        case .changePerYear(let change, let kind):
            "Average change per year (first to last period): \(change) \(text(.changeUnit(kind)))"
        case .trendTooShort(let n, let p?, let exact, let alpha):
            "Trend: too short to conclude — with \(n) points Mann–Kendall cannot reach p < \(alpha) (\(Notation.p(p)), \(exact ? "exact" : "normal approximation"))"
        case .trendTooShort(let n, nil, _, _):
            "Trend: too short to conclude — \(n) point\(n == 1 ? "" : "s")"
        case .trendCounts(let rising, let falling, let noTrend, let tooShort, let shortest):
            "\(rising) rising, \(falling) falling, \(noTrend) no trend, \(tooShort) too short to conclude (fewer than \(shortest) points); Holm-adjusted p < 0.05, Mann–Kendall, normal approximation."
        case .forecastClipped(let range, let value, let interval):
            "The forecast and its interval are clipped to the metric's range (\(range)); the straight line gives \(value) \(interval)"
        case .projectionsClipped(let range, let units):
            "Projections and their intervals are clipped to the metric's range (\(range)): \(units.joined(separator: ", "))"
        case .mixedPeriods(let earlier, let later):
            "\(self.period(earlier)) is \(text(.periodKind(earlier))) but \(self.period(later)) is \(text(.periodKind(later))): periods of different kinds, compared as asked (--allow-mixed-periods)"
        case .rankChangeBasis(.official, let period, let versus):
            "Change: between the official ranks of \(self.period(versus)) and \(self.period(period)), as published (— where a unit lacks one, or the two rankings differ in size)"
        case .rankChangeBasis(.computed(let units), let period, let versus):
            "Change: between ranks computed among the same \(units) units in \(self.period(versus)) and \(self.period(period))"
        case .rankChangeBasis(.differentSets(let now, let before), let period, let versus):
            "No rank change: the data has no official ranks for both periods, and the computed ranks are among different units (\(now) with a \(self.period(period)) value, \(before) with a \(self.period(versus)) value)"
        case .rankedAmong(let ranked, let size, let period):
            "Rank: computed among the \(ranked) units with a \(self.period(period)) value, of \(size) in the published ranking"
        case .rankedAcrossParents(let level, let parents):
            "\(plural(level).prefix(1).uppercased() + plural(level).dropFirst()) of \(parents.count) \(plural(parentLevel(of: level))) ranked together (\(parents.joined(separator: ", "))): --parent NAME ranks within one"
        case .acrossBoundary, .percentileRanks, .ranksWithoutSize, .basis, .basisAvailable, .testsOnPercentileRanks,
            .seriesOnNewBoundary:
            boundaryText(finding)
        case .rowsHidden(let count):
            "… \(count) row\(count == 1 ? "" : "s") hidden (--max-rows)"
        }
    }
}

extension English {
    /// Units of a level, in the plural ("districts"); units of no known level are "units".
    static func plural(_ level: UnitLevel?) -> String {
        switch level {
        case .national?: "national units"
        case .region?: "regions"
        case .province?: "provinces"
        case .ministry?: "ministries"
        case .department?: "departments"
        case .district?: "districts"
        case .commune?: "communes"
        case nil: "units"
        }
    }

    /// The level of the units that rank units of `level` among themselves: the province for its
    /// districts and departments, the district for its communes.
    static func parentLevel(of level: UnitLevel?) -> UnitLevel? {
        switch level {
        case .district?, .department?: .province
        case .commune?: .district
        default: nil
        }
    }
}
