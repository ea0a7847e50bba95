/// Which character separates the decimals.
public enum DecimalConvention: String, Hashable, Sendable, Codable, CaseIterable {
    /// `99.17`, thousands `7,554`.
    case point
    /// `99,17`, thousands `7.554` (Vietnamese).
    case comma
}

/// A number read from a cell.
public struct ParsedNumber: Hashable, Sendable {
    public var value: Double
    /// Digits after the decimal separator as written (`99.17` → 2), for rounding checks.
    public var decimals: Int
    /// A trailing `%` was present.
    public var percentSign: Bool
}

/// How a cell looks, before a convention is chosen.
enum NumberShape {
    /// No separator, or a shape only one convention can read ("99,17", "1,234.5").
    case decided(DecimalConvention?)
    /// A single separator followed by exactly three digits ("7.554", "1,234").
    case ambiguous
    case notANumber
}

/// Reading numbers as Vietnamese and English reports write them.
///
/// The rule (stated in warnings and the README):
/// 1. In a **count context** (numerator, denominator, rank, rank-of, or the value of a count
///    metric) a `.` or `,` followed by groups of exactly three digits separates thousands,
///    whatever the file's convention: `7.554` and `7,554` are 7554. A count that still has a
///    fractional part is an error.
/// 2. Elsewhere the file's **decimal convention** applies: `--decimal comma|point` if given;
///    otherwise the convention that more unambiguous cells of the file need (a cell is
///    unambiguous when its separators allow only one reading: `99,17`, `86.45`, `1.234,5`,
///    `7.554.000`); ties and files with no unambiguous cell use the decimal point, with a
///    warning when some cell was ambiguous.
/// 3. Thousands separators of the other convention are accepted in groups of three
///    (`1,234.5` / `1.234,5`); spaces and no-break spaces inside a number are ignored; a
///    trailing `%` is allowed; `−` (U+2212) is a minus sign.
public enum NumberReader {
    /// Missing-value markers: empty, `-`, `—`, `–`, `NA`, `N/A`, `n/a`, `..`.
    public static func isMissing(_ text: String) -> Bool {
        switch text {
        case "", "-", "—", "–", "NA", "N/A", "n/a", "na", "N.A.", "..", "…": true
        default: false
        }
    }

    /// Splits a cell into sign, digits-with-separators and a percent flag.
    static func normalize(_ text: String) -> (body: [UInt8], negative: Bool, percent: Bool)? {
        // No number a report writes is this long; refuse before copying a huge cell.
        guard text.utf8.count <= 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var negative = false
        var percent = false
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last == " " || last == "\u{00A0}" { scalars.removeLast() }
        if scalars.last == "%" {
            percent = true
            scalars.removeLast()
        }
        var start = 0
        while start < scalars.count,
            scalars[start] == " " || scalars[start] == "\u{00A0}" || scalars[start] == "\u{202F}"
        {
            start += 1
        }
        if start < scalars.count {
            switch scalars[start] {
            case "-", "\u{2212}":
                negative = true
                start += 1
            case "+": start += 1
            default: break
            }
        }
        for s in scalars[start...] {
            switch s {
            case "0"..."9", ".", ",": bytes.append(UInt8(s.value))
            case " ", "\u{00A0}", "\u{202F}", "\u{2009}": continue
            default: return nil
            }
        }
        guard bytes.contains(where: { $0 >= 48 && $0 <= 57 }) else { return nil }
        return (bytes, negative, percent)
    }

    static func shape(_ text: String) -> NumberShape {
        guard let (body, _, _) = normalize(text) else { return .notANumber }
        return body.withUnsafeBufferPointer { shape(body: $0) }
    }

    /// The shape of a normalized body: digits, `.` and `,` only, at least one digit.
    static func shape(body: UnsafeBufferPointer<UInt8>) -> NumberShape {
        var dots = 0
        var commas = 0
        for b in body {
            if b == 46 { dots += 1 } else if b == 44 { commas += 1 }
        }
        switch (dots, commas) {
        case (0, 0): return .decided(nil)
        case (1, 0), (0, 1):
            let sep: UInt8 = dots == 1 ? 46 : 44
            guard let i = body.firstIndex(of: sep) else { return .notANumber }
            let after = body.count - i - 1
            if after == 3, i > 0, i <= 3 { return .ambiguous }
            return .decided(sep == 46 ? .point : .comma)
        case (_, 0): return .decided(.comma)  // 7.554.000
        case (0, _): return .decided(.point)  // 7,554,000
        default:
            // Both present: the last one is the decimal separator.
            guard let lastDot = body.lastIndex(of: 46), let lastComma = body.lastIndex(of: 44) else {
                return .notANumber
            }
            return .decided(lastDot > lastComma ? .point : .comma)
        }
    }

