import Foundation

/// The text of a cell stored as a number: what the number rules (``NumberReader``) and the
/// period parser read.
///
/// A worksheet stores a number as the decimal text of a double (`<v>86.45</v>`, or with 17
/// significant digits as Excel writes it, `86.450000000000003`). The text given to the rules is
/// the shortest decimal that reads back as the same double, in plain notation (never `1e-05`).
/// A percent-formatted cell is shown times 100: the decimal point of that text moves two places
/// (0.9917 → `99.17`, not 99.17000000000002 as a multiplication gives). A date-formatted cell is
/// a count of days since the workbook's epoch and becomes the date it shows (see ``date(serial:date1904:_:)``).
enum CellNumbers {
    /// Whether `p` can be used as it is: `[-]digits[.digits]` with at most 15 significant digits
    /// and no trailing zero after the point (then it is the shortest text of its double). True
    /// when it has a point, false when it is whole, nil when it must be converted.
    static func plainIfShort(_ p: UnsafeBufferPointer<UInt8>) -> Bool? {
        var k = 0
        if k < p.count, p[k] == UInt8(ascii: "-") { k += 1 }
        guard k < p.count else { return nil }
        var significant = 0
        var leading = true
        var point = false
        var lastDigit: UInt8 = 0
        while k < p.count {
            let b = p[k]
            if b &- 48 < 10 {
                if b != 48 { leading = false }
                if !leading { significant += 1 }
                lastDigit = b
            } else if b == UInt8(ascii: "."), !point {
                point = true
            } else {
                return nil
            }
            k += 1
        }
        guard significant <= 15, lastDigit != 0 else { return nil }
        if point, lastDigit == UInt8(ascii: "0") || p[p.count - 1] == UInt8(ascii: ".") { return nil }
        return point
    }

    /// The double written in `p` (`strtod`: any decimal or exponent form).
    static func double(_ p: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !p.isEmpty, p.count < 64 else { return nil }
        var buffer = [CChar](repeating: 0, count: p.count + 1)
        for k in 0..<p.count { buffer[k] = CChar(bitPattern: p[k]) }
        return buffer.withUnsafeBufferPointer { b -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(b.baseAddress!, &end)
            guard let end, end - UnsafeMutablePointer(mutating: b.baseAddress!) == p.count, value.isFinite else {
                return nil
            }
            return value
        }
    }

    /// The shortest decimal text of `x` in plain notation: `86.45`, `100`, `0.00001`.
    static func decimal(_ x: Double) -> String {
        if x == 0 { return "0" }
        let text = x.description
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: "e", maxSplits: 1)
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0]
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(pieces[0])
        let fraction = pieces.count > 1 ? String(pieces[1]) : ""
        let plain = place(digits: whole + fraction, point: whole.count + exponent)
        return negative ? "-" + plain : plain
    }

    /// `text` (a plain decimal) with its point moved `places` to the right: `0.9917` → `99.17`.
    static func shifted(_ text: String, by places: Int) -> String {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let pieces = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(pieces[0])
        let fraction = pieces.count > 1 ? String(pieces[1]) : ""
        let plain = place(digits: whole + fraction, point: whole.count + places)
        return negative && plain != "0" ? "-" + plain : plain
    }

    /// The digits `digits` with the point after the first `point` of them (padding with zeros
    /// either side), without leading or trailing zeros that carry nothing.
    static func place(digits: String, point: Int) -> String {
        var d = Array(digits)
        var point = point
        if point < 0 {
            d.insert(contentsOf: Array(repeating: "0", count: -point), at: 0)
            point = 0
        }
        if point > d.count { d.append(contentsOf: Array(repeating: "0", count: point - d.count)) }
        var whole = String(d[..<point])
        var fraction = String(d[point...])
        while whole.count > 1, whole.hasPrefix("0") { whole.removeFirst() }
        if whole.isEmpty { whole = "0" }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    /// The date a serial number shows, as the period parser reads it: `2023` for a format that
    /// shows only the year, `2023-06` for one that shows a month and a year, `2023-06-30`
    /// otherwise (a time of day is dropped).
    ///
    /// In the 1900 system day 1 is 1900-01-01 and, as in Lotus 1-2-3, day 60 is 1900-02-29, a
    /// day that never was: from day 61 on, a serial counts one day too many (day 61 is
    /// 1900-03-01). In the 1904 system day 0 is 1904-01-01. Nil outside years 1900–9999.
    static func date(serial: Double, date1904: Bool, _ part: CellFormat.DatePart) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        let day = Int(serial.rounded(.down))
        let civil: (year: Int, month: Int, day: Int)
        if date1904 {
            civil = civilFromDays(day - 24_107)
        } else if day == 60 {
            civil = (1900, 2, 29)
        } else if day < 60 {
            guard day >= 1 else { return nil }
            civil = civilFromDays(day - 25_568)
        } else {
            civil = civilFromDays(day - 25_569)
        }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch part {
        case .year: return "\(civil.year)"
        case .month: return "\(civil.year)-\(two(civil.month))"
        case .day: return "\(civil.year)-\(two(civil.month))-\(two(civil.day))"
        }
    }

    /// The proleptic Gregorian date `days` days after 1970-01-01 (H. Hinnant's algorithm).
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
