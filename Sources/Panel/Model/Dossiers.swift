/// The periods a dossier log is summarised over (`--period`).
public enum DossierPeriod: String, CaseIterable, Hashable, Sendable, Codable {
    /// Calendar months: `2022-03`.
    case month
    /// Quarters: `2022-Q1`.
    case quarter
    /// Halves: `2022-H1` (6 tháng đầu năm, January–June) and `2022-H2` (6 tháng cuối năm).
    case half = "6m"
    /// January–September, cumulative: `2022-9M` (9 tháng đầu năm).
    case nineMonths = "9m"
    /// Calendar years: `2022`.
    case year

    /// The periods of this kind whose months all lie in `first...last` (months as ``Period``
    /// counts them), in order.
    public func periods(from first: Int, to last: Int) -> [Period] {
        guard first <= last else { return [] }
        var out: [Period] = []
        for y in (first / 12)...(last / 12) {
            let spans: [(Int, Int)] =
                switch self {
                case .month: (1...12).map { ($0, $0) }
                case .quarter: (1...4).map { (3 * $0 - 2, 3 * $0) }
                case .half: [(1, 6), (7, 12)]
                case .nineMonths: [(1, 9)]
                case .year: [(1, 12)]
                }
            for (a, b) in spans where y * 12 + a - 1 >= first && y * 12 + b - 1 <= last {
                out.append(.months(y, a, b))
            }
        }
        return out
    }
}

/// A kind of record of a dossier log that is left out of every count, with the order in which
/// they are tried (a record is of the first kind that applies).
public enum BadDossier: String, CaseIterable, Hashable, Sendable, Codable {
    /// The dossier id, the unit, the date received or the due date is empty.
    case missingValue = "missing-value"
    /// A date received, due or returned that is written and is not a date.
    case unreadableDate = "unreadable-date"
    /// A tier cell that is not cấp tỉnh / huyện / xã (province, district, commune).
    case unknownTier = "unknown-tier"
    /// A channel cell that is not trực tuyến / trực tiếp / bưu chính công ích.
    case unknownChannel = "unknown-channel"
    /// Returned before it was received.
    case returnedBeforeReceived = "returned-before-received"
    /// Due before it was received.
    case dueBeforeReceived = "due-before-received"
    /// An id already seen on an earlier record that passed every other check.
    case duplicateID = "duplicate-id"
}

/// How many records of one kind were left out.
public struct BadDossierCount: Hashable, Sendable {
    public var kind: BadDossier
    public var count: Int

    public init(kind: BadDossier, count: Int) {
        self.kind = kind
        self.count = count
    }
}

/// How dossier logs are summarised into observations.
public struct DossierOptions: Hashable, Sendable {
    /// The kinds of period to summarise over; each period only when the log covers all its months.
    public var periods: [DossierPeriod]
    /// Split each unit's counts by tier (when the log has a tier column).
    public var byTier: Bool
    /// How many bad records of each kind are reported one by one (all are counted).
    public var reportedPerKind: Int
    /// The day of the month reporting windows start on (1–28): 1 for calendar months; 15 for
    /// statistical reports that run from the 15th of the previous month to the 14th (then
    /// `2022-01` is 15 December 2021 – 14 January 2022, and `2022-H1` 15 December – 14 June).
    public var windowStart: Int

    public init(
        periods: [DossierPeriod] = DossierPeriod.allCases, byTier: Bool = true, reportedPerKind: Int = 10,
        windowStart: Int = 1
    ) {
        self.periods = periods
        self.byTier = byTier
        self.reportedPerKind = reportedPerKind
        self.windowStart = min(max(windowStart, 1), 28)
    }
}

/// The counts of one unit (and tier) over one period, by the definitions of the README's "Dossier
/// logs" (and `scripts/oracle/dossiers.py`, the oracle of the tests):
///
/// - received = carried over (received before the period, not closed before it) + new (received
///   in it);
/// - online: of those received, the ones filed trực tuyến;
/// - resolved = early + on the due day + late, closed in the period; ineligible (không đủ điều
///   kiện, tạm dừng, hủy) closed in it;
/// - pending: received by the period's end and not closed by then; overdue: those whose due day is
///   before the period's last day.
/// received = resolved + ineligible + pending.
public struct DossierCounts: Hashable, Sendable {
    public var received = 0
    public var carriedOver = 0
    public var online = 0
    public var early = 0
    public var onDueDay = 0
    public var late = 0
    public var ineligible = 0
    public var pending = 0
    public var pendingOverdue = 0

    public init() {}

    public var resolved: Int { early + onDueDay + late }
    /// Early or on the due day: "giải quyết đúng hạn, trước hạn".
    public var onTime: Int { early + onDueDay }
    public var pendingWithinDue: Int { pending - pendingOverdue }
}
