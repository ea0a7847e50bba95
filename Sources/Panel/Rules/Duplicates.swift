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
                    let unit = panel.units.units[first.unit].name
                    let what =
                        "\(unit) · \(first.period) · \(first.metric)\(first.tier.map { " · \($0.rawValue) tier" } ?? "")"
                    let firstLocation = panel.location(first.origin)
                    let firstPlace = "\(firstLocation.file):\(firstLocation.line)"
                    switch Agreement.between(first, second) {
                    case .agree, .complement:
                        report(
                            Diagnostic(
                                .warning, "duplicate", at: panel.location(second.origin),
                                "duplicate of \(firstPlace): \(what) is given twice with the same figures",
                                hint: "delete one of the two rows", related: [firstLocation]))
                    case .conflict(let difference):
                        report(
                            Diagnostic(
                                .error, "conflicting-duplicate", at: panel.location(second.valueOrigin),
                                "\(what) is given twice with different figures (\(difference)); the other row is \(firstPlace)",
                                hint:
                                    "keep the right row, or give each row its own source so that `parlens check` lists them as a conflict between sources",
                                related: [firstLocation]))
                    }
                }
            }
        }
    }
}
