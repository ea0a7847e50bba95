/// Ranks of units across two or more periods: one line per unit, crossing where ranks swap,
/// labelled at both ends — the picture of who moved.
public struct BumpChart: Sendable {
    public struct Line: Sendable {
        public var name: String
        /// One rank per period (nil = not ranked then).
        public var ranks: [Int?]
        public init(name: String, ranks: [Int?]) {
            self.name = name
            self.ranks = ranks
        }
    }

    public var title: String?
    /// What the chart says when it has nothing to draw, in the caller\'s language.
    public var emptyText = "—"
    public var periods: [String]
    public var lines: [Line]

    public init(title: String? = nil, periods: [String], lines: [Line]) {
        self.title = title
        self.periods = periods
        self.lines = lines
    }

    public func render(width: Int = 80, glyphs: Glyphs = .unicode) -> String {
        var out = title.map { $0 + "\n" } ?? ""
        let maxRank = lines.flatMap { $0.ranks.compactMap { $0 } }.max() ?? 0
        guard maxRank > 0, periods.count >= 2 else { return out + "(needs ranks in at least two periods)\n" }
        func left(_ l: Line) -> String { l.ranks.first.flatMap { $0 }.map { "\($0) \(l.name)" } ?? "" }
        func right(_ l: Line) -> String { l.ranks.last.flatMap { $0 }.map { "\(l.name) \($0)" } ?? "" }
        let labelWidth = min(max(10, width / 4), lines.map { TextWidth.of(left($0)) }.max() ?? 0)
        let rightWidth = min(max(10, width / 4), lines.map { TextWidth.of(right($0)) }.max() ?? 0)
        let plot = max(periods.count * 4, width - labelWidth - rightWidth - 2)
        let rows = maxRank
        func column(_ i: Int) -> Int { Int((Double(i) * Double(plot - 1) / Double(periods.count - 1)).rounded()) }
        var grid = CharGrid(columns: plot, rows: rows)
        var canvas = BrailleCanvas(columns: plot, rows: rows)
        for line in lines {
            for i in 1..<line.ranks.count {
                guard let a = line.ranks[i - 1], let b = line.ranks[i] else { continue }
                if glyphs == .unicode {
                    canvas.line(column(i - 1) * 2 + 1, (a - 1) * 4 + 1, column(i) * 2, (b - 1) * 4 + 1)
                } else {
                    asciiLine(&grid, column(i - 1), a - 1, column(i), b - 1)
                }
            }
            for (i, r) in line.ranks.enumerated() {
                if let r { grid.put(glyphs == .unicode ? "●" : "o", column(i), r - 1) }
            }
        }
        var leftLabels = [String](repeating: "", count: rows)
        var rightLabels = [String](repeating: "", count: rows)
        for line in lines {
            if let r = line.ranks.first ?? nil {
                leftLabels[r - 1] = leftLabels[r - 1].isEmpty ? left(line) : leftLabels[r - 1] + ", " + line.name
            }
            if let r = line.ranks.last ?? nil {
                rightLabels[r - 1] = rightLabels[r - 1].isEmpty ? right(line) : line.name + ", " + rightLabels[r - 1]
            }
        }
        let header = CharGrid(columns: plot + 12, rows: 1)
        var head = header
        for (i, p) in periods.enumerated() {
            head.write(p, max(0, min(plot - TextWidth.of(p), column(i) - TextWidth.of(p) / 2)), 0)
        }
        out += String(repeating: " ", count: labelWidth + 1) + trimTrailing(head.line(0)) + "\n"
        for y in 0..<rows {
            var line = ""
            for x in 0..<plot {
                let c = grid.cells[y][x]
                line.append(c != " " ? c : glyphs == .unicode ? canvas.character(column: x, row: y) : " ")
            }
            out +=
                trimTrailing(
                    TextWidth.pad(TextWidth.truncateMiddle(leftLabels[y], to: labelWidth), to: labelWidth, right: true)
                        + " " + line + " "
                        + TextWidth.truncateMiddle(rightLabels[y], to: rightWidth)) + "\n"
        }
        return out
    }
}

/// Units × periods as shaded cells with a legend; a missing value is blank.
public struct Heatmap: Sendable {
    public var title: String?
    /// What the chart says when it has nothing to draw, in the caller\'s language.
    public var emptyText = "—"
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// values[row][column]
    public var values: [[Double?]]

    public init(title: String? = nil, rowLabels: [String], columnLabels: [String], values: [[Double?]]) {
        self.title = title
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
    }

    public func render(width: Int = 80, glyphs: Glyphs = .unicode, format: (Double) -> String) -> String {
        var out = title.map { $0 + "\n" } ?? ""
        let ramp: [Character] = glyphs == .unicode ? Array("░▒▓█") : Array(".:+#")
        let present = values.flatMap { $0.compactMap { $0 } }.filter(\.isFinite)
        guard let lo = present.min(), let hi = present.max() else { return out + emptyText + "\n" }
        let cell = max(2, min(7, (columnLabels.map(TextWidth.of).max() ?? 1) + 1))
        let labelWidth = min(max(8, width - cell * columnLabels.count - 1), rowLabels.map(TextWidth.of).max() ?? 0)
        func shade(_ v: Double?) -> String {
            guard let v, v.isFinite else { return String(repeating: " ", count: cell) }
            let i = hi == lo ? ramp.count - 1 : Int(((v - lo) / (hi - lo) * Double(ramp.count - 1)).rounded())
            return String(repeating: ramp[max(0, min(ramp.count - 1, i))], count: cell)
        }
        var header = String(repeating: " ", count: labelWidth + 1)
        for c in columnLabels {
            header += TextWidth.pad(TextWidth.truncate(String(c.suffix(cell - 1)), to: cell - 1), to: cell)
        }
        out += trimTrailing(header) + "\n"
        for (r, label) in rowLabels.enumerated() {
            let row = r < values.count ? values[r] : []
            var line = TextWidth.pad(TextWidth.truncateMiddle(label, to: labelWidth), to: labelWidth) + " "
            for c in columnLabels.indices { line += shade(c < row.count ? row[c] : nil) }
            out += trimTrailing(line) + "\n"
        }
        let steps = (0..<ramp.count).map { lo + (hi - lo) * Double($0) / Double(max(1, ramp.count - 1)) }
        out += zip(ramp, steps).map { "\($0) \(format($1))" }.joined(separator: "  ") + "\n"
        return out
    }
}
