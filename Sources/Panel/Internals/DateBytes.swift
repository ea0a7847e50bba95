/// A date read from a dossier log's cell: the day, and the minute of the day when the cell gives a
/// time.
struct DayTime: Hashable, Sendable {
    /// Days since 1970-01-01 (negative before).
    var day: Int32
    /// Minutes since midnight, -1 when the cell gives a date alone. Seconds are dropped.
    var minute: Int16

    var hasTime: Bool { minute >= 0 }

    /// Whether `self` comes before `other`: as instants when both have a time, else as days (a
    /// date alone is the whole day, so a time on the same day is not before it).
    @inline(__always) func isBefore(_ other: DayTime) -> Bool {
        if hasTime && other.hasTime { return (day, minute) < (other.day, other.minute) }
        return day < other.day
    }
}

/// Dates as one-door exports write them, read from a cell's bytes without making a `String`.
///
/// Accepted, with spaces around the cell ignored:
/// - `d/m/yyyy` and `d/m/yyyy H:mm[:ss]` (day and month of one or two digits) — the usual export;
/// - ISO `yyyy-m-d`, `yyyy-m-d H:mm[:ss]`, `yyyy-m-dTH:mm[:ss]`;
/// - an Excel serial day number, 1 to 2958465 (1900-01-01 … 9999-12-31 in Excel's count, whose day
///   0 is 1899-12-30), a fraction being the time of day.
/// The year must lie in 1900…2100, the day must exist (no 31/02, no 29/02/2023), hours 0–23,
/// minutes and seconds 0–59. Anything else is not a date.
enum DateBytes {
    /// The date in `cell`, nil when it does not read.
    static func parse(_ cell: UnsafeBufferPointer<UInt8>) -> DayTime? {
        var i = 0
        var end = cell.count
        while i < end, cell[i] == 0x20 { i += 1 }
        while end > i, cell[end - 1] == 0x20 { end -= 1 }
        guard i < end else { return nil }
        var fields: [Int] = []
        fields.reserveCapacity(6)
        var separators: [UInt8] = []
        var digits: [Int] = []
        var value = 0
        var length = 0
        while i <= end {
            let b: UInt8 = i < end ? cell[i] : 0
            if b >= 0x30, b <= 0x39 {
                guard length < 9 else { return nil }
                value = value * 10 + Int(b - 0x30)
                length += 1
            } else {
                guard length > 0 else { return nil }
                fields.append(value)
                digits.append(length)
                if i < end { separators.append(b) }
                value = 0
                length = 0
                guard fields.count <= 6 else { return nil }
            }
            i += 1
        }
        return date(fields, digits, separators)
    }

    private static func date(_ f: [Int], _ digits: [Int], _ s: [UInt8]) -> DayTime? {
        let slash = UInt8(ascii: "/")
        let dash = UInt8(ascii: "-")
        let colon = UInt8(ascii: ":")
        if f.count <= 2 && (s.isEmpty || s == [UInt8(ascii: ".")]) {
            return serial(f, digits)
        }
        guard f.count >= 3 else { return nil }
        let (y, m, d): (Int, Int, Int)
        if s[0] == slash, s[1] == slash, digits[0] <= 2, digits[1] <= 2, digits[2] == 4 {
            (y, m, d) = (f[2], f[1], f[0])
        } else if s[0] == dash, s[1] == dash, digits[0] == 4, digits[1] <= 2, digits[2] <= 2 {
            (y, m, d) = (f[0], f[1], f[2])
        } else {
            return nil
        }
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1, d <= Period.daysIn(month: m, year: y) else {
            return nil
        }
        let day = Int32(daysFromCivil(y, m, d))
        guard f.count > 3 else { return s.count == 2 ? DayTime(day: day, minute: -1) : nil }
        // A time: ' ' or 'T', then H:mm or H:mm:ss.
        guard s[2] == UInt8(ascii: " ") || (s[2] == UInt8(ascii: "T") && s[0] == dash), s.count == f.count - 1,
            s[3...].allSatisfy({ $0 == colon }), f.count >= 5, digits[3] <= 2, digits[4] == 2,
            f.count == 5 || digits[5] == 2
        else { return nil }
        guard f[3] < 24, f[4] < 60, f.count == 5 || f[5] < 60 else { return nil }
        return DayTime(day: day, minute: Int16(f[3] * 60 + f[4]))
    }

    /// An Excel serial: whole days since 1899-12-30, a fraction the time of day.
    private static func serial(_ f: [Int], _ digits: [Int]) -> DayTime? {
        guard f[0] >= 1, f[0] <= 2_958_465 else { return nil }
        let day = f[0] - 25569
        var minute = -1
        if f.count == 2, f[1] > 0 {
            var scale = 1.0
            for _ in 0..<digits[1] { scale *= 10 }
            minute = Int((Double(f[1]) / scale * 1440 + 1e-6).rounded(.down))
        }
        let result = DayTime(day: Int32(day), minute: Int16(minute))
        let (y, _, _) = civilFromDays(day)
        return (1900...2100).contains(y) ? result : nil
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    static func daysFromCivil(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day since 1970-01-01 (`civil_from_days`).
    static func civilFromDays(_ z: Int) -> (year: Int, month: Int, day: Int) {
        let z = z + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The month of a day, as ``Period`` counts months: `year * 12 + month - 1`. With a reporting
    /// window that starts on day `start` (> 1) of each month, a day on or after the `start`th
    /// belongs to the next month's window (15 December – 14 January is January).
    static func month(ofDay day: Int32, windowStart start: Int = 1) -> Int {
        let (y, m, d) = civilFromDays(Int(day))
        return y * 12 + m - 1 + (start > 1 && d >= start ? 1 : 0)
    }

    /// Whether `day` is the last day of its month's reporting window (the day before `start`, or
    /// the calendar month's last day when `start` is 1).
    static func endsWindow(_ day: Int32, windowStart start: Int = 1) -> Bool {
        let (y, m, d) = civilFromDays(Int(day))
        return start > 1 ? d == start - 1 : d == Period.daysIn(month: m, year: y)
    }
}
