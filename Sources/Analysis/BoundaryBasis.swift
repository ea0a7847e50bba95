import Panel

/// The boundary a comparison across a reorganisation is made on (`compare --basis`).
///
/// Without a basis a unit is compared with itself as the data names it, and the comparison says
/// when the two periods lie across its reorganisation. With one, a new unit's later figure is
/// set against the figures of the old units it is made of:
/// - **new**: on the new unit's boundary. A rate given with counts by every old unit is pooled:
///   k = Σ kᵢ, n = Σ nᵢ over the old units, rate = k / n (the Wilson interval, the Newcombe
///   interval and the z-test then run on the pooled counts unchanged). A composite index (PAR
///   Index, SIPAS, PAPI, PCI), a rate without counts, or a unit made by a split (whose share of
///   the counts is a weight, not a count) cannot be summed: the new unit is shown beside each
///   old unit instead.
/// - **old**: on the old units' boundaries: each old unit's earlier figure beside the new unit's
///   later one, for every metric.
/// - **both**: the rows of both.
///
/// A count metric (`dossiers_received`) is summed over the old units like a rate's counts.
///
/// With a weight (`compare --weight METRIC`), an index that cannot be summed is also
/// **reconstructed** on the new boundary: x̂ = Σ wᵢxᵢ / Σ wᵢ over the old units, wᵢ each old unit's
/// figure of the weight metric (population, dossiers received) in the earlier period. The row is
/// labelled a reconstruction and the weights are stated; it stands for the new unit in the paired
/// tests. It is the analyst's estimate, not a published figure.
public enum BoundaryBasis: String, Hashable, Sendable, CaseIterable {
    /// The new units' boundary: counts pooled, indices beside each old unit.
    case new
    /// The old units' boundaries: each old unit beside its successor.
    case old
    /// The rows of both.
    case both
}

/// What a row of a comparison compares.
public enum RowBasis: Hashable, Sendable {
    /// The unit with itself, as the data names it.
    case asPublished
    /// The earlier figure is the old units' counts pooled into the new unit's boundary.
    case pooled(predecessors: [String])
    /// The earlier figure is this old unit's; the later one its successor's.
    case predecessor(String)
    /// The earlier figure is a reconstruction: the old units' figures averaged with the weights of
    /// `weight` (a metric of the old units in the earlier period).
    case reconstructed(predecessors: [String], weight: String)
}

/// How a comparison across a reorganisation was made for one new unit, for its statement.
public enum BasisNote: Hashable, Sendable {
    /// `unit`'s figure of `period` is the pooled counts of `predecessors`: `successes` of
    /// `trials` for a rate, nil for a count metric (its values summed).
    case pooled(unit: String, period: Period, predecessors: [String], successes: Int?, trials: Int?)
    /// `unit` is shown beside each of `predecessors` (their figures of `period`), for `reason`.
    case beside(unit: String, period: Period, predecessors: [String], reason: Reason)
    /// `unit`'s figure of `period` is reconstructed: Σ wᵢxᵢ / Σ wᵢ over `predecessors`, wᵢ their
    /// figures of the metric `weight`, written beside each (`weights`, formatted by the front end).
    case reconstructed(unit: String, period: Period, predecessors: [String], weight: String, weights: [Double])
    /// No reconstruction of `unit`: these old units lack a figure of `weight` (or of the metric).
    case notReconstructed(unit: String, weight: String, missing: [String])

    /// Why the counts were not pooled.
    public enum Reason: Hashable, Sendable {
        /// No old unit gives counts: an index or a score (or a rate without its counts) is not summed.
        case notSummable
        /// Some old units have no counts (or no figure) for the period: these.
        case countsMissing([String])
        /// The new unit takes a share of an old unit (a split).
        case split
        /// The old boundary was asked for (`--basis old`).
        case oldBasis
    }
}

/// One row to compare: a key, its label, the two readings and what they compare.
struct ComparedPair {
    var key: SeriesKey
    var label: String
    var from: Reading
    var to: Reading
    var basis: RowBasis
}

