extension LoadContext {
    /// Reports header columns that nothing reads, and rows longer or shorter than the header.
    mutating func checkShape(_ t: CellView, _ header: TableHeader, used: Set<Int>) {
        reportUnusedColumns(header, used: used)
        Self.shapeProblems(t, header) { report($0) }
    }

    mutating func reportUnusedColumns(_ header: TableHeader, used: Set<Int>) {
        for i in header.texts.indices where !used.contains(i) {
            report(
                Diagnostic(.unusedColumn(header.texts[i]), at: header.locations[i]))
        }
    }

    /// The rows of `t` longer or shorter than the header, in order.
    static func shapeProblems(_ t: CellView, _ header: TableHeader, _ found: (Diagnostic) -> Void) {
        let width = header.count
        for r in t.rows {
            let count = t.cellCount(r)
            guard count != width else { continue }
            if count > width {
                found(Diagnostic(.tooManyCells(count: count, width: width), at: t.location(t.recordStarts[r] + width)))
            } else {
                found(Diagnostic(.tooFewCells(count: count, width: width), at: t.location(r, header.index(.unit))))
            }
        }
    }
}
