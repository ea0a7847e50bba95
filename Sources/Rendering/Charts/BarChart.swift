/// Horizontal bars, one per label, in the order given, with the value written after each bar.
/// Negative values grow left from a zero axis (for changes); one label can be highlighted.
public struct BarChart: Sendable {
    public var title: String?
    /// What the chart says when it has nothing to draw, in the caller\'s language.
    public var emptyText = "—"
    public var labels: [String]
    public var values: [Double]
    public var highlight: String?

    public init(title: String? = nil, labels: [String], values: [Double], highlight: String? = nil) {
        self.title = title
        self.labels = labels
        self.values = values
        self.highlight = highlight
    }

    public func render(width: Int = 80, glyphs: Glyphs = .unicode, format: (Double) -> String) -> String {
        var out = title.map { $0 + "\n" } ?? ""
        let n = min(labels.count, values.count)
        guard n > 0 else { return out + emptyText + "\n" }
        let valueTexts = values.prefix(n).map(format)
        let valueWidth = valueTexts.map(TextWidth.of).max() ?? 0
        let labelWidth = min(max(8, width / 3), labels.prefix(n).map(TextWidth.of).max() ?? 0)
        let barWidth = max(10, width - labelWidth - valueWidth - 5)
        let lo = min(0, values.prefix(n).min() ?? 0)
        let hi = max(0, values.prefix(n).max() ?? 0)
        let span = hi - lo == 0 ? 1 : hi - lo
        let zero = Int((Double(barWidth) * (0 - lo) / span).rounded())
        let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        for i in 0..<n {
            let v = values[i]
            let marked = labels[i] == highlight
            let full: Character = glyphs == .unicode ? (marked ? "▓" : "█") : (marked ? "=" : "#")
            var cells = [Character](repeating: " ", count: barWidth + 1)
            if lo < 0 { cells[min(barWidth, zero)] = glyphs == .unicode ? "│" : "|" }
            let length = abs(v) / span * Double(barWidth)
            if v >= 0 {
                let whole = Int(length)
                for k in 0..<whole where zero + k <= barWidth { cells[zero + k] = full }
                let rest = Int(((length - Double(whole)) * 8).rounded())
                if glyphs == .unicode, !marked, rest > 0, rest < 8, zero + whole <= barWidth {
                    cells[zero + whole] = eighths[rest - 1]
                } else if rest >= 4, zero + whole <= barWidth {
                    cells[zero + whole] = full
                }
            } else {
                let whole = Int(length.rounded())
                for k in 0..<whole where zero - 1 - k >= 0 { cells[zero - 1 - k] = full }
            }
            let label = TextWidth.pad(TextWidth.truncateMiddle(labels[i], to: labelWidth), to: labelWidth)
            let bar = trimTrailing(String(cells))
            let pointer = marked ? (glyphs == .unicode ? " ◀" : " <") : ""
            out +=
                "\(label) \(TextWidth.pad(bar, to: barWidth + 1)) \(TextWidth.pad(valueTexts[i], to: valueWidth, right: true))\(pointer)"
            out = trimTrailing(out) + "\n"
        }
        return out
    }
}

/// One row per label: a dot at the value and its interval as a whisker, on a shared axis, with an
/// optional vertical target line.
public struct DotIntervalChart: Sendable {
    public struct Row: Sendable {
        public var label: String
        public var value: Double
        public var lower: Double?
        public var upper: Double?
        public init(label: String, value: Double, lower: Double? = nil, upper: Double? = nil) {
            self.label = label
            self.value = value
            self.lower = lower
            self.upper = upper
        }
    }

    public var title: String?
    /// What the chart says when it has nothing to draw, in the caller\'s language.
    public var emptyText = "—"
    public var rows: [Row]
    public var target: Double?
    /// The target line's name in the legend ("target" when nil).
    public var targetName: String?

    public init(title: String? = nil, rows: [Row], target: Double? = nil) {
        self.title = title
        self.rows = rows
        self.target = target
    }

    public func render(width: Int = 80, glyphs: Glyphs = .unicode, format: (Double) -> String) -> String {
        var out = title.map { $0 + "\n" } ?? ""
        guard !rows.isEmpty else { return out + emptyText + "\n" }
        var all = rows.flatMap { [$0.value, $0.lower, $0.upper].compactMap { $0 } }
        if let target { all.append(target) }
        let scale = NiceScale(min: all.min() ?? 0, max: all.max() ?? 1, maxTicks: 5)
        let texts = rows.map { r in
            format(r.value) + (r.lower.map { l in " [\(format(l)); \(r.upper.map(format) ?? "")]" } ?? "")
        }
        let textWidth = texts.map(TextWidth.of).max() ?? 0
        let labelWidth = min(max(8, width / 3), rows.map { TextWidth.of($0.label) }.max() ?? 0)
        let axis = max(12, width - labelWidth - textWidth - 3)
        func x(_ v: Double) -> Int { min(axis - 1, max(0, Int((scale.fraction(v) * Double(axis - 1)).rounded()))) }
        for (r, text) in zip(rows, texts) {
            var cells = [Character](repeating: " ", count: axis)
            if let target { cells[x(target)] = glyphs == .unicode ? "┊" : ":" }
            if let l = r.lower, let u = r.upper {
                let a = x(l)
                let b = x(u)
                for k in min(a, b)...max(a, b) { cells[k] = glyphs == .unicode ? "─" : "-" }
                cells[a] = glyphs == .unicode ? "├" : "|"
                cells[b] = glyphs == .unicode ? "┤" : "|"
            }
            cells[x(r.value)] = glyphs == .unicode ? "●" : "o"
            out +=
                TextWidth.pad(TextWidth.truncateMiddle(r.label, to: labelWidth), to: labelWidth) + " " + String(cells)
                + " " + text + "\n"
        }
        var ruler = [Character](repeating: " ", count: axis + 12)
        var tickLine = [Character](repeating: glyphs == .unicode ? "─" : "-", count: axis)
        for t in scale.ticks {
            let p = x(t)
            tickLine[p] = glyphs == .unicode ? "┼" : "+"
            let label = Array(format(t))
            let start = max(0, min(axis + 12 - label.count, p - label.count / 2))
            if ruler[start..<min(ruler.count, start + label.count + 1)].allSatisfy({ $0 == " " }) {
                for (k, c) in label.enumerated() { ruler[start + k] = c }
            }
        }
        let indent = String(repeating: " ", count: labelWidth + 1)
        out += indent + String(tickLine) + "\n" + trimTrailing(indent + String(ruler)) + "\n"
        if let target { out += (glyphs == .unicode ? "┊ " : ": ") + "\(targetName ?? "target") \(format(target))\n" }
        return out
    }
}
