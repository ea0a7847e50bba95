extension LoadContext {
    /// Reports header columns that nothing reads, and rows longer or shorter than the header.
    mutating func checkShape(_ t: CellView, _ header: TableHeader, used: Set<Int>) {
        for i in header.texts.indices where !used.contains(i) {
            report(
                Diagnostic(.unusedColumn(header.texts[i]), at: header.locations[i]))
        }
        let width = header.count
        for r in t.rows {
            let count = t.cellCount(r)
            guard count != width else { continue }
            if count > width {
                report(
                    Diagnostic(.tooManyCells(count: count, width: width), at: t.location(t.recordStarts[r] + width)))
            } else {
                report(
                    Diagnostic(.tooFewCells(count: count, width: width), at: t.location(r, header.index(.unit))))
            }
        }
    }
}
