extension NumberReader {
    // MARK: Cells as bytes

    /// ``isMissing(_:)`` of a cell's UTF-8 bytes, without making a `String`. The markers have no
    /// other canonically equivalent spelling, so comparing bytes is comparing strings.
    static func isMissing(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        switch p.count {
        case 0: return true
        case 1: return p[0] == 0x2D  // -
        case 2:
            let (a, b) = (p[0], p[1])
            return (a == 0x4E && b == 0x41) || (a == 0x6E && b == 0x61) || (a == 0x2E && b == 0x2E)  // NA na ..
        case 3:
            let (a, b, c) = (p[0], p[1], p[2])
            if a == 0xE2 && b == 0x80 { return c == 0x94 || c == 0x93 || c == 0xA6 }  // — – …
            return b == 0x2F && ((a == 0x4E && c == 0x41) || (a == 0x6E && c == 0x61))  // N/A n/a
        case 4:
            return p[0] == 0x4E && p[1] == 0x2E && p[2] == 0x41 && p[3] == 0x2E  // N.A.
        default:
            return false
        }
    }

    /// Powers of ten that are exact doubles.
    static let exactPowersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { x, _ in x * 10 } }

    /// ``parse(_:convention:count:)`` of a cell's UTF-8 bytes. Plain cells — an optional sign,
    /// at most 15 digits and at most one decimal separator of `convention` (none in a count
    /// context) — are read here: m / 10^k with m < 2^53 and k ≤ 15 is one correctly rounded
    /// division of two exact doubles, the same double `Double(String)` gives. Anything else
    /// (spaces, `%`, grouping, long numbers, words) goes through the `String` reader.
    static func parse(_ p: UnsafeBufferPointer<UInt8>, convention: DecimalConvention, count: Bool = false)
        -> ParsedNumber?
    {
        if let fast = parsePlain(p, convention: convention, count: count) { return fast }
        guard p.count <= 64 else { return nil }  // what normalize refuses, without copying the cell
        return parse(String(decoding: p, as: UTF8.self), convention: convention, count: count)
    }

    /// The plain-cell reading of ``parse(_:convention:count:)``, or nil when the cell is not plain.
    @inline(__always)
    static func parsePlain(_ p: UnsafeBufferPointer<UInt8>, convention: DecimalConvention, count: Bool) -> ParsedNumber?
    {
        let n = p.count
        guard n > 0, n <= 17 else { return nil }
        var i = 0
        var negative = false
        if p[0] == 0x2D {
            negative = true
            i = 1
        } else if p[0] == 0x2B {
            i = 1
        }
        let separator: UInt8 = convention == .point ? 46 : 44
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawSeparator = false
        while i < n {
            let b = p[i]
            if b &- 48 < 10 {
                mantissa = mantissa &* 10 &+ UInt64(b &- 48)
                digits += 1
                if sawSeparator { fractionDigits += 1 }
            } else if b == separator, !sawSeparator, !count {
                sawSeparator = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, digits <= 15 else { return nil }
        var value = Double(mantissa)
        if fractionDigits > 0 { value /= exactPowersOfTen[fractionDigits] }
        if negative { value = -value }
        return ParsedNumber(value: value, decimals: fractionDigits, percentSign: false)
    }

    /// ``shape(_:)`` of a cell's UTF-8 bytes; plain cells (an optional sign, then digits, `.`
    /// and `,`) without a `String`.
    static func shape(_ p: UnsafeBufferPointer<UInt8>) -> NumberShape {
        var start = 0
        if let first = p.first, first == 0x2D || first == 0x2B { start = 1 }
        var plain = p.count <= 64 && start < p.count
        var sawDigit = false
        if plain {
            for b in p[start...] {
                if b &- 48 < 10 {
                    sawDigit = true
                } else if b != 46 && b != 44 {
                    plain = false
                    break
                }
            }
        }
        if plain, sawDigit { return shape(body: UnsafeBufferPointer(rebasing: p[start...])) }
        return shape(String(decoding: p, as: UTF8.self))
    }
}
