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

    /// The columns of a tidy table (-1 for those it lacks).
    struct TidyColumns {
        let unit: Int, level: Int, parent: Int, tier: Int, period: Int, metric: Int, value: Int
        let numerator: Int, denominator: Int, rank: Int, rankOf: Int, source: Int, note: Int

        init(_ h: TableHeader) {
            (unit, level, parent, tier, period) = (
                h.index(.unit), h.index(.level), h.index(.parent), h.index(.tier), h.index(.period)
            )
            (metric, value, numerator, denominator) = (
                h.index(.metric), h.index(.value), h.index(.numerator), h.index(.denominator)
            )
            (rank, rankOf, source, note) = (h.index(.rank), h.index(.rankOf), h.index(.source), h.index(.note))
        }
    }

    /// What reading a tidy table remembers from one part of it to the next (a large file is read
    /// a window at a time, ``CSVChunks``): the header, the interned texts and what they mean, the
    /// decimal votes, and the shape problems held back until the votes are in.
    struct TidyReading {
        let h: TableHeader
        let c: TidyColumns
        var metrics = MetricTexts()
        var votes = DecimalVotes()
        var shape: HeldDiagnostics
        var periodIDs = ByteInterner()
        var levelIDs = ByteInterner()
        var tierIDs = ByteInterner()
        var sourceIDs = ByteInterner()
        var periods: [Result<Period, PeriodParseError>] = []
        var levels: [UnitLevel?] = []
        var tiers: [Tier?] = []
        var sources: [String] = []
        var units = UnitTexts()

        init(_ h: TableHeader, limit: Int) {
            self.h = h
            c = TidyColumns(h)
            shape = HeldDiagnostics(limit: limit)
        }
    }

    /// Reads a tidy table: its shape and decimal vote, then its rows.
    mutating func readTidy(_ t: CellView, _ h: TableHeader) -> DecimalConvention {
        var reading = TidyReading(h, limit: options.maxDiagnostics)
        tidyVotes(t, &reading)
        let convention = tidyConvention(&reading, file: t.name)
        panel.observations.reserveCapacity(panel.observations.count + t.rows.count)
        tidyRows(t, &reading, convention)
        return convention
    }

    /// The first look at (part of) a tidy table: rows of the wrong length (held back) and the
    /// decimal votes of the value cells of metrics that are not counts or ranks.
    mutating func tidyVotes(_ t: CellView, _ reading: inout TidyReading) {
        Self.shapeProblems(t, reading.h) { reading.shape.add($0) }
        guard options.decimal == nil else { return }
        let (value, metric) = (reading.c.value, reading.c.metric)
        let noMetric = panel.metrics[""]
        for r in t.rows {
            guard let v = t.present(r, value) else { continue }
            // The metric's kind decides whether the cell votes; its range is asked for only by a
            // cell that reads either way.
            let m = t.present(r, metric).map { self.metric(t, $0, &reading.metrics) }
            let kind = m.map { reading.metrics.kinds[$0] } ?? noMetric?.kind
            guard kind != .count && kind != .rank else { continue }
            reading.votes.add(t.bytes(v), of: m.map { reading.metrics.definitions[$0] } ?? noMetric)
        }
    }

    /// After the first look: the unused columns, the shape problems, and the convention.
    mutating func tidyConvention(_ reading: inout TidyReading, file: String) -> DecimalConvention {
        reportUnusedColumns(reading.h, used: Set(reading.h.column.values))
        reading.shape.flush(into: &self)
        return convention(reading.votes, file: file)
    }

    /// The rows of (part of) a tidy table as observations.
    mutating func tidyRows(_ t: CellView, _ reading: inout TidyReading, _ convention: DecimalConvention) {
        let (h, c) = (reading.h, reading.c)
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
            let p = t.intern(periodField, in: &reading.periodIDs)
            if p.isNew { reading.periods.append(self.period(t.text(periodField))) }
            let period: Period
            switch reading.periods[p.id] {
            case .success(let value): period = value
            case .failure(let e):
                reportBadPeriod(e, at: t.location(periodField))
                bad = true
                period = .year(2000)
            }
            let (level, tier, m, fine) = checkRest(t, r, c.level, c.tier, metricField, &reading)
            bad = bad || !fine
            let kind = reading.metrics.kinds[m]
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
            let unitIndex = unit(
                t, r, unitField, parent: t.present(r, c.parent), level: level, &reading.units, c.level)
            var source: String?
            if let i = t.present(r, c.source) {
                let s = t.intern(i, in: &reading.sourceIDs)
                if s.isNew { reading.sources.append(clean(t.text(i))) }
                source = reading.sources[s.id]
            }
            // A rate given only as counts gets its value.
            var computed: Double?
            if value == nil, let n = numerator??.value, let d = denominator??.value, d > 0 {
                computed = !reading.metrics.known[m] || kind == .percent ? 100 * n / d : n / d
            }
            panel.observations.append(
                Observation(
                    unit: unitIndex, period: period, metric: reading.metrics.ids[m], tier: tier,
                    value: value??.value ?? computed, valueDecimals: value??.decimals, valueComputed: computed != nil,
                    numerator: numerator??.value, denominator: denominator??.value, rank: rank, rankOf: rankOf,
                    source: source, note: t.present(r, c.note).map(t.text), origin: t.origin(unitField),
                    valueColumn: t.column(r, c.value), rankColumn: t.column(r, c.rank)))
        }
    }

    mutating func reportBadPeriod(_ e: PeriodParseError, at location: SourceLocation) {
        report(Diagnostic(.badPeriod(e), at: location))
    }

    /// The level, tier and metric (cell `metricField`) of row `r` (reporting a level or tier that
    /// does not read, and an unknown metric once per text), and whether the level and tier read.
    mutating func checkRest(
        _ t: CellView, _ r: Int, _ levelColumn: Int, _ tierColumn: Int, _ metricField: Int,
        _ reading: inout TidyReading
    ) -> (level: UnitLevel?, tier: Tier?, metric: Int, fine: Bool) {
        var fine = true
        var level: UnitLevel?
        if let i = t.present(r, levelColumn) {
            let l = t.intern(i, in: &reading.levelIDs)
            if l.isNew { reading.levels.append(self.level(t.text(i))) }
            level = reading.levels[l.id]
            if level == nil {
                report(
                    Diagnostic(.badLevel(t.text(i)), at: t.location(r, levelColumn)))
                fine = false
            }
        }
        var tier: Tier?
        if let i = t.present(r, tierColumn) {
            let k = t.intern(i, in: &reading.tierIDs)
            if k.isNew { reading.tiers.append(self.tier(t.text(i))) }
            tier = reading.tiers[k.id]
            if tier == nil {
                report(
                    Diagnostic(.badTier(t.text(i)), at: t.location(r, tierColumn)))
                fine = false
            }
        }
        let m = metric(t, metricField, &reading.metrics)
        if !reading.metrics.known[m], !reading.metrics.noted[m] {
            // Once per text: later rows of this table would find it already warned about.
            noteUnknownMetric(reading.metrics.ids[m], at: t.location(metricField))
            reading.metrics.noted[m] = true
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
