/// Several series over the same periods, with the period labels on the x axis, y ticks at
/// round numbers, optional fitted line, forecast point with its interval, and a target line.
///
/// A missing value (nil) leaves a gap: the line is not joined across it.
public struct LineChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        /// One value per x label (nil = missing).
        public var values: [Double?]
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// A forecast shown one step after the last label.
    public struct Forecast: Sendable {
        public var label: String
        public var value: Double
        public var lower: Double
        public var upper: Double
        public init(label: String, value: Double, lower: Double, upper: Double) {
            self.label = label
            self.value = value
            self.lower = lower
            self.upper = upper
        }
    }

    public var title: String?
    /// What the chart says when it has nothing to draw, in the caller\'s language.
    public var emptyText = "—"
    public var xLabels: [String]
    public var series: [Series]
    /// A fitted line (e.g. OLS or Sen), one value per x label, drawn dotted.
    public var fitted: [Double?]?
    public var fittedName: String?
    public var forecast: Forecast?
    public var target: Double?
    public var targetName: String?
    /// The lowest and highest value the quantity can take (a percent's 0 and 100; nil when
    /// open): the y axis stops there, the fitted line is not drawn beyond them, and an interval
    /// reaching past them is drawn to the edge.
    public var minimum: Double?
    public var maximum: Double?

    public init(title: String? = nil, xLabels: [String], series: [Series]) {
        self.title = title
        self.xLabels = xLabels
        self.series = series
    }

    static let unicodeMarkers: [Character] = ["●", "○", "■", "□", "▲", "◆", "△", "◇"]
    static let asciiMarkers: [Character] = ["*", "o", "#", "+", "@", "x", "%", "&"]

    /// Renders the chart `width` columns wide with a plot `height` rows high.
    /// - Parameter format: how tick, target and forecast values are written.
    /// - Parameter locale: how the y ticks are written (with the decimals their step needs).
    public func render(
        width: Int = 80, height: Int = 12, glyphs: Glyphs = .unicode, locale: NumberLocale = .en,
        format: (Double) -> String
    ) -> String {
        let slots = xLabels.count + (forecast == nil ? 0 : 1)
        var out = title.map { $0 + "\n" } ?? ""
        guard slots > 0, let (lo, hi) = valueRange else { return out + emptyText + "\n" }
        let scale = NiceScale(
            min: lo, max: hi, maxTicks: max(2, min(6, height / 2 + 1)), floor: minimum, ceiling: maximum)
        let fitted = shownFit
        let tickLabels = scale.ticks.map { NumberFormat.format($0, decimals: scale.decimals, locale: locale) }
        let axisWidth = (tickLabels.map(TextWidth.of).max() ?? 1) + 1
        let plotWidth = max(slots * 2, width - axisWidth - 1)
        let rows = max(3, height)

        // Column (in characters) of each x slot, spread across the plot.
        func column(_ i: Int) -> Int {
            slots == 1 ? plotWidth / 2 : Int((Double(i) * Double(plotWidth - 1) / Double(slots - 1)).rounded())
        }
        func row(_ v: Double) -> Int {
            min(rows - 1, max(0, Int(((1 - scale.fraction(v)) * Double(rows - 1)).rounded())))
        }
        func dotY(_ v: Double) -> Int {
            min(rows * 4 - 1, max(0, Int(((1 - scale.fraction(v)) * Double(rows * 4 - 1)).rounded())))
        }

        var grid = CharGrid(columns: plotWidth, rows: rows)
        var canvas = BrailleCanvas(columns: plotWidth, rows: rows)
        let markers = glyphs == .unicode ? Self.unicodeMarkers : Self.asciiMarkers

        if let target {
            let y = row(target)
            for x in 0..<plotWidth where x % 2 == 0 { grid.put(glyphs == .unicode ? "┄" : "-", x, y) }
        }
        if let fitted {
            var previous: (Int, Int)?
            for (i, v) in fitted.enumerated() {
                guard let v, v.isFinite else {
                    previous = nil
                    continue
                }
                let point = (column(i) * 2, dotY(v))
                if glyphs == .unicode {
                    if let p = previous { canvas.line(p.0, p.1, point.0, point.1, every: 3) }
                } else if let p = previous {
                    for x in stride(from: p.0 / 2, through: point.0 / 2, by: 2) {
                        let t = point.0 == p.0 ? 0 : Double(x * 2 - p.0) / Double(point.0 - p.0)
                        let y = Int((Double(p.1) + t * Double(point.1 - p.1)) / 4)
                        if grid.cells[min(rows - 1, max(0, y))][x] == " " { grid.put(":", x, min(rows - 1, max(0, y))) }
                    }
                }
                previous = point
            }
        }
        for (s, series) in series.enumerated() {
            var previous: (x: Int, y: Int, value: Double)?
            for (i, v) in series.values.enumerated() {
                guard let v, v.isFinite else {
                    previous = nil
                    continue
                }
                let x = column(i)
                if let p = previous {
                    if glyphs == .unicode {
                        canvas.line(p.x * 2, dotY(p.value), x * 2, dotY(v))
                    } else {
                        asciiLine(&grid, p.x, row(p.value), x, row(v))
                    }
                }
                previous = (x, 0, v)
            }
            for (i, v) in series.values.enumerated() {
                guard let v, v.isFinite else { continue }
                grid.put(markers[s % markers.count], column(i), row(v))
            }
        }
        if let f = forecast {
            let x = column(slots - 1)
            let top = row(f.upper)
            let bottom = row(f.lower)
            for y in min(top, bottom)...max(top, bottom) { grid.put(glyphs == .unicode ? "│" : "|", x, y) }
            grid.put(glyphs == .unicode ? "┬" : "-", x, top)
            grid.put(glyphs == .unicode ? "┴" : "-", x, bottom)
            grid.put(glyphs == .unicode ? "◇" : "?", x, row(f.value))
        }

        let tickRows = Dictionary(
            scale.ticks.enumerated().map { (row($0.element), tickLabels[$0.offset]) }, uniquingKeysWith: { a, _ in a })
        for y in 0..<rows {
            var line = ""
            for x in 0..<plotWidth {
                let c = grid.cells[y][x]
                line.append(c != " " ? c : glyphs == .unicode ? canvas.character(column: x, row: y) : " ")
            }
            let label =
                tickRows[y].map { TextWidth.pad($0, to: axisWidth - 1, right: true) }
                ?? String(repeating: " ", count: axisWidth - 1)
            let axis: Character =
                glyphs == .unicode ? (tickRows[y] != nil ? "┤" : "│") : (tickRows[y] != nil ? "+" : "|")
            out += label + " " + String(axis) + trimTrailing(line) + "\n"
        }
        // x axis and labels; labels that would overlap are skipped (first and last kept).
        out +=
            String(repeating: " ", count: axisWidth) + (glyphs == .unicode ? "└" : "+")
            + String(repeating: glyphs == .unicode ? "─" : "-", count: plotWidth) + "\n"
        var labels = CharGrid(columns: plotWidth + axisWidth + 12, rows: 1)
        var occupiedUntil = -1
        let names = xLabels + (forecast.map { [$0.label] } ?? [])
        let order =
            Array(names.indices.prefix(1)) + Array(names.indices.dropFirst().reversed().prefix(1))
            + Array(names.indices.dropFirst().dropLast())
        var placed: [(Int, String)] = []
        for i in order {
            let text = names[i]
            let start = axisWidth + 1 + column(i) - TextWidth.of(text) / 2
            // Within the chart's width: the last label ends under the plot's last column.
            let clamped = max(0, min(start, axisWidth + 1 + plotWidth - TextWidth.of(text)))
            let end = clamped + TextWidth.of(text)
            if placed.contains(where: {
                abs($0.0 - clamped) < 1 || ($0.0 < end + 1 && clamped < $0.0 + TextWidth.of($0.1) + 1)
            }) {
                continue
            }
            placed.append((clamped, text))
            occupiedUntil = max(occupiedUntil, end)
        }
        for (x, text) in placed { labels.write(text, x, 0) }
        out += trimTrailing(labels.line(0)) + "\n"

        var legend: [String] = []
        if series.count > 1 || fitted != nil || target != nil || forecast != nil {
            for (s, series) in series.enumerated() { legend.append("\(markers[s % markers.count]) \(series.name)") }
            if fitted != nil { legend.append((glyphs == .unicode ? "⠒ " : ": ") + (fittedName ?? "fit")) }
            if let target {
                legend.append((glyphs == .unicode ? "┄ " : "- ") + (targetName ?? "target") + " " + format(target))
            }
            if let f = forecast {
                legend.append(
                    (glyphs == .unicode ? "◇ " : "? ")
                        + "\(f.label) \(format(f.value)) [\(format(f.lower)); \(format(f.upper))]")
            }
        }
        // Legend entries three spaces apart, on as many lines as the width needs.
        var line = ""
        for entry in legend {
            if !line.isEmpty, TextWidth.of(line) + 3 + TextWidth.of(entry) > width {
                out += line + "\n"
                line = ""
            }
            line += (line.isEmpty ? "" : "   ") + entry
        }
        if !line.isEmpty { out += line + "\n" }
        return out
    }
}

extension LineChart {
    /// The lowest and highest value drawn (series, fitted line, forecast and its interval,
    /// target), each first brought into ``minimum`` … ``maximum``; nil when there is none.
    var valueRange: (lower: Double, upper: Double)? {
        var all = series.flatMap { $0.values.compactMap { $0 } } + (shownFit?.compactMap { $0 } ?? [])
        if let f = forecast { all += [f.lower, f.upper, f.value] }
        if let target { all.append(target) }
        all = all.filter(\.isFinite).map { v in Swift.min(maximum ?? v, Swift.max(minimum ?? v, v)) }
        guard let lo = all.min(), let hi = all.max() else { return nil }
        return (lo, hi)
    }

    /// The fitted line where it lies within ``minimum`` … ``maximum`` (a gap elsewhere: an OLS
    /// line through a rising rate would start below 0 %).
    var shownFit: [Double?]? {
        fitted?.map { v in
            guard let v else { return nil }
            return v < (minimum ?? -.infinity) || v > (maximum ?? .infinity) ? nil : v
        }
    }
}

func trimTrailing(_ s: String) -> String {
    var s = s
    while s.last == " " { s.removeLast() }
    return s
}
