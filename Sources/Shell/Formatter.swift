import Messages
import Panel
import Rendering
import Statistics

/// Formats numbers for one metric and language.
struct Formatter {
    var metric: Metric
    var lang: Language
    var localeOverride: NumberLocale? = nil
    var glyphs: Glyphs = .unicode
    var colour = false

    var locale: NumberLocale { localeOverride ?? lang.numberLocale }

    /// ▲ ▼ ＝ (ASCII ^ v =), green for better and red for worse when colour is on.
    func mark(better: Bool?, _ text: String = "") -> String {
        let suffix = text.isEmpty ? "" : " " + text
        switch better {
        case true?: return paint(glyphs == .ascii ? "^" + suffix : "▲" + suffix, green: true)
        case false?: return paint(glyphs == .ascii ? "v" + suffix : "▼" + suffix, green: false)
        case nil: return glyphs == .ascii ? "=" : "＝"
        }
    }

    func paint(_ text: String, green: Bool) -> String {
        colour ? (green ? "\u{1B}[32m" : "\u{1B}[31m") + text + "\u{1B}[0m" : text
    }
    var decimals: Int {
        switch metric.kind {
        case .rank, .count: 0
        default: 2
        }
    }

    func value(_ x: Double?) -> String {
        guard let x else { return "—" }
        return NumberFormat.format(x, decimals: decimals, locale: locale) + (metric.kind == .percent ? "%" : "")
    }
    /// A change, signed, with the unit of a change ("điểm %" for percent metrics).
    func change(_ x: Double?, decimals extra: Int = 0) -> String {
        guard let x else { return "—" }
        let sign = x > 0 ? "+" : ""
        return sign + NumberFormat.format(x, decimals: decimals + extra, locale: locale)
    }
    func number(_ x: Double?, _ d: Int = 2) -> String {
        guard let x, x.isFinite else { return "—" }
        return NumberFormat.format(x, decimals: d, locale: locale)
    }
    func interval(_ i: ConfidenceInterval?, _ d: Int? = nil) -> String {
        guard let i else { return "—" }
        return "[\(number(i.lower, d ?? decimals + 1)); \(number(i.upper, d ?? decimals + 1))]"
    }
    func p(_ x: Double?) -> String {
        guard let x else { return "—" }
        if x < 0.001 { return "<" + NumberFormat.format(0.001, decimals: 3, locale: locale) }
        return NumberFormat.format(x, decimals: 3, locale: locale)
    }
    /// The catalog of the formatter's language.
    var say: Catalog { Catalog(lang) }
    /// "điểm %" / "percentage points" for percent metrics, "bậc" / "places" for ranks, "points" otherwise.
    var changeUnit: String { say(.changeUnit(metric.kind)) }
    /// The metric's name in the formatter's language.
    var name: String { say(.metricName(metric)) }
}
