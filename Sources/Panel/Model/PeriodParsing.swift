import Foundation

/// Why a period could not be read: the text and the reason (the catalog words both).
public struct PeriodParseError: Error, Hashable, Sendable {
    public let text: String
    public let reason: Reason

    public init(text: String, reason: Reason) {
        self.text = text
        self.reason = reason
    }

    /// What stopped the reading.
    public enum Reason: Hashable, Sendable {
        case empty
        /// `text` stands where a year of four digits should.
        case notAFourDigitYear(String)
        /// A year outside 1900–2100.
        case yearOutOfRange(Int)
        /// A quarter, month, half, day or number of months outside its range.
        case outOfRange(Part, text: String, range: ClosedRange<Int>)
        /// "`n` tháng" with `n` outside 1–12.
        case monthCountOutOfRange(Int)
        /// `2023–2021`.
        case yearsBackwards(Int, Int)
        /// A month range that ends before it starts (the months are given when in one year).
        case monthsBackwards(from: Int?, to: Int?)
        /// No form of period matches `text`.
        case unreadable(String)
    }

    /// The part of a period a number stands for.
    public enum Part: String, Hashable, Sendable {
        case quarter, month, half, day
        case monthCount = "number of months"
    }
}

extension Period {
    /// Parses the written forms listed on ``Period``; case-, diacritic- and space-insensitive.
    public init(parsing text: String) throws(PeriodParseError) {
        self = try PeriodParser.parse(text)
    }
}

enum PeriodParser {
    static let validYears = 1900...2100

    static func parse(_ original: String) throws(PeriodParseError) -> Period {
        let s = fold(original)
        func fail(_ reason: PeriodParseError.Reason) -> PeriodParseError {
            PeriodParseError(text: original, reason: reason)
        }
        guard !s.isEmpty else { throw fail(.empty) }

        func year(_ t: String) throws(PeriodParseError) -> Int {
            guard let y = Int(t), t.count == 4 else { throw fail(.notAFourDigitYear(t)) }
            guard validYears.contains(y) else { throw fail(.yearOutOfRange(y)) }
            return y
        }
        func number(_ t: String, _ range: ClosedRange<Int>, _ what: PeriodParseError.Part) throws(PeriodParseError)
            -> Int
        {
            guard let n = Int(t), t.count <= 2, range.contains(n) else {
                throw fail(.outOfRange(what, text: t, range: range))
            }
            return n
        }

        // Words: strip the optional leading "nam" (năm) / "giai doan" (giai đoạn) / "ky" (kỳ).
        var w = s.split(separator: " ").map(String.init)
        if w.first == "giai", w.count > 1, w[1] == "doan" { w.removeFirst(2) }
        if w.first == "nam", w.count == 2 { w.removeFirst() }

        switch w.count {
        case 1:
            return try single(w[0], year: year, number: number, fail: fail)
        default:
            break
        }
        // "quy iii 2024", "quy 3 nam 2024"
        var rest = w.filter { $0 != "nam" }
        if rest.first == "quy", rest.count == 3 {
            let q: Int
            if let r = roman(rest[1]) { q = r } else { q = try number(rest[1], 1...4, .quarter) }
            return .quarter(try year(rest[2]), q)
        }
        // "quy iii/2024", "thang 11/2023"
        if rest.count == 2, rest[0] == "quy" || rest[0] == "thang" {
            let p = try single(rest[1], year: year, number: number, fail: fail)
            if rest[0] == "quy", p.kind == .month, (1...4).contains(p.startMonthOfYear) {
                return .quarter(p.year, p.startMonthOfYear)  // "quý 3/2024"
            }
            guard p.kind == (rest[0] == "quy" ? .quarter : .month) else { throw fail(.unreadable(original)) }
            return p
        }
        // "thang 11 2023"
        if rest.first == "thang", rest.count == 3 {
            return .month(try year(rest[2]), try number(rest[1], 1...12, .month))
        }
        // "6 thang dau 2022", "9 thang dau 2022", "9 thang 2022", "6 thang cuoi 2022"
        if rest.count >= 3, rest[1] == "thang", let n = Int(rest[0]) {
            rest.removeFirst(2)
            var fromEnd = false
            if rest.first == "dau" {
                rest.removeFirst()
            } else if rest.first == "cuoi" {
                rest.removeFirst()
                fromEnd = true
            }
            guard rest.count == 1 else { throw fail(.unreadable(original)) }
            let y = try year(rest[0])
            guard (1...12).contains(n) else { throw fail(.monthCountOutOfRange(n)) }
            return fromEnd ? .months(y, 13 - n, 12) : .cumulative(y, months: n)
        }
        // "h1 2022", "q3 2024", "11 2023" written with spaces instead of '/'
        if w.count == 2 { return try single(w[0] + "/" + w[1], year: year, number: number, fail: fail) }
        throw fail(.unreadable(original))
    }