    /// Reads `text` under `convention`; `count` selects the count-context rule.
    /// Returns nil when the text is not a number in that reading.
    public static func parse(_ text: String, convention: DecimalConvention, count: Bool = false) -> ParsedNumber? {
        guard let (body, negative, percent) = normalize(text) else { return nil }
        let decimalSep: UInt8 = convention == .point ? 46 : 44
        let groupSep: UInt8 = convention == .point ? 44 : 46
        var integerPart: [UInt8]
        var fraction: [UInt8] = []
        if count, !body.contains(decimalSep) || isGrouped(body, by: decimalSep) {
            // Count context: any separator that groups by three is a thousands separator.
            let sep: UInt8? = body.contains(decimalSep) ? decimalSep : (body.contains(groupSep) ? groupSep : nil)
            if let sep {
                guard isGrouped(body, by: sep) else { return nil }
                integerPart = body.filter { $0 != sep }
            } else {
                integerPart = body
            }
        } else {
            let pieces = body.split(separator: decimalSep, omittingEmptySubsequences: false)
            guard pieces.count <= 2 else { return nil }
            let whole = Array(pieces[0])
            if pieces.count == 2 {
                fraction = Array(pieces[1])
                guard !fraction.contains(groupSep), !fraction.isEmpty || !whole.isEmpty else { return nil }
            }
            if whole.contains(groupSep) {
                guard isGrouped(whole, by: groupSep) else { return nil }
                integerPart = whole.filter { $0 != groupSep }
            } else {
                integerPart = whole
            }
        }
        guard integerPart.allSatisfy({ $0 >= 48 && $0 <= 57 }), fraction.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            !(integerPart.isEmpty && fraction.isEmpty)
        else { return nil }
        var literal = String(decoding: integerPart.isEmpty ? [48] : integerPart, as: UTF8.self)
        if !fraction.isEmpty { literal += "." + String(decoding: fraction, as: UTF8.self) }
        guard var value = Double(literal), value.isFinite else { return nil }
        if negative { value = -value }
        if count, value != value.rounded() { return nil }
        return ParsedNumber(value: value, decimals: fraction.count, percentSign: percent)
    }

    /// True when `sep` splits `digits` into a 1–3 digit head and 3-digit groups.
    static func isGrouped(_ digits: [UInt8], by sep: UInt8) -> Bool {
        let groups = digits.split(separator: sep, omittingEmptySubsequences: false)
        guard groups.count >= 2, let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Decides a file's convention from its numeric cells (rule 2 above).
    /// - Returns: the convention, and whether it was a default taken while ambiguous cells
    ///   existed (the first such cell's text is returned for the warning).
    public static func detect(_ cells: some Sequence<String>) -> (
        convention: DecimalConvention, ambiguousExample: String?, votes: (point: Int, comma: Int)
    ) {
        var point = 0
        var comma = 0
        var ambiguous: String?
        for cell in cells {
            switch shape(cell) {
            case .decided(.point?): point += 1
            case .decided(.comma?): comma += 1
            case .ambiguous: if ambiguous == nil { ambiguous = cell }
            default: break
            }
        }
        return decide(point: point, comma: comma, ambiguousExample: ambiguous)
    }

    /// The convention that more cells need (the point on a tie), and the example of an ambiguous
    /// cell when the choice was a default.
    static func decide(point: Int, comma: Int, ambiguousExample ambiguous: String?) -> (
        convention: DecimalConvention, ambiguousExample: String?, votes: (point: Int, comma: Int)
    ) {
        let convention: DecimalConvention = comma > point ? .comma : .point
        let defaulted = point == comma
        return (convention, defaulted ? ambiguous : nil, (point, comma))
    }
}
