import Analysis
import Panel

/// A result in words: the sentences of the paragraph of findings a report opens with (who leads,
/// who rose and fell, whether a trend is real and how much a year). Figures come formatted;
/// the catalog words them as the reports of each language do.
public enum Summary: Hashable, Sendable {
    /// The unit at the top of a ranking, its value, and how its rank moved since `versus`
    /// (places up when positive; nil when unknown). A ranking of only the units that have
    /// figures (`among` of them, fewer than the published ranking) says so, and no move.
    case leader(unit: String, value: String, period: Period, move: Int?, versus: Period?, among: Int?)
    /// The units that rose most and fell most, and by how many places (both counted as positive).
    case biggestMoves(up: [String], upPlaces: Int, down: [String], downPlaces: Int)
    /// How closely a ranking agrees with an earlier one, by Spearman's rho.
    case rankingsAgree(period: Period, versus: Period, rho: String, strength: Strength)
    /// A series in words: from `first` to `last` it changed by `slope` a year (Sen's slope,
    /// written without sign; `rising` gives the direction, nil for no change), and what
    /// Mann–Kendall says (`p` nil when it could not be computed).
    case trend(
        unit: String, first: Period, last: Period, slope: String, rising: Bool?, kind: MetricKind,
        verdict: TrendTable.Verdict, p: String?, n: Int)
    /// A comparison in words: how many units improved and worsened of `total`, the best and the
    /// worst change (signed, formatted), and whether the mean change is significant by the
    /// paired t-test (`p` nil when not computed).
    case changes(
        from: Period, to: Period, improved: Int, worsened: Int, total: Int, best: String?, bestChange: String,
        worst: String?, worstChange: String, kind: MetricKind, p: String?, significant: Bool)

    /// Units of the comparison whose boundaries changed between its periods (the first date the
    /// changes took effect): their figures before it are on the old boundary.
    case acrossReorganisation(units: [String], effective: CalendarDate)

    /// How closely two rankings agree.
    public enum Strength: Hashable, Sendable {
        case veryStrong, strong, moderate, weak

        /// By |rho|: from 0.9 very strong, from 0.7 strong, from 0.4 moderate, else weak.
        public init(rho: Double) {
            let r = abs(rho)
            self = r >= 0.9 ? .veryStrong : r >= 0.7 ? .strong : r >= 0.4 ? .moderate : .weak
        }
    }
}

extension Catalog {
    /// One sentence of a paragraph of findings.
    public func callAsFunction(_ summary: Summary) -> String {
        switch language {
        case .en: English.text(summary)
        case .vi: Vietnamese.text(summary)
        }
    }

    /// The sentences of a paragraph of findings, joined.
    public func paragraph(_ summaries: [Summary]) -> String {
        summaries.map(callAsFunction).joined(separator: " ")
    }
}
