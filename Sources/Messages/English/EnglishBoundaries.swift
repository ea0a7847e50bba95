import Analysis
import Panel

/// The reorganisation of units (the 2025 merger and other crosswalks) in English: dates, the
/// statements of comparisons across a change, and the crosswalk's problems.
extension English {
    /// A date as English text writes it: `1 July 2025`.
    static func date(_ d: CalendarDate) -> String { "\(d.day) \(monthNames[d.month - 1]) \(d.year)" }

    /// `A`, `A and B`, `A, B and C`.
    static func names(_ xs: [String]) -> String {
        guard let last = xs.last else { return "" }
        return xs.count == 1 ? last : xs.dropLast().joined(separator: ", ") + " and " + last
    }

    /// What a change made of the unit: "the merger of Đồng Nai and Bình Phước".
    static func making(_ r: Reorganisation) -> String {
        switch r.change {
        case .merged: "the merger of \(names(r.predecessors))"
        case .renamed: "the former \(names(r.predecessors)), renamed"
        case .split: "formed from part of \(names(r.predecessors))"
        case .unchanged: names(r.predecessors)
        }
    }

    static func boundaryText(_ finding: Finding) -> String {
        switch finding {
        case .acrossBoundary(let note):
            let r = note.reorganisation
            let on = date(r.effective)
            var parts: [String]
            switch (r.role, note.earlierSide) {
            case (.successor, .before):
                parts = [
                    "\(note.unit) (\(period(note.later))) is \(making(r)) (from \(on))",
                    "\(period(note.earlier)) figures were published on the old boundary",
                ]
            case (.successor, _):
                parts = ["\(note.unit) is \(making(r)) (from \(on))"]
            case (.predecessor, _):
                parts = [
                    "\(note.unit) is part of \(names(r.successors)) from \(on): figures of it after that date are not on its old boundary"
                ]
            }
            for p in [note.earlier, note.later] where p.side(of: r.effective) == .straddles {
                parts.append("\(period(p)) straddles \(on) and is read on the new boundary")
            }
            return parts.joined(separator: "; ")
        case .basis(.pooled(let unit, let p, let predecessors, let k?, let n?)):
            return
                "\(unit) \(period(p)) on the new boundary: the counts of \(names(predecessors)) pooled, \(number(k)) of \(number(n)); its Wilson interval and the tests use them"
        case .basis(.pooled(let unit, let p, let predecessors, _, _)):
            return "\(unit) \(period(p)) on the new boundary: the figures of \(names(predecessors)) summed"
        case .basis(.beside(let unit, let p, let predecessors, let reason)):
            let why: String =
                switch reason {
                case .notSummable: "an index or a score is not summed, and no counts are given"
                case .countsMissing(let units): "the counts of \(names(units)) are not given"
                case .split: "it takes a share of an old unit, and a share is a weight, not a count"
                case .oldBasis: "the old boundaries, as asked"
                }
            return
                "\(unit) is shown beside each of \(names(predecessors)) (their \(period(p)) figures), not pooled: \(why); those rows are one unit and are left out of the paired tests"
        case .basis(.reconstructed(let unit, let p, let predecessors, let weight, let weights)):
            let each = zip(predecessors, weights).map { "\($0) \(Agreement.format($1))" }.joined(separator: ", ")
            return
                "\(unit) \(period(p)) (reconstructed) is an estimate, not a published figure: the average of \(names(predecessors)) weighted by their \(period(p)) \(weight) (\(each))"
        case .basis(.notReconstructed(let unit, let weight, let missing)):
            return
                "\(unit) is not reconstructed: \(names(missing)) \(missing.count == 1 ? "has" : "have") no figure of \(weight) or of the metric"
        case .seriesOnNewBoundary(let unit, let predecessors, let pooled, let dropped, let effective):
            return
                "\(unit) on its new boundary: before \(date(effective)) each point pools \(names(predecessors))"
                + (pooled.isEmpty
                    ? " (no period has the counts of all of them)" : " (\(pooled.map(period).joined(separator: ", ")))")
                + (dropped.isEmpty
                    ? "" : "; left out, not on that boundary: \(dropped.map(period).joined(separator: ", "))")
        case .basisAvailable:
            return
                "Units are compared as the data names them; `--basis new` compares each new unit with its old units on the new boundary (rates' counts pooled, an index beside each old unit), `--basis old` each old unit beside its successor"
        case .percentileRanks:
            return
                "Ranks across the change are compared as percentile ranks, 100 × (rank − 1) / (number ranked − 1): 0 % is first, 100 % last. Places in rankings of different sizes (10/63, 5/34) are not compared."
        case .testsOnPercentileRanks:
            return "Changes of rank are in percentile points; the paired tests compare the percentile ranks"
        case .ranksWithoutSize(let units):
            return
                "No verdict on the rank of \(names(units)) across the change: the number ranked is not given for both periods, so no percentile rank"
        default:
            return text(finding)
        }
    }

    /// A count as English text writes it: `1,800`.
    static func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// The problems of a crosswalk file and the `check` warnings about units across a change.
    static func crosswalkText(_ problem: Problem) -> String {
        switch problem {
        case .badChange(let text):
            "'\(text)' is not a kind of change (merged, renamed, split, unchanged)"
        case .badEffectiveDate(let text):
            "'\(text)' is not a date"
        case .badShare(let text):
            "'\(text)' is not a share (a number from 0 to 1, or a percentage)"
        case .unitAfterItsEnd(let figure, let successors, let effective):
            "\(name(of: figure)): \(figure.unit) is part of \(names(successors)) from \(date(effective)); this figure, after that date, is on a boundary that no longer exists"
        case .unitBeforeItsStart(let figure, let predecessors, let effective):
            "\(name(of: figure)): \(figure.unit) begins on \(date(effective)) (from \(names(predecessors))); this figure is dated before it"
        case .mixedBoundaries(let figure, let successor, let effective, let other):
            "\(name(of: figure)): \(figure.unit) (old boundary) and \(successor) (of which it is part from \(date(effective)), \(row(other))) both have figures for this period: it mixes old and new units"
        default:
            text(problem)
        }
    }

    static func crosswalkHint(_ problem: Problem) -> String? {
        switch problem {
        case .badChange: "merged, renamed, split or unchanged (sáp nhập, đổi tên, chia tách, giữ nguyên)"
        case .badEffectiveDate: "write the date as 2025-07-01 or 1/7/2025"
        case .badShare: "write a split's share as 0.4 or 40%"
        case .unitAfterItsEnd: "give the figure to the successor, or check its period"
        case .unitBeforeItsStart: "give the figure to the old units, or check its period"
        case .mixedBoundaries: "rank and compare one boundary at a time; `compare --basis` pools counts"
        default: nil
        }
    }
}
