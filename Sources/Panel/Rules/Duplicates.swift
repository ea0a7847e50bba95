extension LoadContext {
    /// Same key and same source (or both without a source): equal → warning, different →
    /// error naming both lines. Rows from different sources are left to `check`.
    mutating func reportDuplicates() {
        for group in panel.repeatedKeys() {
            for (a, i) in group.enumerated() {
                for j in group[(a + 1)...] {
                    let first = panel.observations[i]
                    let second = panel.observations[j]
                    guard first.source == second.source else { continue }
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
}
