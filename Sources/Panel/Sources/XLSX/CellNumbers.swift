import Foundation

/// The text of a cell stored as a number: what the number rules (``NumberReader``) and the
/// period parser read.
///
/// A worksheet stores a number as the decimal text of a double (`<v>86.45</v>`, or with 17
/// significant digits as Excel writes it, `86.450000000000003`). The text given to the rules is
/// the number rounded to 15 significant digits — Excel's precision, what it shows at most — with
/// no trailing zeros, in plain notation (never `1e-05`): `86.45`, and `0.3` for `=0.1+0.2`
/// (0.30000000000000004).
/// A percent-formatted cell is shown times 100: the decimal point of that text moves two places
/// (0.9917 → `99.17`, not 99.17000000000002 as a multiplication gives). A date-formatted cell is
/// a count of days since the workbook's epoch and becomes the date it shows (see ``date(serial:date1904:_:)``).
enum CellNumbers {
    /// Whether `p` can be used as it is: `[-]digits[.digits]` with at most 15 significant digits
    /// and no trailing zero after the point (then it is already what ``decimal(_:)`` gives). True
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

    /// The double written in `p` (`strtod`: any decimal or exponent form), nil when `p` is not
    /// one number or not finite.
    static func double(_ p: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !p.isEmpty, p.count < 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: p.count + 1) { b -> Double? in
            guard let base = b.baseAddress else { return nil }
            for k in 0..<p.count { b[k] = CChar(bitPattern: p[k]) }
            b[p.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &end)
            guard let end, end - base == p.count, value.isFinite else { return nil }
            return value
        }
    }

    /// `x` to 15 significant digits in plain notation: `86.45`, `100`, `0.00001`.
    static func decimal(_ x: Double) -> String {
        var out: [UInt8] = []
        appendDecimal(x, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``decimal(_:)`` of `x` to `out`, from `%.15g` (vsnprintf: `String(format:)` is
    /// several times slower, and Excel writes many numbers with 17 digits) without a `String`.
    static func appendDecimal(_ x: Double, to out: inout [UInt8]) {
        guard x != 0, x.isFinite else {
            out.append(UInt8(ascii: "0"))
            return
        }
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 40) { b in
            let n = Int(withVaList([x]) { vsnprintf(b.baseAddress, 40, "%.15g", $0) })
            guard n > 0, n < 40 else { return }
            // Sign, digits (the point left out), digits before the point, exponent.
            var mantissa = [UInt8]()
            mantissa.reserveCapacity(20)
            var before = -1
            var exponent = 0
            var k = 0
            if b[0] == CChar(UInt8(ascii: "-")) {
                out.append(UInt8(ascii: "-"))
                k = 1
            }
            while k < n {
                let c = UInt8(bitPattern: b[k])
                if c == UInt8(ascii: ".") {
                    before = mantissa.count
                } else if c == UInt8(ascii: "e") {
                    var sign = 1
                    k += 1
                    if k < n, UInt8(bitPattern: b[k]) == UInt8(ascii: "-") { sign = -1 }
                    if k < n,
                        UInt8(bitPattern: b[k]) == UInt8(ascii: "-") || UInt8(bitPattern: b[k]) == UInt8(ascii: "+")
                    {
                        k += 1
                    }
                    while k < n {
                        exponent = exponent * 10 + Int(UInt8(bitPattern: b[k]) &- 48)
                        k += 1
                    }
                    exponent *= sign
                    break
                } else {
                    mantissa.append(c)
                }
                k += 1
            }
            if before < 0 { before = mantissa.count }
            // Leading zeros of the mantissa ("0.05" → "005") carry nothing.
            var lead = 0
            while lead < mantissa.count - 1, mantissa[lead] == UInt8(ascii: "0") {
                lead += 1
                before -= 1
            }
            let digits = mantissa[lead...]
            let point = before + exponent
            if point <= 0 {
                out.append(UInt8(ascii: "0"))
                out.append(UInt8(ascii: "."))
                for _ in 0..<(-point) { out.append(UInt8(ascii: "0")) }
                out.append(contentsOf: digits)
            } else if point >= digits.count {
                out.append(contentsOf: digits)
                for _ in 0..<(point - digits.count) { out.append(UInt8(ascii: "0")) }
            } else {
                out.append(contentsOf: digits.prefix(point))
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: digits.dropFirst(point))
            }
        }
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
