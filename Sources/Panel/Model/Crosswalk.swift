import Foundation

/// A calendar day, such as the date a reorganisation takes effect (`2025-07-01`).
///
/// Parsed from `2025-07-01` or the Vietnamese `1/7/2025`, `01/07/2025`; years 1900–2100, days
/// checked against their month (29 February only in leap years).
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, 1900–2100.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31 (as the month has).
    public let day: Int

    /// The date, when it exists.
    public init?(year: Int, month: Int, day: Int) {
        guard PeriodParser.validYears.contains(year), (1...12).contains(month),
            (1...Period.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` or `D/M/YYYY` (day first, as Vietnamese documents write it).
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let dashed = t.split(separator: "-", omittingEmptySubsequences: false)
        let slashed = t.split(separator: "/", omittingEmptySubsequences: false)
        let parts: [Substring]
        let ymd: Bool
        if dashed.count == 3 {
            (parts, ymd) = (dashed, true)
        } else if slashed.count == 3 {
            (parts, ymd) = (slashed, false)
        } else {
            return nil
        }
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else { return nil }
        let n = parts.compactMap { Int($0) }
        let (y, m, d) = ymd ? (n[0], n[1], n[2]) : (n[2], n[1], n[0])
        guard (ymd ? parts[0] : parts[2]).count == 4 else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `2025-07-01`.
    public var description: String { "\(year)-\(Period.two(month))-\(Period.two(day))" }

    /// Earlier dates first.
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// Where a period lies against a date a change takes effect.
///
/// A period covers whole days: a year from 1 January to 31 December, a half, quarter or month
/// its months, a day itself. **before**: its last day is before the date (`2025-H1` against
/// 1 July 2025); **after**: its first day is on or after the date (`2025-H2`, `2025-07/08`);
/// **straddles**: it begins before the date and ends on or after it (the year `2025`, `2025-9M`).
/// A straddling period is its own case. parlens reads its figures on the **new** boundary (a
/// figure for the year 2025 is published after the change, for the units that exist then: "29/34"),
/// so against a later period it is on the same boundary (places compare, nothing is pooled:
/// ``Reorganisation/changesBoundary(_:_:)``); but it holds months of the old units too, so every
/// comparison that involves it states that the period straddles the date
/// (``Reorganisation/separates(_:_:)``).
public enum PeriodSide: String, Hashable, Sendable, Codable {
    /// The period's last day is before the date.
    case before
    /// The period's first day is the date or later.
    case after
    /// The period begins before the date and ends on or after it.
    case straddles
}

extension Period {
    /// The first day the period covers.
    public var firstDay: CalendarDate? {
        CalendarDate(year: year, month: startMonthOfYear, day: day ?? 1)
    }

    /// The last day the period covers.
    public var lastDay: CalendarDate? {
        let y = lastMonth / 12
        let m = endMonthOfYear
        return CalendarDate(year: y, month: m, day: day ?? Period.daysIn(month: m, year: y))
    }

    /// Where the period lies against `date` (see ``PeriodSide``).
    public func side(of date: CalendarDate) -> PeriodSide {
        guard let first = firstDay, let last = lastDay else { return .straddles }
        if last < date { return .before }
        if first >= date { return .after }
        return .straddles
    }
}

/// How a unit changed in a reorganisation.
public enum BoundaryChange: String, Hashable, Sendable, Codable, CaseIterable {
    /// Joined with others into one unit (which may keep this unit's name).
    case merged
    /// Same territory, new name.
    case renamed
    /// Divided among several new units (each row gives one, with its `share` when known).
    case split
    /// Kept its name and territory.
    case unchanged

    /// Reads the English word or its Vietnamese ("sáp nhập", "hợp nhất", "đổi tên", "chia
    /// tách", "giữ nguyên"), case- and diacritic-insensitively.
    public init?(parsing text: String) {
        let key = Names.fold(text)
        if let kind = BoundaryChange(rawValue: key) {
            self = kind
            return
        }
        switch key {
        case "merge", "sap nhap", "hop nhat", "nhap": self = .merged
        case "rename", "doi ten": self = .renamed
        case "chia tach", "tach", "chia": self = .split
        case "same", "khong doi", "giu nguyen": self = .unchanged
        default: return nil
        }
    }
}

/// One row of a crosswalk: an old unit, one unit it became, when and how.
///
/// Read from `old_province,new_province,change,effective,source` (the 2025 province merger) or
/// `old_unit,new_unit,level,change,effective,share,source` for any level.
public struct CrosswalkEntry: Hashable, Sendable {
    /// The unit before the change, NFC.
    public var oldUnit: String
    /// The unit after the change, NFC.
    public var newUnit: String
    /// The level of both units (province for the province file).
    public var level: UnitLevel
    /// How the old unit changed.
    public var change: BoundaryChange
    /// The first day of the new units.
    public var effective: CalendarDate
    /// For a split: the part of the old unit that went to `newUnit` (0–1: population or dossier
    /// weight), when the file gives it.
    public var share: Double?
    /// Where the row says the change comes from (a resolution).
    public var source: String?
    /// The row's place in its file.
    public var origin: Origin

    /// A row; `share` only for a split.
    public init(
        oldUnit: String, newUnit: String, level: UnitLevel, change: BoundaryChange, effective: CalendarDate,
        share: Double? = nil, source: String? = nil, origin: Origin
    ) {
        self.oldUnit = oldUnit
        self.newUnit = newUnit
        self.level = level
        self.change = change
        self.effective = effective
        self.share = share
        self.source = source
        self.origin = origin
    }
}
