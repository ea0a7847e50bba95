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

    @inlinable init(firstMonth: Int, lastMonth: Int, day: Int? = nil) {
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

    /// The period just after, of the same length: 2024 → 2025, 2024-H2 → 2025-H1, 2022-9M →
    /// 2023-9M, a day → the next day. It undoes ``predecessor`` when it keeps the kind. A range of
    /// months that it moves to start in January is the cumulative period of those months, whose
    /// predecessor is a year earlier: 2022-11/12 → 2023-2M, whose predecessor is 2022-2M.
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
