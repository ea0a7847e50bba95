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

    /// The number `text` as a spreadsheet reads it, or nil when `text` is not a number as
    /// ``format(_:decimals:locale:typographic:)`` writes it in `locale`.
    ///
    /// Accepted: an optional sign (`+`, `-`, U+2212 `−`), digits (grouped by threes with the
    /// locale's group separator, or not at all), an optional fraction after the locale's decimal
    /// mark, an optional `%`. The result has no `+`, no group separators and no `%`; a minus is
    /// `-`; the decimal mark and the written decimals are kept (`+1.234,50%` in `.vi` is `1234,50`).
    public static func spreadsheetNumber(_ text: String, locale: NumberLocale) -> String? {
        var rest = Substring(text)
        var negative = false
        if let first = rest.first, first == "+" || first == "-" || first == "\u{2212}" {
            negative = first != "+"
            rest = rest.dropFirst()
        }
        if rest.last == "%" { rest = rest.dropLast() }
        let decimal = Character(locale.decimalSeparator)
        let group = Character(locale.groupSeparator)
        let parts = rest.split(separator: decimal, maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty else { return nil }
        let groups = whole.split(separator: group, omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        var out = (negative ? "-" : "") + groups.joined()
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            out += String(decimal) + fraction
        }
        return out
    }
}

extension Character {
    /// `0` … `9` only (not other scripts' digits, which `isNumber` also accepts).
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
