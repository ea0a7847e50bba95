/// One dossier as the counts need it (a record that passed every check).
struct DossierRecord {
    var received: DayTime
    var due: DayTime
    /// Empty while open.
    var returned: DayTime?
    /// The status says không đủ điều kiện / tạm dừng / hủy (closed without a result).
    var ineligible: Bool
    var online: Bool

    enum Outcome: Int { case early, onDueDay, late, ineligible }

    /// How the dossier closed, and on which day; nil while open. An ineligible dossier closes on
    /// its return date, else on the day it came. A resolved one is early when returned on a day
    /// before the due day, on time on the due day (unless both cells have a time and the return is
    /// later), late after it.
    var closing: (outcome: Outcome, day: Int32)? {
        if ineligible { return (.ineligible, returned?.day ?? received.day) }
        guard let r = returned else { return nil }
        if r.day < due.day { return (.early, r.day) }
        if r.day == due.day, !(r.hasTime && due.hasTime && r.minute > due.minute) { return (.onDueDay, r.day) }
        return (.late, r.day)
    }

    /// The last month at whose end the dossier, if still open, is within its due: the due day's
    /// month when the due day is that month's last, else the month before (months being reporting
    /// windows from day `windowStart`).
    func lastMonthWithinDue(windowStart: Int) -> Int {
        DateBytes.month(ofDay: due.day, windowStart: windowStart)
            - (DateBytes.endsWindow(due.day, windowStart: windowStart) ? 0 : 1)
    }
}

/// The running counts of a dossier log: per group (a unit, or a unit and tier) and per month,
/// what happened in the month, and the changes of what is open at months' ends. Every record
/// adds to at most seven counters, whatever its dates; a period's counts are sums over its months
/// (``counts(of:over:)``). Memory: the groups × the months spanned × 9 counters, never the records.
struct DossierTally {
    /// The counters of one month.
    enum Counter: Int, CaseIterable {
        case new, newOnline, early, onDueDay, late, ineligible
        /// Changes of the open dossiers at the month's end: +1 in the month received, −1 in the
        /// month closed; the same for the online ones, and for those open within their due.
        case openChange, openOnlineChange, withinDueChange
    }
    static let width = Counter.allCases.count

    /// One group's months from `base`, `width` counters each.
    struct Months {
        var base = 0
        var counters: [Int32] = []

        var count: Int { counters.count / DossierTally.width }

        mutating func add(_ month: Int, _ counter: Counter, _ delta: Int32 = 1) {
            if counters.isEmpty { base = month }
            if month < base {
                counters.insert(
                    contentsOf: [Int32](repeating: 0, count: (base - month) * DossierTally.width), at: 0)
                base = month
            } else if month >= base + count {
                counters.append(
                    contentsOf: [Int32](repeating: 0, count: (month - base - count + 1) * DossierTally.width))
            }
            counters[(month - base) * DossierTally.width + counter.rawValue] &+= delta
        }

        /// The counter of `month` (0 outside the span).
        func value(_ month: Int, _ counter: Counter) -> Int {
            guard month >= base, month < base + count else { return 0 }
            return Int(counters[(month - base) * DossierTally.width + counter.rawValue])
        }

        /// The sum of a change counter over every month up to `month`: the open count at its end.
        func running(_ month: Int, _ counter: Counter) -> Int {
            var total = 0
            var m = base
            while m <= month, m < base + count {
                total += value(m, counter)
                m += 1
            }
            return total
        }
    }

    var groups: [Months] = []
    /// The day of the month reporting windows start on: 1 for calendar months, 15 for "15th to
    /// 14th" (the month is the one the window ends in).
    var windowStart = 1
    /// The months the log covers: from the first month received to the last month received or
    /// closed (nil before any record).
    var firstMonth: Int?
    var lastMonth: Int?

    mutating func add(_ r: DossierRecord, group: Int) {
        while groups.count <= group { groups.append(Months()) }
        let received = DateBytes.month(ofDay: r.received.day, windowStart: windowStart)
        groups[group].add(received, .new)
        if r.online { groups[group].add(received, .newOnline) }
        groups[group].add(received, .openChange)
        if r.online { groups[group].add(received, .openOnlineChange) }
        var closed: Int?
        if let (outcome, day) = r.closing {
            let m = DateBytes.month(ofDay: day, windowStart: windowStart)
            closed = m
            let counter: Counter =
                switch outcome {
                case .early: .early
                case .onDueDay: .onDueDay
                case .late: .late
                case .ineligible: .ineligible
                }
            groups[group].add(m, counter)
            groups[group].add(m, .openChange, -1)
            if r.online { groups[group].add(m, .openOnlineChange, -1) }
        }
        // Open within its due at the ends of the months received … min(closed − 1, k).
        let k = r.lastMonthWithinDue(windowStart: windowStart)
        if k >= received, closed.map({ $0 > received }) ?? true {
            groups[group].add(received, .withinDueChange)
            groups[group].add(min(closed ?? (k + 1), k + 1), .withinDueChange, -1)
        }
        firstMonth = min(firstMonth ?? received, received)
        lastMonth = max(lastMonth ?? received, max(received, closed ?? received))
    }

    /// The counts of `group` over the months `period` spans; nil when nothing was received in it.
    func counts(of group: Int, over period: Period) -> DossierCounts? {
        guard group < groups.count else { return nil }
        let g = groups[group]
        var c = DossierCounts()
        c.carriedOver = g.running(period.firstMonth - 1, .openChange)
        var new = 0
        var newOnline = 0
        for m in period.firstMonth...period.lastMonth {
            new += g.value(m, .new)
            newOnline += g.value(m, .newOnline)
            c.early += g.value(m, .early)
            c.onDueDay += g.value(m, .onDueDay)
            c.late += g.value(m, .late)
            c.ineligible += g.value(m, .ineligible)
        }
        c.received = c.carriedOver + new
        guard c.received > 0 else { return nil }
        c.online = g.running(period.firstMonth - 1, .openOnlineChange) + newOnline
        c.pending = g.running(period.lastMonth, .openChange)
        c.pendingOverdue = c.pending - g.running(period.lastMonth, .withinDueChange)
        return c
    }
}
