import Panel

extension English {
    /// The message of a `check` finding: figures that contradict their metric or each other.
    static func checkText(_ problem: Problem) -> String {
        let f = Agreement.format
        switch problem {
        case .outOfRange(let figure, let value, let min, let max):
            return
                "\(name(of: figure)) = \(f(value)) is outside the valid range of \(figure.metric ?? "") (\(range(min, max)))"
        case .rankBelowOne(let figure, let rank):
            return "\(name(of: figure)): rank \(rank) is below 1"
        case .rankExceedsRankOf(let figure, let rank, let of):
            return
                "\(name(of: figure)): rank \(rank) of \(of) is impossible (the rank is larger than the number of units ranked)"
        case .zeroDenominator(let figure):
            return "\(name(of: figure)): the denominator is 0"
        case .numeratorExceedsDenominator(let figure, let n, let d):
            return "\(name(of: figure)): numerator \(f(n)) is larger than denominator \(f(d))"
        case .rateMismatch(let figure, let value, let n, let d, let decimals):
            var unit = 1.0
            for _ in 0..<decimals { unit /= 10 }
            let expected = rounded(100 * n / d, to: max(decimals, 2) + 2)
            return
                "\(name(of: figure)) is \(f(value)) but its counts give \(f(n)) / \(f(d)) = \(expected) (reported to \(decimals) decimal\(decimals == 1 ? "" : "s"), allowed ±\(rounded(unit / 2, to: decimals + 1)))"
        case .partsDoNotAddUp(let figure, let parts, let total):
            return
                "\(name(of: figure)): \(list(parts)) = \(f(parts.reduce(0) { $0 + $1.value })), but \(f(total)) dossiers were received"
        case .partsExceedTotal(let figure, let parts, let total):
            return
                "\(name(of: figure)): \(list(parts)) = \(f(parts.reduce(0) { $0 + $1.value })) is more than the \(f(total)) dossiers received"
        case .onTimeAndLateDoNotAddUp(let figure, let onTime, let late, let resolved):
            return
                "\(name(of: figure)): on time \(f(onTime)) + late \(f(late)) = \(f(onTime + late)), but \(f(resolved)) dossiers were resolved"
        case .denominatorIsNotResolved(let figure, let metric, let d, let resolved):
            return "\(name(of: figure)): \(metric) is computed over \(f(d)) dossiers, but \(f(resolved)) were resolved"
        case .denominatorIsNotReceived(let figure, let metric, let d, let received):
            return "\(name(of: figure)): \(metric) is computed over \(f(d)) dossiers, but \(f(received)) were received"
        case .rankContradictsScores(let p, let better):
            let place = p.otherFile.map { "\($0):\(p.otherLine)" } ?? "line \(p.otherLine)"
            return
                "\(p.metric) \(period(p.period)): \(p.unit) has \(f(p.value)) and rank \(p.rank), but \(p.other) has \(f(p.otherValue)) and rank \(p.otherRank) (\(place)); \(better == .higher ? "higher" : "lower") is better"
        case .tiedScoresDifferentRanks(let p):
            return
                "\(p.metric) \(period(p.period)): \(p.unit) and \(p.other) both have \(f(p.value)) but ranks \(p.rank) and \(p.otherRank)"
        case .sourceConflict(let figure, let figures):
            let each = figures.map { s -> String in
                var parts: [String] = []
                if let v = s.value { parts.append(f(v)) }
                if let r = s.rank { parts.append("rank \(r)\(s.rankOf.map { "/\($0)" } ?? "")") }
                let what = parts.isEmpty ? "—" : parts.joined(separator: ", ")
                return "\(what) (line \(s.line)\(s.file.map { " of \($0)" } ?? ""); \(s.source ?? "no source"))"
            }
            return "sources disagree on \(name(of: figure)): \(each.joined(separator: " vs "))"
        case .gap(let unit, let metric, let tier, let from, let to, let missing):
            return
                "\(unit) has \(metric)\(tier.map { " (\(text(.tier($0))))" } ?? "") for \(period(from))–\(period(to)) but not for \(missing.map(period).joined(separator: ", ")), which its peers have"
        case .unitAfterItsEnd, .unitBeforeItsStart, .mixedBoundaries:
            return crosswalkText(problem)
        default:
            return text(problem)
        }
    }

    /// `resolved 7088 + pending 216 + ineligible 250`.
    static func list(_ parts: [CountPart]) -> String {
        parts.map { "\($0.metric.replacingOccurrences(of: "dossiers_", with: "")) \(Agreement.format($0.value))" }
            .joined(separator: " + ")
    }

    /// A metric's valid range: `0–100`, `≥ 0`, `≤ 5`, `any`.
    static func range(_ min: Double?, _ max: Double?) -> String {
        func f(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
        return switch (min, max) {
        case (let lo?, let hi?): "\(f(lo))–\(f(hi))"
        case (let lo?, nil): "≥ \(f(lo))"
        case (nil, let hi?): "≤ \(f(hi))"
        default: "any"
        }
    }

    /// `x` rounded to `decimals` places, written without trailing noise (`99.1667`, `0.005`).
    static func rounded(_ x: Double, to decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let r = (x * scale).rounded() / scale
        return decimals == 0 ? String(Int(r)) : String(r)
    }
}
