/// The observations a dossier log yields: for each unit (× tier) and each period the log covers
/// wholly, ten counts and four rates.
///
/// | metric | value |
/// |---|---|
/// | `dossiers_received` | carried over + new |
/// | `dossiers_carried_over` | received before the period, open at its start |
/// | `dossiers_online` | of those received, filed trực tuyến |
/// | `dossiers_resolved` | early + on time + late, closed in the period |
/// | `dossiers_early` | returned on a day before the due day |
/// | `dossiers_on_time` | early + on the due day ("đúng hạn, trước hạn") |
/// | `dossiers_late` | returned after the due day |
/// | `dossiers_ineligible` | không đủ điều kiện / tạm dừng / hủy, closed in the period |
/// | `dossiers_pending` | open at the period's end |
/// | `dossiers_pending_overdue` | open at the period's end and past the due day |
/// | `online_filing_rate` | dossiers_online / dossiers_received |
/// | `on_time_rate` | dossiers_on_time / dossiers_resolved (provincial reports) |
/// | `on_time_rate_766` | (on time + pending within due) / (resolved + pending) (QĐ 766/QĐ-TTg) |
/// | `late_rate` | dossiers_late / dossiers_resolved |
///
/// Rates are × 100, with their numerator and denominator; a rate over 0 is not written, nor the
/// online figures of a log without a channel column.
extension LoadContext {
    /// Turns what a dossier log's reading gathered into observations, and states the records left
    /// out.
    mutating func finishDossiers(_ reading: DossierReading, input: Int, file: String) {
        let leftOut = BadDossier.allCases.enumerated().compactMap { i, kind in
            reading.bad[i] > 0 ? BadDossierCount(kind: kind, count: reading.bad[i]) : nil
        }
        if !leftOut.isEmpty {
            report(
                Diagnostic(
                    .dossiersLeftOut(records: reading.records, leftOut: leftOut),
                    at: SourceLocation(file: file, line: 0, column: 0)))
        }
        guard let first = reading.tally.firstMonth, let last = reading.tally.lastMonth else { return }
        let periods = options.dossiers.periods.flatMap { $0.periods(from: first, to: last) }
        let origin = Origin(input: input, line: 0, column: 0)
        // Without a channel column nothing is known of online filing.
        let hasChannel = reading.columns.channel >= 0
        var units: [Int?] = Array(repeating: nil, count: reading.unitNames.count)
        for (g, group) in reading.groups.enumerated() {
            let unit: Int
            if let known = units[group.unit] {
                unit = known
            } else {
                unit = unitIndex(name: reading.unitNames[group.unit], parent: nil, level: nil).index
                units[group.unit] = unit
            }
            for period in periods {
                guard let c = reading.tally.counts(of: g, over: period) else { continue }
                func add(_ metric: String, _ value: Int) {
                    panel.observations.append(
                        Observation(
                            unit: unit, period: period, metric: metric, tier: group.tier, value: Double(value),
                            valueDecimals: 0, valueComputed: false, numerator: nil, denominator: nil, rank: nil,
                            rankOf: nil, source: nil, note: nil, origin: origin, valueColumn: 0, rankColumn: 0))
                }
                func rate(_ metric: String, _ numerator: Int, _ denominator: Int) {
                    guard denominator > 0 else { return }
                    panel.observations.append(
                        Observation(
                            unit: unit, period: period, metric: metric, tier: group.tier,
                            value: 100 * Double(numerator) / Double(denominator), valueDecimals: nil,
                            valueComputed: true, numerator: Double(numerator), denominator: Double(denominator),
                            rank: nil, rankOf: nil, source: nil, note: nil, origin: origin, valueColumn: 0,
                            rankColumn: 0))
                }
                add("dossiers_received", c.received)
                add("dossiers_carried_over", c.carriedOver)
                if hasChannel { add("dossiers_online", c.online) }
                add("dossiers_resolved", c.resolved)
                add("dossiers_early", c.early)
                add("dossiers_on_time", c.onTime)
                add("dossiers_late", c.late)
                add("dossiers_ineligible", c.ineligible)
                add("dossiers_pending", c.pending)
                add("dossiers_pending_overdue", c.pendingOverdue)
                if hasChannel { rate("online_filing_rate", c.online, c.received) }
                rate("on_time_rate", c.onTime, c.resolved)
                rate("on_time_rate_766", c.onTime + c.pendingWithinDue, c.resolved + c.pending)
                rate("late_rate", c.late, c.resolved)
            }
        }
    }
}