    static func single(
        _ t: String,
        year: (String) throws(PeriodParseError) -> Int,
        number: (String, ClosedRange<Int>, PeriodParseError.Part) throws(PeriodParseError) -> Int,
        fail: (PeriodParseError.Reason) -> PeriodParseError
    ) throws(PeriodParseError) -> Period {
        let slash = t.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let dash = t.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if slash.count == 1, dash.count == 1 {
            guard t.allSatisfy(\.isNumber) else { throw fail(.unreadable(t)) }
            return .year(try year(t))
        }
        if dash.count == 2, slash.count == 1 {
            let (a, b) = (dash[0], dash[1])
            if b.count == 4, b.allSatisfy(\.isNumber) {  // 2021-2023
                let (y0, y1) = (try year(a), try year(b))
                guard y0 < y1 else { throw fail(.yearsBackwards(y0, y1)) }
                return .years(y0, y1)
            }
            let y = try year(a)
            if b.hasPrefix("h") { return .half(y, try number(String(b.dropFirst()), 1...2, .half)) }
            if b.hasPrefix("q") { return .quarter(y, try number(String(b.dropFirst()), 1...4, .quarter)) }
            if b.hasSuffix("m") || b.hasSuffix("t") {
                let n = try number(String(b.dropLast()), 1...12, .monthCount)
                return .cumulative(y, months: n)
            }
            return .month(y, try number(b, 1...12, .month))
        }
        if dash.count == 3, slash.count == 2 {  // 2024-12/2025-01
            let y0 = try year(dash[0])
            let middle = dash[1].split(separator: "/").map(String.init)
            guard middle.count == 2 else { throw fail(.unreadable(t)) }
            let m0 = try number(middle[0], 1...12, .month)
            let y1 = try year(middle[1])
            let m1 = try number(dash[2], 1...12, .month)
            let first = y0 * 12 + m0 - 1
            let last = y1 * 12 + m1 - 1
            guard first <= last else { throw fail(.monthsBackwards(from: nil, to: nil)) }
            return Period(firstMonth: first, lastMonth: last)
        }
        if dash.count == 3, slash.count == 1 {  // 2023-11-27
            let y = try year(dash[0])
            let m = try number(dash[1], 1...12, .month)
            let d = try number(dash[2], 1...Period.daysIn(month: m, year: y), .day)
            return .day(y, m, d)
        }
        if dash.count == 2, slash.count == 2 {  // 2025-07/08
            let y = try year(dash[0])
            let parts = dash[1].split(separator: "/").map(String.init)
            guard parts.count == 2 else { throw fail(.unreadable(t)) }
            let m0 = try number(parts[0], 1...12, .month)
            let m1 = try number(parts[1], 1...12, .month)
            guard m0 <= m1 else { throw fail(.monthsBackwards(from: m0, to: m1)) }
            return .months(y, m0, m1)
        }
        if slash.count == 2, dash.count == 1 {
            let (a, b) = (slash[0], slash[1])
            let y = try year(b)
            if a.hasPrefix("h") { return .half(y, try number(String(a.dropFirst()), 1...2, .half)) }
            if a.hasPrefix("q") { return .quarter(y, try number(String(a.dropFirst()), 1...4, .quarter)) }
            if a.hasSuffix("t") || a.hasSuffix("m") {
                return .cumulative(y, months: try number(String(a.dropLast()), 1...12, .monthCount))
            }
            if let q = roman(a) { return .quarter(y, q) }
            return .month(y, try number(a, 1...12, .month))
        }
        if slash.count == 3, dash.count == 1 {  // 27/11/2023
            let y = try year(slash[2])
            let m = try number(slash[1], 1...12, .month)
            let d = try number(slash[0], 1...Period.daysIn(month: m, year: y), .day)
            return .day(y, m, d)
        }
        throw fail(.unreadable(t))
    }

    static func roman(_ t: String) -> Int? {
        ["i": 1, "ii": 2, "iii": 3, "iv": 4][t]
    }

    /// Lower case, no diacritics (đ → d), dashes unified to '-', runs of spaces collapsed,
    /// no spaces around '/' and '-'.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            var c = scalar
            switch c.value {
            case 0x0300...0x036F: continue
            case 0x0111: c = "d"
            case 0x2010...0x2015, 0x2212: c = "-"
            default: break
            }
            if c.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if c == "/" || c == "-" {
                pendingSpace = false
            } else if pendingSpace, let last = out.last, last != "/", last != "-" {
                out.append(" ")
            }
            pendingSpace = false
            out.append(c)
        }
        return String(out)
    }
}
