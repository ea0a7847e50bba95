/// The tidy rule: one figure per row (`unit`, `period`, `metric`, and a `value`, a pair of counts
/// or a `rank`; optional `level`, `parent`, `tier`, `rank_of`, `source`, `note`).
///
/// Each row is checked in this order, and a row with an error yields no observation: the unit,
/// period and metric are present; the period, level and tier read; the value, numerator and
/// denominator are numbers (counts whole); the rank reads and agrees with `rank_of`; the row gives
/// something (a value, a rank or both counts). A rate given only as counts gets its value
/// (100·n/d). A unit is found or added by its name and parent as written.
///
/// Cells are read as bytes: the columns whose texts repeat (unit, parent, level, tier, period,
/// metric, source) are interned, so each distinct text is decoded and interpreted once per table.
extension LoadContext {
    /// What the metric cells' texts mean, found once per distinct text.
    struct MetricTexts {
        var texts = ByteInterner()
        var ids: [String] = []
        /// Whether the catalog has the metric, and its kind.
        var known: [Bool] = []
        var kinds: [MetricKind?] = []
        var definitions: [Metric?] = []
        /// The unknown-metric warning has been considered for this text.
        var noted: [Bool] = []
    }

    /// The index in `metrics` of metric cell `i`.
    @inline(__always)
    mutating func metric(_ t: CellView, _ i: Int, _ metrics: inout MetricTexts) -> Int {
        let (id, isNew) = t.intern(i, in: &metrics.texts)
        if isNew {
            let metricID = metricID(t.text(i))
            let metric = panel.metrics[metricID]
            metrics.ids.append(metricID)
            metrics.known.append(metric != nil)
            metrics.kinds.append(metric?.kind)
            metrics.definitions.append(metric)
            metrics.noted.append(false)
        }
        return id
    }

    /// The decimal convention from the value cells of metrics that are not counts or ranks.
    mutating func tidyConvention(_ t: CellView, _ h: TableHeader, _ metrics: inout MetricTexts) -> DecimalConvention {
        if let forced = options.decimal { return forced }
        let (value, metric) = (h.index(.value), h.index(.metric))
        let noMetric = panel.metrics[""]
        var votes = DecimalVotes()
        for r in t.rows {
            guard let v = t.present(r, value) else { continue }
            // The metric's kind decides whether the cell votes; its range is asked for only by a
            // cell that reads either way.
            let m = t.present(r, metric).map { self.metric(t, $0, &metrics) }
            let kind = m.map { metrics.kinds[$0] } ?? noMetric?.kind
            guard kind != .count && kind != .rank else { continue }
            votes.add(t.bytes(v), of: m.map { metrics.definitions[$0] } ?? noMetric)
        }
        return convention(votes, file: t.name)
    }

    mutating func readTidy(_ t: CellView, _ h: TableHeader) -> DecimalConvention {
        checkShape(t, h, used: Set(h.column.values))
        var metrics = MetricTexts()
        let convention = tidyConvention(t, h, &metrics)
        let c = (
            unit: h.index(.unit), level: h.index(.level), parent: h.index(.parent), tier: h.index(.tier),
            period: h.index(.period), metric: h.index(.metric), value: h.index(.value),
            numerator: h.index(.numerator), denominator: h.index(.denominator), rank: h.index(.rank),
            rankOf: h.index(.rankOf), source: h.index(.source), note: h.index(.note)
        )
        var periodIDs = ByteInterner()
        var levelIDs = ByteInterner()
        var tierIDs = ByteInterner()
        var sourceIDs = ByteInterner()
        var periods: [Result<Period, PeriodParseError>] = []
        var levels: [UnitLevel?] = []
        var tiers: [Tier?] = []
        var sources: [String] = []
        var units = UnitTexts()
        panel.observations.reserveCapacity(panel.observations.count + t.rows.count)

        for r in t.rows {
            guard let unitField = t.field(r, c.unit), t.fields[unitField].length > 0 else {
                report(
                    Diagnostic(.missingUnit, at: t.location(r, c.unit)))
                continue
            }
            guard let periodField = t.present(r, c.period) else {
                report(
                    Diagnostic(.missingPeriod, at: t.location(r, c.period)))
                continue
            }
            guard let metricField = t.present(r, c.metric) else {
                report(Diagnostic(.missingMetric, at: t.location(r, c.metric)))
                continue
            }
            var bad = false
            let p = t.intern(periodField, in: &periodIDs)
            if p.isNew { periods.append(self.period(t.text(periodField))) }
            let period: Period
            switch periods[p.id] {
            case .success(let value): period = value
            case .failure(let e):
                reportBadPeriod(e, at: t.location(periodField))
                bad = true
                period = .year(2000)
            }
            let (level, tier, m, fine) = checkRest(
                t, r, c.level, c.tier, metricField, &metrics, &levelIDs, &levels, &tierIDs, &tiers)
            bad = bad || !fine
            let kind = metrics.kinds[m]
            let value = t.present(r, c.value).map {
                number(t, $0, column: h.name(of: .value), convention, count: kind == .count)
            }
            let numerator = t.present(r, c.numerator).map {
                number(t, $0, column: h.name(of: .numerator), convention, count: true)
            }
            let denominator = t.present(r, c.denominator).map {
                number(t, $0, column: h.name(of: .denominator), convention, count: true)
            }
            // A present cell that is not a number was reported: the row is not used.
            if value == .some(nil) || numerator == .some(nil) || denominator == .some(nil) { bad = true }
            let rankField = t.present(r, c.rank)
            let (rank, rankOf, ranksFine) = ranks(t, r, h, rankField, c.rankOf, convention)
            if bad || !ranksFine { continue }
            if value == nil, rank == nil, numerator == nil || denominator == nil {
                report(
                    Diagnostic(.emptyObservation, at: t.location(r, c.value)))
                continue
            }
            let unitIndex = unit(t, r, unitField, parent: t.present(r, c.parent), level: level, &units, c.level)
            var source: String?
            if let i = t.present(r, c.source) {
                let s = t.intern(i, in: &sourceIDs)
                if s.isNew { sources.append(clean(t.text(i))) }
                source = sources[s.id]
            }
            // A rate given only as counts gets its value.
            var computed: Double?
            if value == nil, let n = numerator??.value, let d = denominator??.value, d > 0 {
                computed = !metrics.known[m] || kind == .percent ? 100 * n / d : n / d
            }
            panel.observations.append(
                Observation(
                    unit: unitIndex, period: period, metric: metrics.ids[m], tier: tier,
                    value: value??.value ?? computed, valueDecimals: value??.decimals, valueComputed: computed != nil,
                    numerator: numerator??.value, denominator: denominator??.value, rank: rank, rankOf: rankOf,
                    source: source, note: t.present(r, c.note).map(t.text), origin: t.origin(unitField),
                    valueColumn: t.column(r, c.value), rankColumn: t.column(r, c.rank)))
        }
        return convention
    }

