extension LoadContext {
    /// Same key and same source (or both without a source): equal → warning, different →
    /// error naming both lines. Rows from different sources are left to `check`.
    ///
    /// Each repeated row is compared with the first row of its key and source, and reported
    /// once, at its own place, naming that first row: n rows of one key make n − 1 messages,
    /// in time linear in n (comparing every pair made n²/2).
    mutating func reportDuplicates() {
        for group in panel.repeatedKeys() {
            // The first row of each source in the group.
            var firsts: [String?: Int] = [:]
            for j in group {
                let second = panel.observations[j]
                guard let i = firsts[second.source] else {
                    firsts[second.source] = j
                    continue
                }
                let first = panel.observations[i]
                let what = FigureName(
                    unit: panel.units.units[first.unit].name, period: first.period, metric: first.metric,
                    tier: first.tier)
                let firstLocation = panel.location(first.origin)
                switch Agreement.between(first, second) {
                case .agree, .complement:
                    report(
                        Diagnostic(
                            .duplicate(what, first: firstLocation), at: panel.location(second.origin),
                            related: [firstLocation]))
                case .conflict(let differences):
                    report(
                        Diagnostic(
                            .conflictingDuplicate(what, differences: differences, first: firstLocation),
                            at: panel.location(second.valueOrigin), related: [firstLocation]))
                }
            }
        }
    }
}
