/// The wide rule: a table as spreadsheets keep it — the unit in its own column (one named as a
/// unit, else the first column that is not a row number such as STT), one column per period
/// (`2021,2022,…`, `Năm 2021,…` or `6 tháng đầu năm 2022,…`), the metric from a `metric` column
/// or `--metric`; optional `level`, `parent`, `tier`, `source`, `note` (Ghi chú) columns. Each
/// non-missing period cell is one observation. A period's column may also be named with what it
/// holds (``WideColumn``: `Năm 2023 Điểm`, `Năm 2023 Hạng`, as a two-row header joins them): a
/// rank column gives the rank of that period's observation (`6` or `6/63`), with the value of
/// the period's value column when there is one.
extension LoadContext {
    mutating func readWide(_ t: CellView, _ h: TableHeader) -> DecimalConvention {
        // Per period: its value column and its rank column (-1: none).
        var periodColumns: [(value: Int, period: Period, rank: Int)] = []
        // The last entry of a period that still lacks a rank column, or a value column.
        var lacksRank: [Period: Int] = [:]
        var lacksValue: [Period: Int] = [:]
        let unitColumn =
            h.column[.unit] ?? h.texts.indices.first { HeaderKey.aliases[h.folded[$0]] != .rowNumber } ?? 0
        var used: Set<Int> = [unitColumn]
        let kept: Set<HeaderKey> = [.metric, .level, .parent, .tier, .source, .note, .rowNumber]
        for i in h.texts.indices where i != unitColumn {
            if let key = HeaderKey.aliases[h.folded[i]], kept.contains(key) {
                used.insert(i)
            } else if let (p, key) = WideColumn.parse(h.texts[i], period: { try? self.period($0).get() }) {
                used.insert(i)
                if key == .rank, let j = lacksRank.removeValue(forKey: p) {
                    periodColumns[j].rank = i
                } else if key == .value, let j = lacksValue.removeValue(forKey: p) {
                    periodColumns[j].value = i
                } else {
                    if key == .rank { lacksValue[p] = periodColumns.count } else { lacksRank[p] = periodColumns.count }
                    periodColumns.append(key == .rank ? (-1, p, i) : (i, p, -1))
                }
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
                for (i, _, _) in periodColumns { if let f = t.present(r, i) { votes.add(t.bytes(f), of: definition) } }
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
            for (i, period, rankColumn) in periodColumns {
                let field = t.present(r, i)
                let rankField = t.present(r, rankColumn)
                guard field != nil || rankField != nil else { continue }
                var n: ParsedNumber?
                if let field {
                    guard let parsed = number(t, field, column: h.texts[i], convention, count: isCount) else {
                        continue
                    }
                    n = parsed
                }
                var rank: (rank: Int, of: Int?)?
                if let rankField {
                    guard let parsed = RankCells.parse(t.bytes(rankField)) else {
                        report(Diagnostic(.badRank(t.text(rankField)), at: t.location(rankField)))
                        continue
                    }
                    rank = parsed
                }
                panel.observations.append(
                    Observation(
                        unit: unitIndex, period: period, metric: metricID, tier: tier, value: n?.value,
                        valueDecimals: n?.decimals, valueComputed: false, numerator: nil, denominator: nil,
                        rank: rank?.rank, rankOf: rank?.of, source: t.text(r, c.source).map { clean($0) },
                        note: t.text(r, c.note), origin: t.origin(unitField),
                        valueColumn: t.fields[field ?? rankField ?? unitField].column,
                        rankColumn: rankField.map { t.fields[$0].column } ?? 0))
            }
        }
        return convention
    }
}

/// What a wide table's column holds, from its header: a period's values (`2023`, `Năm 2023`,
/// `6 tháng đầu năm 2022`), or, when the header also names the column, a period's values or
/// ranks (`Năm 2023 Điểm`, `2023 Giá trị`, `Năm 2023 Hạng`, `Hạng 2023`): a value or rank name
/// (``HeaderKey``, folded) of up to three words before or after a period.
enum WideColumn {
    static func parse(_ text: String, period: (String) -> Period?) -> (Period, HeaderKey)? {
        if let p = period(text) { return (p, .value) }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        guard words.count >= 2 else { return nil }
        for n in 1...min(3, words.count - 1) {
            for (name, rest) in [(words.suffix(n), words.dropLast(n)), (words.prefix(n), words.dropFirst(n))] {
                let key = HeaderKey.aliases[Names.fold(name.joined(separator: " "))]
                guard key == .value || key == .rank, let p = period(rest.joined(separator: " ")) else { continue }
                return (p, key ?? .value)
            }
        }
        return nil
    }
}
