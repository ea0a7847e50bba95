import Analysis
import Panel

extension English {
    static func text(_ summary: Summary) -> String {
        switch summary {
        case .leader(let unit, let value, let period, _, _, let among?):
            return "Among the \(among) units with figures for \(self.period(period)), \(unit) leads with \(value)."
        case .leader(let unit, let value, let period, let move, let versus, nil):
            let moved: String =
                switch (move, versus) {
                case (0?, let v?): ", keeping its rank of \(self.period(v))"
                case (let m?, let v?) where m > 0: ", up \(places(m)) on \(self.period(v))"
                case (let m?, let v?): ", down \(places(-m)) on \(self.period(v))"
                default: ""
                }
            return "In \(self.period(period)), \(unit) leads with \(value)\(moved)."
        case .biggestMoves(let up, let upPlaces, let down, let downPlaces):
            let parts = [
                up.isEmpty ? nil : "\(list(up)) rose most (up \(places(upPlaces)))",
                down.isEmpty ? nil : "\(list(down)) fell most (down \(places(downPlaces)))",
            ].compactMap { $0 }
            return Notation.capitalized(parts.joined(separator: "; ")) + "."
        case .rankingsAgree(let period, let versus, let rho, let strength):
            let how: String =
                switch strength {
                case .veryStrong: "very closely"
                case .strong: "closely"
                case .moderate: "moderately"
                case .weak: "weakly"
                }
            return
                "The ranking of \(self.period(period)) agrees \(how) with that of \(self.period(versus)) (Spearman ρ = \(rho))."
        case .trend(let unit, let first, let last, let slope, let rising, let kind, let verdict, let p, let n):
            let change: String =
                switch rising {
                case true?: "rose by \(slope) \(text(.changeUnit(kind))) a year on average (Sen's slope)"
                case false?: "fell by \(slope) \(text(.changeUnit(kind))) a year on average (Sen's slope)"
                case nil: "did not change"
                }
            let judged: String =
                switch verdict {
                case .rising: "the rise is statistically significant (Mann–Kendall, \(Notation.p(p ?? "—")))"
                case .falling: "the fall is statistically significant (Mann–Kendall, \(Notation.p(p ?? "—")))"
                case .noTrend:
                    "there is no evidence of a trend (Mann–Kendall, \(Notation.p(p ?? "—")))"
                case .tooShort: "\(n) points are too few to conclude on a trend"
                }
            return "From \(period(first)) to \(period(last)), \(unit) \(change); \(judged)."
        case .acrossReorganisation(let units, let effective):
            return
                "\(list(units)) \(units.count == 1 ? "was" : "were") reorganised on \(date(effective)): \(units.count == 1 ? "its" : "their") earlier figures are on the old boundary (see the notes)."
        case .changes(
            let from, let to, let improved, let worsened, let total, let best, let bestChange, let worst,
            let worstChange, let kind, let p, let significant):
            var s =
                "Against \(period(from)), \(improved) of \(total) units improved in \(period(to)) and \(worsened) worsened."
            let unit = text(.changeUnit(kind))
            let extremes = [
                best.map { "the largest gain is \($0)'s (\(bestChange) \(unit))" },
                worst.map { "the largest loss \($0)'s (\(worstChange) \(unit))" },
            ].compactMap { $0 }
            if !extremes.isEmpty { s += " " + Notation.capitalized(extremes.joined(separator: ", ")) + "." }
            if let p {
                s +=
                    significant
                    ? " The mean change is statistically significant (paired t-test, \(Notation.p(p)))."
                    : " The mean change is not statistically significant (paired t-test, \(Notation.p(p)))."
            }
            return s
        }
    }

    /// "1 place", "21 places".
    static func places(_ n: Int) -> String { "\(n) place\(n == 1 ? "" : "s")" }

    /// "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }

}
