/// The wide rule: a table as spreadsheets keep it — the unit in its own column (one named as a
/// unit, else the first column that is not a row number such as STT), one column per period
/// (`2021,2022,…`, `Năm 2021,…` or `6 tháng đầu năm 2022,…`), the metric from a `metric` column
/// or `--metric`; optional `level`, `parent`, `tier`, `source`, `note` (Ghi chú) columns. Each
/// non-missing period cell is one observation.
extension LoadContext {
    mutating func readWide(_ t: CellView, _ h: TableHeader) -> DecimalConvention {
        var periodColumns: [(Int, Period)] = []
        let unitColumn =
            h.column[.unit] ?? h.texts.indices.first { HeaderKey.aliases[h.folded[$0]] != .rowNumber } ?? 0
        var used: Set<Int> = [unitColumn]
        let kept: Set<HeaderKey> = [.metric, .level, .parent, .tier, .source, .note, .rowNumber]
        for i in h.texts.indices where i != unitColumn {
            if let key = HeaderKey.aliases[h.folded[i]], kept.contains(key) {
                used.insert(i)
            } else if case .success(let p) = period(h.texts[i]) {
                periodColumns.append((i, p))
                used.insert(i)
            }
        }
        checkShape(t, h, used: used)
        if !h.has(.metric) && options.metric == nil {
            report(
                Diagnostic(.wideWithoutMetric, at: h.start))
            return .point
        }
        var votes = DecimalVotes()
        if options.decimal == nil {
            for r in t.rows {
                let definition = panel.metrics[metricID(t.text(r, h.index(.metric)) ?? options.metric ?? "")]
                for (i, _) in periodColumns { if let f = t.present(r, i) { votes.add(t.bytes(f), of: definition) } }
            }
        }
        let convention = convention(votes, file: t.name)
        let c = (
            metric: h.index(.metric), level: h.index(.level), parent: h.index(.parent), tier: h.index(.tier),
            source: h.index(.source), note: h.index(.note)
        )
        for r in t.rows {
            guard let unitField = t.field(r, unitColumn), t.fields[unitField].length > 0 else {
                report(Diagnostic(.missingUnit, at: t.location(r, unitColumn)))
                continue
            }
            let metricID = metricID(t.text(r, c.metric) ?? options.metric ?? "")
            noteUnknownMetric(metricID, at: t.field(r, c.metric).map(t.location) ?? h.start)
            let isCount = panel.metrics[metricID]?.kind == .count
            let level = t.text(r, c.level).flatMap(UnitLevel.init(parsing:))
            let tier = t.text(r, c.tier).flatMap(Tier.init(parsing:))
            let (unitIndex, _) = unitIndex(name: t.text(unitField), parent: t.text(r, c.parent), level: level)
            for (i, period) in periodColumns {
                guard let field = t.present(r, i),
                    let n = number(t, field, column: h.texts[i], convention, count: isCount)
                else { continue }
                panel.observations.append(
                    Observation(
                        unit: unitIndex, period: period, metric: metricID, tier: tier, value: n.value,
                        valueDecimals: n.decimals, valueComputed: false, numerator: nil, denominator: nil,
                        rank: nil, rankOf: nil, source: t.text(r, c.source).map { clean($0) },
                        note: t.text(r, c.note), origin: t.origin(unitField),
                        valueColumn: t.fields[field].column, rankColumn: 0))
            }
        }
        return convention
    }
}