extension MetricView {
    /// The pairs a comparison of `from` with `to` shows on `basis`, the earlier keys the old units'
    /// rows took (not to be listed as missing from a period), and the notes.
    func comparedPairs(
        before: [SeriesKey: Reading], after: [SeriesKey: Reading], keys: Set<SeriesKey>, basis: BoundaryBasis?,
        from: Period, to: Period, weights: MetricView? = nil
    ) -> (pairs: [ComparedPair], taken: Set<SeriesKey>, notes: [BasisNote]) {
        var pairs: [ComparedPair] = []
        var taken: Set<SeriesKey> = []
        var notes: [BasisNote] = []
        for key in keys.sorted() {
            guard let b = after[key] else { continue }
            guard let basis, let r = panel.crosswalk.reorganisation(ofUnit: key.unit), r.role == .successor,
                r.changesBoundary(from, to)
            else {
                if let a = before[key] {
                    pairs.append(
                        ComparedPair(key: key, label: label(key, among: keys), from: a, to: b, basis: .asPublished))
                }
                continue
            }
            let name = panel.units.units[key.unit].name
            let olds = panel.crosswalk.predecessorUnits(ofUnit: key.unit).map { entry, unit in
                (
                    name: entry.oldUnit, split: entry.change == .split,
                    reading: unit.flatMap { before[SeriesKey(unit: $0, tier: key.tier)] }
                        ?? unit.flatMap { u in earlierReading(u, tier: key.tier, period: from) }
                )
            }
            for case let unit? in panel.crosswalk.predecessorUnits(ofUnit: key.unit).map(\.unit) {
                taken.insert(SeriesKey(unit: unit, tier: key.tier))
            }
            // A count (dossiers received) is summed as it stands; a rate through its counts.
            let isCount = metric.kind == .count
            let missing = olds.filter { isCount ? $0.reading?.value == nil : $0.reading?.counts == nil }.map(\.name)
            let poolable = missing.isEmpty && !olds.contains(where: \.split) && !olds.isEmpty
            let predecessors = olds.map(\.name)
            if basis != .old, poolable {
                let k = olds.reduce(0) { $0 + ($1.reading?.counts?.successes ?? 0) }
                let n = olds.reduce(0) { $0 + ($1.reading?.counts?.trials ?? 0) }
                var pooled = b
                pooled.period = from
                pooled.officialRank = nil
                pooled.rankOf = nil
                if isCount {
                    pooled.value = olds.reduce(0) { $0 + ($1.reading?.value ?? 0) }
                    pooled.numerator = nil
                    pooled.denominator = nil
                } else {
                    pooled.numerator = Double(k)
                    pooled.denominator = Double(n)
                    pooled.value = n > 0 ? proportionScale * Double(k) / Double(n) : nil
                }
                if pooled.value != nil {
                    pairs.append(
                        ComparedPair(
                            key: key, label: label(key, among: keys), from: pooled, to: b,
                            basis: .pooled(predecessors: predecessors)))
                    notes.append(
                        .pooled(
                            unit: name, period: from, predecessors: predecessors, successes: isCount ? nil : k,
                            trials: isCount ? nil : n))
                }
            }
            // A rank is not averaged: ranks across the change are compared as percentile ranks.
            if basis != .old, !poolable, metric.kind != .rank, let weights {
                let (pair, note) = reconstruction(
                    key: key, label: label(key, among: keys), later: b, olds: olds, weights: weights, from: from)
                if let pair { pairs.append(pair) }
                notes.append(note)
            }
            // Beside each old unit: on the old boundaries, or when the counts cannot be pooled (with
            // `both`, unless one old unit's pooled counts already are its figure: a rename).
            if basis == .old || !poolable || (basis == .both && olds.count > 1) {
                let shown = olds.filter { $0.reading?.value != nil }
                if shown.isEmpty { continue }
                for old in shown {
                    guard let a = old.reading else { continue }
                    pairs.append(
                        ComparedPair(
                            key: key, label: "\(label(key, among: keys)) ← \(old.name)", from: a, to: b,
                            basis: .predecessor(old.name)))
                }
                let reason: BasisNote.Reason
                if basis == .old || poolable {
                    reason = .oldBasis
                } else if olds.contains(where: \.split) {
                    reason = .split
                } else if missing.count == olds.count {
                    reason = .notSummable
                } else {
                    reason = .countsMissing(missing)
                }
                notes.append(.beside(unit: name, period: from, predecessors: predecessors, reason: reason))
            }
        }
        return (pairs, taken, notes)
    }

    /// The new unit's earlier figure reconstructed from its old units' with the weights of `weights`
    /// (see ``BoundaryBasis``), or why not.
    func reconstruction(
        key: SeriesKey, label: String, later b: Reading, olds: [(name: String, split: Bool, reading: Reading?)],
        weights: MetricView, from: Period
    ) -> (ComparedPair?, BasisNote) {
        let name = panel.units.units[key.unit].name
        let units = panel.crosswalk.predecessorUnits(ofUnit: key.unit)
        var w: [Double] = []
        var missing: [String] = []
        for (old, (_, unit)) in zip(olds, units) {
            let weight = unit.flatMap { u in
                weights.readings.first { $0.unit == u && $0.period == from && $0.value != nil }?.value
            }
            guard let x = old.reading?.value, let weight, weight > 0, weight.isFinite, x.isFinite else {
                missing.append(old.name)
                continue
            }
            w.append(weight)
        }
        guard missing.isEmpty, !w.isEmpty else {
            return (nil, .notReconstructed(unit: name, weight: weights.metric.id, missing: missing))
        }
        let x = olds.compactMap { $0.reading?.value }
        var reading = b
        reading.period = from
        reading.value = zip(w, x).reduce(0) { $0 + $1.0 * $1.1 } / w.reduce(0, +)
        (reading.numerator, reading.denominator, reading.officialRank, reading.rankOf) = (nil, nil, nil, nil)
        let predecessors = olds.map(\.name)
        return (
            ComparedPair(
                key: key, label: label, from: reading, to: b,
                basis: .reconstructed(predecessors: predecessors, weight: weights.metric.id)),
            .reconstructed(unit: name, period: from, predecessors: predecessors, weight: weights.metric.id, weights: w)
        )
    }

    /// The reading of `unit` at `tier` in `period`, outside the selection a comparison drew
    /// (`--unit` draws one unit's readings only).
    func earlierReading(_ unit: Int, tier: Tier?, period: Period) -> Reading? {
        readings.first { $0.unit == unit && $0.tier == tier && $0.period == period && $0.value != nil }
    }
}
