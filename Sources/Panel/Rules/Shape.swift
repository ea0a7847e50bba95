extension LoadContext {
    /// Reports header columns that nothing reads, and rows longer or shorter than the header.
    mutating func checkShape(_ t: CellView, _ header: TableHeader, used: Set<Int>) {
        for i in header.texts.indices where !used.contains(i) {
            report(
                Diagnostic(
                    .warning, "unused-column", at: header.locations[i],
                    "column '\(header.texts[i])' is not one parlens reads; its cells are ignored",
                    hint:
                        "columns read: unit, level, parent, tier, period, metric, value, numerator, denominator, rank, rank_of, source, note"
                ))
        }
        let width = header.count
        for r in t.rows {
            let count = t.cellCount(r)
            guard count != width else { continue }
            if count > width {
                report(
                    Diagnostic(
                        .error, "too-many-cells", at: t.location(t.recordStarts[r] + width),
                        "this row has \(count) cells but the header has \(width)",
                        hint:
                            "a delimiter inside a value (a decimal comma in a comma-separated file?) must be quoted: \"99,17\""
                    ))
            } else {
                report(
                    Diagnostic(
                        .warning, "too-few-cells", at: t.location(r, header.index(.unit)),
                        "this row has \(count) cells but the header has \(width); the missing ones are read as empty"))
            }
        }
    }
}
