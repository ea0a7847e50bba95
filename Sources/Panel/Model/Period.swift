import Foundation

/// A reporting period: a run of whole calendar months, or a single day.
///
/// Every form reports use maps onto the months it covers, so `6 tháng đầu năm 2022`,
/// `H1/2022` and `2022-H1` are the same period, and a cumulative figure (`9T/2022`,
/// January–September) is distinct from the third quarter.
///
/// | kind        | canonical    | also parsed                                                    |
/// |-------------|--------------|----------------------------------------------------------------|
/// | year        | `2022`       | `năm 2022`                                                     |
/// | half        | `2022-H1`    | `H1/2022`, `6 tháng đầu năm 2022`, `6 tháng cuối năm 2022` (H2) |
/// | quarter     | `2022-Q3`    | `Q3/2022`, `quý III/2022`, `quý 3 năm 2022`                    |
/// | month       | `2023-11`    | `11/2023`, `tháng 11/2023`, `tháng 11 năm 2023`                |
/// | cumulative  | `2022-9M`    | `9T/2022`, `9 tháng đầu năm 2022`, `9 tháng năm 2022`          |
/// | years       | `2021-2023`  | `2021–2023`, `giai đoạn 2021-2023`                             |
/// | month range | `2025-07/08` | `2024-12/2025-01` across New Year                                |
/// | day         | `2023-11-27` | `27/11/2023`                                                   |
///
/// Cumulative periods of 3, 6 and 12 months from January are the first quarter, the first
/// half and the year. Order: by first month, then by last month (so `2022-H1` < `2022`),
/// then day. Years must lie in 1900…2100.
public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Months since year 0: `year * 12 + (month - 1)`.
    public let firstMonth: Int
    public let lastMonth: Int
    /// The day of the month for a single-day period (then `firstMonth == lastMonth`).
    public let day: Int?

    public enum Kind: String, Hashable, Sendable, Codable {
        case year, half, quarter, month, cumulative, years
        case monthRange = "month_range"
        case day
    }

    init(firstMonth: Int, lastMonth: Int, day: Int? = nil) {
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
        self.day = day
    }

    public static func year(_ y: Int) -> Period { Period(firstMonth: y * 12, lastMonth: y * 12 + 11) }
    public static func half(_ y: Int, _ h: Int) -> Period { months(y, 6 * h - 5, 6 * h) }
    public static func quarter(_ y: Int, _ q: Int) -> Period { months(y, 3 * q - 2, 3 * q) }
    public static func month(_ y: Int, _ m: Int) -> Period { months(y, m, m) }
    /// January to month `n` of year `y`.
    public static func cumulative(_ y: Int, months n: Int) -> Period { months(y, 1, n) }
    public static func years(_ a: Int, _ b: Int) -> Period { Period(firstMonth: a * 12, lastMonth: b * 12 + 11) }
    public static func months(_ y: Int, _ from: Int, _ to: Int) -> Period {
        Period(firstMonth: y * 12 + from - 1, lastMonth: y * 12 + to - 1)
    }
    public static func day(_ y: Int, _ m: Int, _ d: Int) -> Period {
        Period(firstMonth: y * 12 + m - 1, lastMonth: y * 12 + m - 1, day: d)
    }

    public var year: Int { firstMonth / 12 }
    var startMonthOfYear: Int { firstMonth % 12 + 1 }
    var endMonthOfYear: Int { lastMonth % 12 + 1 }
    var length: Int { lastMonth - firstMonth + 1 }

    public var kind: Kind {
        if day != nil { return .day }
        let sameYear = firstMonth / 12 == lastMonth / 12
        let m = startMonthOfYear
        if !sameYear { return (m == 1 && endMonthOfYear == 12) ? .years : .monthRange }
        switch length {
        case 12: return .year
        case 6 where m == 1 || m == 7: return .half
        case 3 where (m - 1) % 3 == 0: return .quarter
        case 1: return .month
        default: return m == 1 ? .cumulative : .monthRange
        }
    }

    /// The canonical text: `2022`, `2022-H1`, `2022-Q3`, `2023-11`, `2022-9M`, `2021-2023`,
    /// `2025-07/08`, `2023-11-27`.
    public var description: String {
        let y = year
        switch kind {
        case .year: return "\(y)"
        case .half: return "\(y)-H\(startMonthOfYear == 1 ? 1 : 2)"
        case .quarter: return "\(y)-Q\((startMonthOfYear - 1) / 3 + 1)"
        case .month: return "\(y)-\(Self.two(startMonthOfYear))"
        case .cumulative: return "\(y)-\(length)M"
        case .years: return "\(y)-\(lastMonth / 12)"
        case .monthRange:
            let endYear = lastMonth / 12
            return endYear == y
                ? "\(y)-\(Self.two(startMonthOfYear))/\(Self.two(endMonthOfYear))"
                : "\(y)-\(Self.two(startMonthOfYear))/\(endYear)-\(Self.two(endMonthOfYear))"
        case .day: return "\(y)-\(Self.two(startMonthOfYear))-\(Self.two(day ?? 1))"
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    public static func < (a: Period, b: Period) -> Bool {
        (a.firstMonth, a.lastMonth, a.day ?? 0) < (b.firstMonth, b.lastMonth, b.day ?? 0)
    }

    /// The start of the period in decimal years, the time axis of trends:
    /// 2021 → 2021.0, 2021-H2 → 2021.5, 2021-Q2 → 2021.25, 2021-03 → 2021 + 2/12;
    /// a day adds (day − 1) / (days in its month) / 12.
    public var decimalStart: Double {
        var t = Double(firstMonth) / 12
        if let day {
            t += Double(day - 1) / Double(Self.daysIn(month: startMonthOfYear, year: year)) / 12
        }
        return t
    }

    /// The period just before, of the same kind and length: 2022 → 2021, 2022-H1 → 2021-H2,
    /// 2022-Q1 → 2021-Q4, 2023-01 → 2022-12, 2021-2023 → 2018-2020, a day → the day before.
    /// A cumulative period's predecessor is the same months a year earlier (January–September
    /// is comparable with January–September, not with a quarter).
    public var predecessor: Period {
        switch kind {
        case .cumulative: return sameLastYear
        case .day:
            let (y, m, d) = (year, startMonthOfYear, day ?? 1)
            if d > 1 { return .day(y, m, d - 1) }
            let (py, pm) = m == 1 ? (y - 1, 12) : (y, m - 1)
            return .day(py, pm, Self.daysIn(month: pm, year: py))
        default:
            return Period(firstMonth: firstMonth - length, lastMonth: lastMonth - length)
        }
    }

    /// The period just after, of the same kind and length (the inverse of ``predecessor``):
    /// 2024 → 2025, 2024-H2 → 2025-H1, 2022-9M → 2023-9M, a day → the next day.
    public var successor: Period {
        switch kind {
        case .cumulative: return Period(firstMonth: firstMonth + 12, lastMonth: lastMonth + 12)
        case .day:
            let (y, m, d) = (year, startMonthOfYear, day ?? 1)
            if d < Self.daysIn(month: m, year: y) { return .day(y, m, d + 1) }
            return m == 12 ? .day(y + 1, 1, 1) : .day(y, m + 1, 1)
        default:
            return Period(firstMonth: firstMonth + length, lastMonth: lastMonth + length)
        }
    }

    /// The same period one year earlier ("cùng kỳ năm trước"): 2022-H1 → 2021-H1,
    /// 2022-9M → 2021-9M. For a span of years, the span shifted back by one year.
    public var sameLastYear: Period {
        if let day {
            let d = min(day, Self.daysIn(month: startMonthOfYear, year: year - 1))
            return .day(year - 1, startMonthOfYear, d)
        }
        return Period(firstMonth: firstMonth - 12, lastMonth: lastMonth - 12)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

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
