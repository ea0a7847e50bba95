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
    /// The numbers of a cell and what separates them, in one stack allocation (a date is read
    /// for every cell of three columns of every record: three arrays per cell were a fifth of a
    /// log's time).
    struct Parts {
        /// Up to 6 numbers, then their digit counts, then up to 6 separators.
        let storage: UnsafeMutableBufferPointer<Int>
        var count = 0
        var separatorCount = 0

        static let capacity = 6

        func field(_ k: Int) -> Int { storage[k] }
        func digits(_ k: Int) -> Int { storage[Self.capacity + k] }
        func separator(_ k: Int) -> UInt8 { UInt8(truncatingIfNeeded: storage[2 * Self.capacity + k]) }
    }

    /// The date in `cell`, nil when it does not read.
    static func parse(_ cell: UnsafeBufferPointer<UInt8>) -> DayTime? {
        var i = 0
        var end = cell.count
        while i < end, cell[i] == 0x20 { i += 1 }
        while end > i, cell[end - 1] == 0x20 { end -= 1 }
        guard i < end else { return nil }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * Parts.capacity) { storage -> DayTime? in
            var parts = Parts(storage: storage)
            var value = 0
            var length = 0
            while i <= end {
                let b: UInt8 = i < end ? cell[i] : 0
                if b >= 0x30, b <= 0x39 {
                    guard length < 9 else { return nil }
                    value = value * 10 + Int(b - 0x30)
                    length += 1
                } else {
                    guard length > 0, parts.count < Parts.capacity else { return nil }
                    storage[parts.count] = value
                    storage[Parts.capacity + parts.count] = length
                    parts.count += 1
                    if i < end {
                        storage[2 * Parts.capacity + parts.separatorCount] = Int(b)
                        parts.separatorCount += 1
                    }
                    value = 0
                    length = 0
                }
                i += 1
            }
            return date(parts)
        }
    }

    private static func date(_ p: Parts) -> DayTime? {
        let slash = UInt8(ascii: "/")
        let dash = UInt8(ascii: "-")
        let colon = UInt8(ascii: ":")
        let n = p.count
        let separators = p.separatorCount
        if n <= 2 && (separators == 0 || (separators == 1 && p.separator(0) == UInt8(ascii: "."))) {
            return serial(p)
        }
        guard n >= 3 else { return nil }
        let (y, m, d): (Int, Int, Int)
        if p.separator(0) == slash, p.separator(1) == slash, p.digits(0) <= 2, p.digits(1) <= 2, p.digits(2) == 4 {
            (y, m, d) = (p.field(2), p.field(1), p.field(0))
        } else if p.separator(0) == dash, p.separator(1) == dash, p.digits(0) == 4, p.digits(1) <= 2, p.digits(2) <= 2 {
            (y, m, d) = (p.field(0), p.field(1), p.field(2))
        } else {
            return nil
        }
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1, d <= Period.daysIn(month: m, year: y) else {
            return nil
        }
        let day = Int32(daysFromCivil(y, m, d))
        guard n > 3 else { return separators == 2 ? DayTime(day: day, minute: -1) : nil }
        // A time: ' ' or 'T', then H:mm or H:mm:ss.
        guard p.separator(2) == UInt8(ascii: " ") || (p.separator(2) == UInt8(ascii: "T") && p.separator(0) == dash),
            separators == n - 1, (3..<separators).allSatisfy({ p.separator($0) == colon }), n >= 5,
            p.digits(3) <= 2, p.digits(4) == 2, n == 5 || p.digits(5) == 2
        else { return nil }
        guard p.field(3) < 24, p.field(4) < 60, n == 5 || p.field(5) < 60 else { return nil }
        return DayTime(day: day, minute: Int16(p.field(3) * 60 + p.field(4)))
    }

    /// An Excel serial: whole days since 1899-12-30, a fraction the time of day.
    private static func serial(_ p: Parts) -> DayTime? {
        guard p.field(0) >= 1, p.field(0) <= 2_958_465 else { return nil }
        let day = p.field(0) - 25569
        var minute = -1
        if p.count == 2, p.field(1) > 0 {
            var scale = 1.0
            for _ in 0..<p.digits(1) { scale *= 10 }
            minute = Int((Double(p.field(1)) / scale * 1440 + 1e-6).rounded(.down))
        }
        let result = DayTime(day: Int32(day), minute: Int16(minute))
        let (y, _, _) = CellNumbers.civilFromDays(day)
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

    /// The month of a day, as ``Period`` counts months: `year * 12 + month - 1`. With a reporting
    /// window that starts on day `start` (> 1) of each month, a day on or after the `start`th
    /// belongs to the next month's window (15 December – 14 January is January).
    static func month(ofDay day: Int32, windowStart start: Int = 1) -> Int {
        let (y, m, d) = CellNumbers.civilFromDays(Int(day))
        return y * 12 + m - 1 + (start > 1 && d >= start ? 1 : 0)
    }

    /// Whether `day` is the last day of its month's reporting window (the day before `start`, or
    /// the calendar month's last day when `start` is 1).
    static func endsWindow(_ day: Int32, windowStart start: Int = 1) -> Bool {
        let (y, m, d) = CellNumbers.civilFromDays(Int(day))
        return start > 1 ? d == start - 1 : d == Period.daysIn(month: m, year: y)
    }
}
