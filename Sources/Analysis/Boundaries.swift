import Panel

/// A figure compared across a reorganisation: one unit, whose two periods (or whose series)
/// lie on different sides of the date its boundary changed, or straddle it.
///
/// Analyses attach these notes; the report states each one ("Đồng Nai (2025) is the merger of
/// Đồng Nai and Bình Phước (from 01/7/2025); 2024 figures were published on the old boundary").
public struct BoundaryNote: Hashable, Sendable {
    /// The unit as the analysis's table names it.
    public var unit: String
    /// The change that touches it (``Reorganisation/role`` says from which side).
    public var reorganisation: Reorganisation
    /// The earlier period compared (the first of a series).
    public var earlier: Period
    /// The later period compared (the last of a series, a target's period).
    public var later: Period

    /// A note of `unit` compared from `earlier` to `later` across `reorganisation`.
    public init(unit: String, reorganisation: Reorganisation, earlier: Period, later: Period) {
        self.unit = unit
        self.reorganisation = reorganisation
        self.earlier = earlier
        self.later = later
    }

    /// Where the later period lies against the change.
    public var laterSide: PeriodSide { later.side(of: reorganisation.effective) }
    /// Where the earlier period lies against the change.
    public var earlierSide: PeriodSide { earlier.side(of: reorganisation.effective) }
}

/// Percentile rank: a rank normalised to the size of its ranking, so that ranks among different
/// numbers of units compare (10th of 63 in 2024 against 5th of 34 in 2025).
///
/// p = 100 · (rank − 1) / (n − 1): 0 % is the first place, 100 % the last, whatever n; the
/// share of the other ranked units that rank above this one. Ties keep their shared (competition)
/// rank. Nil when n < 2 or the rank lies outside 1…n.
///
/// | rank / n | p |
/// |---|---|
/// | 1/63 | 0 |
/// | 10/63 | 14.52 |
/// | 5/34 | 12.12 |
/// | 34/34 | 100 |
public enum PercentileRank {
    /// The percentile rank of `rank` among `n` ranked units, in percent (0 = first, 100 = last).
    public static func of(rank: Int, among n: Int) -> Double? {
        guard n >= 2, (1...n).contains(rank) else { return nil }
        return 100 * Double(rank - 1) / Double(n - 1)
    }
}

extension MetricView {
    /// The notes of the units of `keys` whose figures of `earlier` and `later` may lie on
    /// different boundaries: a reorganisation touches the unit (``Crosswalk/reorganisation(ofUnit:)``)
    /// and the periods are on different sides of its date, or one straddles it.
    public func boundaryNotes(_ keys: some Sequence<SeriesKey>, earlier: Period, later: Period) -> [BoundaryNote] {
        let all = Set(keys)
        var seen: Set<Int> = []
        var notes: [BoundaryNote] = []
        for key in all.sorted() where seen.insert(key.unit).inserted {
            guard let r = panel.crosswalk.reorganisation(ofUnit: key.unit), r.separates(earlier, later) else {
                continue
            }
            notes.append(
                BoundaryNote(
                    unit: panel.units.units[key.unit].name, reorganisation: r, earlier: earlier, later: later))
        }
        return notes.sorted { Names.fold($0.unit) < Names.fold($1.unit) }
    }

    /// Whether a reorganisation of units of `level` (any level when nil) lies between `earlier` and
    /// `later` (the first on the old boundary, the second on the new: a straddling period is read on
    /// the new one): then a ranking of that level changes its set of units between them (63
    /// provinces, then 34) even for the units it left unchanged.
    public func reorganisationBetween(level: UnitLevel?, earlier: Period, later: Period) -> Bool {
        panel.crosswalk.entries.contains { e in
            e.change != .unchanged && (level == nil || e.level == level)
                && earlier.side(of: e.effective) == .before && later.side(of: e.effective) != .before
        }
    }

    /// The error for unit `unit` asked for in `period` when it has no figure there because it became
    /// part of another unit before (or during) the period: "Bình Phước is part of Đồng Nai from
    /// 01/7/2025". Nil when that is not why.
    public func endedUnit(_ unit: Int, in period: Period) -> AnalysisError? {
        guard let r = panel.crosswalk.reorganisation(ofUnit: unit), r.role == .predecessor,
            period.side(of: r.effective) != .before,
            !readings.contains(where: { $0.unit == unit && $0.period == period && $0.value != nil })
        else { return nil }
        return .noData(
            .partOfSuccessor(
                unit: panel.units.units[unit].name, successors: r.successors, effective: r.effective, metric: metric.id,
                period: period))
    }

    /// Whether a reorganisation of the unit of `key` lies between `earlier` (old boundary) and
    /// `later` (new boundary).
    public func crossesBoundary(_ key: SeriesKey, earlier: Period, later: Period) -> Bool {
        panel.crosswalk.reorganisation(ofUnit: key.unit)?.changesBoundary(earlier, later) ?? false
    }
}
