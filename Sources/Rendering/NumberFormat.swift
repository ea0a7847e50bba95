/// How numbers are written for people: `99,17` and `7.554` in Vietnamese, `99.17` and
/// `7,554` in English.
public enum NumberLocale: String, Sendable, CaseIterable {
    case vi, en

    var decimalSeparator: String { self == .vi ? "," : "." }
    var groupSeparator: String { self == .vi ? "." : "," }
}

public enum NumberFormat {
    /// `x` with exactly `decimals` decimals (half away from zero), grouped by thousands;
    /// negative numbers use U+2212 MINUS SIGN when `typographic` is true.
    public static func format(_ x: Double, decimals: Int, locale: NumberLocale, typographic: Bool = false) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "−∞") }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (x.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        let negative = x < 0 && scaled > 0
        let whole = (scaled / scale).rounded(.towardZero)
        let fraction = scaled - whole * scale
        var integerDigits = whole < 1e18 ? String(Int64(whole)) : String(whole)
        var grouped = ""
        while integerDigits.count > 3 {
            grouped = locale.groupSeparator + String(integerDigits.suffix(3)) + grouped
            integerDigits.removeLast(3)
        }
        grouped = integerDigits + grouped
        var text = grouped
        if decimals > 0 {
            var f = String(Int64(fraction))
            while f.count < decimals { f = "0" + f }
            text += locale.decimalSeparator + f
        }
        return negative ? (typographic ? "\u{2212}" : "-") + text : text
    }

    /// An integer count with thousands grouping.
    public static func count(_ n: Int, locale: NumberLocale) -> String {
        format(Double(n), decimals: 0, locale: locale)
    }
}
