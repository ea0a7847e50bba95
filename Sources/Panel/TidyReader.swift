/// The tidy reader: one observation per row, read from the cells' bytes.
///
/// It follows ``Loader/readTidyReference(_:)`` check for check and diagnostic for diagnostic;
/// what differs is how a cell is looked at. Missing-value markers are compared as bytes, plain
/// numbers are read from bytes (``NumberReader/parse(_:convention:count:)-(UnsafeBufferPointer<UInt8>,_,_)``),
/// and the columns whose texts repeat (unit, parent, level, tier, period, metric, source) are
/// interned: each distinct text is decoded into a `String` and interpreted once per file, then
/// found again by its bytes. A `String` is made per row only for notes and for diagnostics.
extension Loader {
    mutating func readTidy(_ table: Table) -> DecimalConvention {
        if useReferenceReaders { return readTidyReference(table) }
        checkShape(table, used: Set(table.column.values))
        let cells = table.cells
        return cells.storage.withUnsafeBufferPointer { storage in
            cells.fields.withUnsafeBufferPointer { fields in
                readTidyRows(table, TidyCells(table: table, storage: storage, fields: fields))
            }
        }
    }

    /// The cells of a tidy table by record and column, as bytes.
    struct TidyCells {
        let name: String
        let storage: UnsafeBufferPointer<UInt8>
        let fields: UnsafeBufferPointer<CSVCells.Field>
        let recordStarts: [Int]
        /// Column of each key, -1 when the header lacks it.
        let unit: Int, level: Int, parent: Int, tier: Int, period: Int, metric: Int, value: Int
        let numerator: Int, denominator: Int, rank: Int, rankOf: Int, source: Int, note: Int

        init(table: Table, storage: UnsafeBufferPointer<UInt8>, fields: UnsafeBufferPointer<CSVCells.Field>) {
            name = table.name
            self.storage = storage
            self.fields = fields
            recordStarts = table.cells.recordStarts
            func c(_ key: HeaderKey) -> Int { table.column[key] ?? -1 }
            unit = c(.unit)
            level = c(.level)
            parent = c(.parent)
            tier = c(.tier)
            period = c(.period)
            metric = c(.metric)
            value = c(.value)
            numerator = c(.numerator)
            denominator = c(.denominator)
            rank = c(.rank)
            rankOf = c(.rankOf)
            source = c(.source)
            note = c(.note)
        }

        var recordCount: Int { recordStarts.count - 1 }

        /// The field of column `c` in record `r`, nil when the column or the cell is absent.
        @inline(__always) func field(_ r: Int, _ c: Int) -> Int? {
            guard c >= 0 else { return nil }
            let start = recordStarts[r]
            return c < recordStarts[r + 1] - start ? start + c : nil
        }

        /// ``field(_:_:)`` when the cell is not a missing-value marker (`Table.text` ≠ nil).
        @inline(__always) func present(_ r: Int, _ c: Int) -> Int? {
            guard let i = field(r, c), !NumberReader.isMissing(bytes(i)) else { return nil }
            return i
        }

        @inline(__always) func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
            let f = fields[i]
            return UnsafeBufferPointer(rebasing: storage[Int(f.start)..<f.end])
        }

        func text(_ i: Int) -> String { String(decoding: bytes(i), as: UTF8.self) }

        /// The id of field `i`'s text in `interner`.
        @inline(__always) func intern(_ i: Int, in interner: inout ByteInterner) -> (id: Int, isNew: Bool) {
            let f = fields[i]
            return interner.id(of: storage, start: Int(f.start), count: Int(f.length))
        }

        func location(_ i: Int) -> SourceLocation {
            let f = fields[i]
            return SourceLocation(file: name, line: Int(f.line), column: f.column)
        }

        /// `Table.location(row, key)`: the cell's place, or just after the row's last cell.
        func location(_ r: Int, _ c: Int) -> SourceLocation {
            if let i = field(r, c) { return location(i) }
            let last = recordStarts[r + 1] - 1
            guard last >= recordStarts[r] else { return SourceLocation(file: name, line: 0, column: 1) }
            return SourceLocation(file: name, line: Int(fields[last].line), column: afterLastColumn(r))
        }

        /// The column of ``location(_:_:)`` without making the location.
        @inline(__always) func column(_ r: Int, _ c: Int) -> Int {
            if let i = field(r, c) { return fields[i].column }
            return afterLastColumn(r)
        }