    mutating func reportBadPeriod(_ e: PeriodParseError, at location: SourceLocation) {
        report(Diagnostic(.badPeriod(e), at: location))
    }

    /// The level, tier and metric (cell `metricField`) of row `r` (reporting a level or tier that
    /// does not read, and an unknown metric once per text), and whether the level and tier read.
    mutating func checkRest(
        _ t: CellView, _ r: Int, _ levelColumn: Int, _ tierColumn: Int, _ metricField: Int,
        _ metrics: inout MetricTexts, _ levelIDs: inout ByteInterner, _ levels: inout [UnitLevel?],
        _ tierIDs: inout ByteInterner, _ tiers: inout [Tier?]
    ) -> (level: UnitLevel?, tier: Tier?, metric: Int, fine: Bool) {
        var fine = true
        var level: UnitLevel?
        if let i = t.present(r, levelColumn) {
            let l = t.intern(i, in: &levelIDs)
            if l.isNew { levels.append(self.level(t.text(i))) }
            level = levels[l.id]
            if level == nil {
                report(
                    Diagnostic(.badLevel(t.text(i)), at: t.location(r, levelColumn)))
                fine = false
            }
        }
        var tier: Tier?
        if let i = t.present(r, tierColumn) {
            let k = t.intern(i, in: &tierIDs)
            if k.isNew { tiers.append(self.tier(t.text(i))) }
            tier = tiers[k.id]
            if tier == nil {
                report(
                    Diagnostic(.badTier(t.text(i)), at: t.location(r, tierColumn)))
                fine = false
            }
        }
        let m = metric(t, metricField, &metrics)
        if !metrics.known[m], !metrics.noted[m] {
            // Once per text: later rows of this table would find it already warned about.
            noteUnknownMetric(metrics.ids[m], at: t.location(metricField))
            metrics.noted[m] = true
        }
        return (level, tier, m, fine)
    }

    /// The rank and ranking size of row `r` from its rank and `rank_of` cells, and whether they
    /// read and agree (each problem reported).
    mutating func ranks(
        _ t: CellView, _ r: Int, _ h: TableHeader, _ rankField: Int?, _ rankOfColumn: Int,
        _ convention: DecimalConvention
    ) -> (rank: Int?, of: Int?, fine: Bool) {
        var rank: Int?
        var rankOf: Int?
        var fine = true
        if let i = rankField {
            if let parsed = RankCells.parse(t.bytes(i)) {
                (rank, rankOf) = parsed
            } else {
                report(
                    Diagnostic(.badRank(t.text(i)), at: t.location(i)))
                fine = false
            }
        }
        if let i = t.present(r, rankOfColumn) {
            if let n = NumberReader.parse(t.bytes(i), convention: convention, count: true), n.value >= 1, n.value < 1e9
            {
                let of = Int(n.value)
                if let stated = rankOf, stated != of {
                    report(
                        Diagnostic(
                            .rankOfMismatch(rankOf: of, rankCell: rankField.map(t.text) ?? ""), at: t.location(i)))
                    fine = false
                }
                rankOf = of
            } else {
                report(
                    Diagnostic(.notAWholeNumber(text: t.text(i), column: h.name(of: .rankOf)), at: t.location(i)))
                fine = false
            }
        }
        return (rank, rankOf, fine)
    }
}