        /// Column of the last cell plus its length in characters, plus one.
        func afterLastColumn(_ r: Int) -> Int {
            let last = recordStarts[r + 1] - 1
            guard last >= recordStarts[r] else { return 1 }
            return fields[last].column + characterCount(last) + 1
        }

        /// `text.count` of field `i`: its byte count when it is ASCII without CR (the only ASCII
        /// pair that is one character is CR LF).
        func characterCount(_ i: Int) -> Int {
            let p = bytes(i)
            for b in p where b >= 0x80 || b == 0x0D { return text(i).count }
            return p.count
        }
    }

    /// What the metric cells' texts mean, found once per distinct text.
    struct TidyMetrics {
        var texts = ByteInterner()
        var ids: [String] = []
        /// Whether the catalog has the metric, and its kind.
        var known: [Bool] = []
        var kinds: [MetricKind?] = []
        /// `noteUnknownMetric` has been asked about this text in this file.
        var noted: [Bool] = []
    }

    /// The index in `metrics` of the metric cell `i`.
    @inline(__always)
    mutating func tidyMetric(_ t: TidyCells, _ i: Int, _ metrics: inout TidyMetrics) -> Int {
        let f = t.fields[i]
        let (id, isNew) = metrics.texts.id(of: t.storage, start: Int(f.start), count: Int(f.length))
        if isNew {
            let metricID = cachedMetricID(t.text(i))
            let metric = panel.metrics[metricID]
            metrics.ids.append(metricID)
            metrics.known.append(metric != nil)
            metrics.kinds.append(metric?.kind)
            metrics.noted.append(false)
        }
        return id
    }

    /// Reads a plain rank cell (`6`, `6/63`: ASCII digits) from bytes; nil for anything else,
    /// which ``parseRank(_:)`` then reads.
    static func plainRank(_ p: UnsafeBufferPointer<UInt8>) -> (rank: Int, of: Int?)? {
        var parts: (Int, Int?) = (0, nil)
        var value = 0
        var digits = 0
        var slash = false
        for b in p {
            if b &- 48 < 10 {
                guard digits < 18 else { return nil }
                value = value * 10 + Int(b &- 48)
                digits += 1
            } else if b == 0x2F, !slash, digits > 0 {
                parts.0 = value
                value = 0
                digits = 0
                slash = true
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        if slash { parts.1 = value } else { parts.0 = value }
        return parts
    }

    mutating func readTidyRows(_ table: Table, _ t: TidyCells) -> DecimalConvention {
        var metrics = TidyMetrics()
        let rows = 1..<max(t.recordCount, 1)

        // Pass 1: the decimal convention from value cells of metrics that are not counts.
        let convention: DecimalConvention
        if let forced = options.decimal {
            convention = forced
        } else {
            let noMetric = panel.metrics[""]?.kind
            var point = 0
            var comma = 0
            var ambiguous: String?
            for r in rows {
                guard let v = t.present(r, t.value) else { continue }
                let kind: MetricKind?
                if let m = t.present(r, t.metric) {
                    kind = metrics.kinds[tidyMetric(t, m, &metrics)]
                } else {
                    kind = noMetric
                }
                guard kind != .count && kind != .rank else { continue }
                switch NumberReader.shape(t.bytes(v)) {
                case .decided(.point?): point += 1
                case .decided(.comma?): comma += 1
                case .ambiguous: if ambiguous == nil { ambiguous = t.text(v) }
                default: break
                }
            }
            convention = self.convention(
                detected: NumberReader.decide(point: point, comma: comma, ambiguousExample: ambiguous), file: table.name
            )
        }

        var periodIDs = ByteInterner()
        var levelIDs = ByteInterner()
        var tierIDs = ByteInterner()
        var sourceIDs = ByteInterner()
        var periods: [Result<Period, PeriodParseError>] = []
        var levels: [UnitLevel?] = []
        var tiers: [Tier?] = []
        var sources: [String] = []
        var unitNames = ByteInterner(capacity: 1024)
        var parents = ByteInterner()
        var cleanParents: [String] = []
        /// Per unit text: the parent text (-1 none, -2 not seen yet) and unit of its first row;
        /// other parents of the same text in `moreUnits`.
        var unitsByName: [(parent: Int, index: Int)] = []
        var moreUnits: [Int: Int] = [:]
        panel.observations.reserveCapacity(panel.observations.count + rows.count)

        for r in rows {
            guard let unitField = t.field(r, t.unit), t.fields[unitField].length > 0 else {
                report(
                    Diagnostic(
                        .error, "missing-unit", at: t.location(r, t.unit), "the unit is empty",
                        hint: "every row needs the unit's name"))
                continue
            }
            guard let periodField = t.present(r, t.period) else {
                report(
                    Diagnostic(
                        .error, "missing-period", at: t.location(r, t.period), "the period is empty",
                        hint: PeriodParseError.hint))
                continue
            }
            guard let metricField = t.present(r, t.metric) else {
                report(
                    Diagnostic(
                        .error, "missing-metric", at: t.location(r, t.metric), "the metric is empty",
                        hint: "e.g. par_index, sipas, online_filing_rate"))
                continue
            }
            var bad = false
            let period: Period
            let p = t.intern(periodField, in: &periodIDs)
            if p.isNew { periods.append(self.period(t.text(periodField))) }
            switch periods[p.id] {
            case .success(let value): period = value
            case .failure(let e):
                report(
                    Diagnostic(
                        .error, "bad-period", at: t.location(periodField), e.description, hint: PeriodParseError.hint))
                bad = true
                period = .year(2000)
            }
            var level: UnitLevel?
            if let i = t.present(r, t.level) {
                let l = t.intern(i, in: &levelIDs)
                if l.isNew { levels.append(cachedLevel(t.text(i))) }
                level = levels[l.id]
                if level == nil {
                    report(
                        Diagnostic(
                            .error, "bad-level", at: t.location(r, t.level),
                            "'\(t.text(i))' is not a level",
                            hint:
                                "levels: \(UnitLevel.allCases.map(\.rawValue).joined(separator: ", ")) (or tỉnh, huyện, xã, sở, bộ, vùng, cả nước)"
                        ))
                    bad = true
                }
            }
            var tier: Tier?
            if let i = t.present(r, t.tier) {
                let k = t.intern(i, in: &tierIDs)
                if k.isNew { tiers.append(cachedTier(t.text(i))) }
                tier = tiers[k.id]
                if tier == nil {
                    report(
                        Diagnostic(
                            .error, "bad-tier", at: t.location(r, t.tier),
                            "'\(t.text(i))' is not a tier",
                            hint: "tiers: province, district, commune (or cấp tỉnh, cấp huyện, cấp xã)"))
                    bad = true
                }
            }
            let m = tidyMetric(t, metricField, &metrics)
            let metricID = metrics.ids[m]
            let kind = metrics.kinds[m]
            if !metrics.known[m], !metrics.noted[m] {
                // Once per text: later rows of this file would find it already warned about.
                noteUnknownMetric(metricID, at: t.location(r, t.metric))
                metrics.noted[m] = true
            }
            let isCount = kind == .count
            let value = tidyNumber(table, t, r, t.value, .value, convention, count: isCount)
            let numerator = tidyNumber(table, t, r, t.numerator, .numerator, convention, count: true)
            let denominator = tidyNumber(table, t, r, t.denominator, .denominator, convention, count: true)
            var rank: Int?
            var rankOf: Int?
            let rankField = t.present(r, t.rank)
            if let i = rankField {
                if let parsed = Self.plainRank(t.bytes(i)) ?? Self.parseRank(t.text(i)) {
                    rank = parsed.rank
                    rankOf = parsed.of
                } else {
                    report(
                        Diagnostic(
                            .error, "bad-rank", at: t.location(r, t.rank),
                            "'\(t.text(i))' is not a rank", hint: "write a rank as 6, 6/63 or hạng 6"))
                    bad = true
                }
            }
            if let i = t.present(r, t.rankOf) {
                if let n = NumberReader.parse(t.bytes(i), convention: convention, count: true), n.value >= 1,
                    n.value < 1e9
                {
                    let of = Int(n.value)
                    if let stated = rankOf, stated != of {
                        report(
                            Diagnostic(
                                .error, "rank-of-mismatch", at: t.location(r, t.rankOf),
                                "rank_of says \(of) but the rank cell says '\(rankField.map(t.text) ?? "")'"))
                        bad = true
                    }
                    rankOf = of
                } else {
                    report(
                        Diagnostic(
                            .error, "not-a-number", at: t.location(r, t.rankOf),
                            "'\(t.text(i))' is not a whole number in column \(table.header[table.column[.rankOf] ?? 0].text)"
                        ))
                    bad = true
                }
            }
            if (value == nil && t.present(r, t.value) != nil) || (numerator == nil && t.present(r, t.numerator) != nil)
                || (denominator == nil && t.present(r, t.denominator) != nil)
            {
                bad = true  // reported by tidyNumber(…)
            }
            if bad { continue }
            if value == nil, rank == nil, numerator == nil || denominator == nil {
                report(
                    Diagnostic(
                        .warning, "empty-observation", at: t.location(r, t.value),
                        "the row has no value, no rank and no pair of counts; nothing was read from it",
                        hint: "give a value, a rank, or numerator and denominator"))
                continue
            }

            // The unit, by the texts of its name and parent.
            let parentField = t.present(r, t.parent)
            let name = t.intern(unitField, in: &unitNames)
            if name.isNew { unitsByName.append((-2, 0)) }
            var parentID = -1
            if let i = parentField {
                let p = t.intern(i, in: &parents)
                if p.isNew { cleanParents.append(Names.clean(t.text(i))) }
                parentID = p.id
            }
            let unitIndex: Int
            let inserted: Bool
            if unitsByName[name.id].parent == parentID {
                (unitIndex, inserted) = (unitsByName[name.id].index, false)
            } else if let known = moreUnits[name.id << 32 | (parentID + 1)] {
                (unitIndex, inserted) = (known, false)
            } else {
                // What unitIndex(name:parent:level:) does, without its String-keyed memo: adding a
                // known unit again finds it, as the memo would.
                (unitIndex, inserted) = panel.units.add(
                    Unit(
                        name: Names.clean(t.text(unitField)), level: level,
                        parent: parentID >= 0 ? cleanParents[parentID] : nil))
                if unitsByName[name.id].parent == -2 {
                    unitsByName[name.id] = (parentID, unitIndex)
                } else {
                    moreUnits[name.id << 32 | (parentID + 1)] = unitIndex
                }
            }
            if !inserted, let level {
                if let known = panel.units.units[unitIndex].level, known != level {
                    let unitName = panel.units.units[unitIndex].name
                    report(
                        Diagnostic(
                            .warning, "level-mismatch", at: t.location(r, t.level),
                            "\(unitName) was loaded as a \(known.rawValue) and is a \(level.rawValue) here; the first level is kept"
                        ))
                } else {
                    panel.units.setLevel(level, at: unitIndex)
                }
            }
            var source: String?
            if let i = t.present(r, t.source) {
                let s = t.intern(i, in: &sourceIDs)
                if s.isNew { sources.append(clean(t.text(i))) }
                source = sources[s.id]
            }
            // A rate given only as counts gets its value.
            var computed: Double?
            if value == nil, let n = numerator?.value, let d = denominator?.value, d > 0 {
                let percent = !metrics.known[m] || kind == .percent
                computed = percent ? 100 * n / d : n / d
            }
            panel.observations.append(
                Observation(
                    unit: unitIndex, period: period, metric: metricID, tier: tier,
                    value: value?.value ?? computed, valueDecimals: value?.decimals, valueComputed: computed != nil,
                    numerator: numerator?.value, denominator: denominator?.value, rank: rank, rankOf: rankOf,
                    source: source, note: t.present(r, t.note).map(t.text),
                    origin: t.location(unitField),
                    valueColumn: t.column(r, t.value), rankColumn: t.column(r, t.rank)))
        }
        return convention
    }

    /// `number(…)` of the reference reader on bytes: nil for an absent or missing cell, and an
    /// error (then nil) for a cell that is not a number.
    @inline(__always)
    mutating func tidyNumber(
        _ table: Table, _ t: TidyCells, _ r: Int, _ c: Int, _ key: HeaderKey, _ convention: DecimalConvention,
        count: Bool
    ) -> ParsedNumber? {
        guard let i = t.present(r, c) else { return nil }
        if let n = NumberReader.parse(t.bytes(i), convention: convention, count: count) { return n }
        reportNotANumber(t.text(i), at: t.location(i), in: table, key, convention, count: count)
        return nil
    }
}
