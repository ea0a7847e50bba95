import Foundation

/// Small helpers to write SVG by hand: no JavaScript, no external fonts, text escaped.
enum SVG {
    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"]
    static let font =
        "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif\""

    /// `s` with `&`, `<`, `>` and `"` written as entities. Scalar by scalar, not character by
    /// character: a combining mark after `"` makes one `Character` that is not `"`, but a browser
    /// still ends the attribute at the quote (found by the `markdown` fuzz harness).
    static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            default: out.append(u)
            }
        }
        return String(out)
    }

    static func n(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static func open(width: Double, height: Double, title: String?) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" \(font) font-size=\"12\">"
            + (title.map { "<title>\(escape($0))</title>" } ?? "")
    }

    static func text(
        _ s: String, x: Double, y: Double, anchor: String = "start", size: Double? = nil, fill: String = "#222",
        weight: String? = nil
    ) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
            + (size.map { " font-size=\"\(n($0))\"" } ?? "") + (weight.map { " font-weight=\"\($0)\"" } ?? "")
            + ">\(escape(s))</text>"
    }

    static func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil
    ) -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
    }

    static func circle(_ x: Double, _ y: Double, r: Double, fill: String, stroke: String? = nil) -> String {
        "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\"" } ?? "") + "/>"
    }

    static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, title: String? = nil) -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, w)))\" height=\"\(n(max(0, h)))\" fill=\"\(fill)\">"
            + (title.map { "<title>\(escape($0))</title>" } ?? "") + "</rect>"
    }

    static func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2, dash: String? = nil) -> String
    {
        "<polyline fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")
            + " points=\"" + points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ") + "\"/>"
    }

    /// Approximate width of `s` at 12 px, for layout (no font metrics are available).
    static func textWidth(_ s: String, size: Double = 12) -> Double { Double(TextWidth.of(s)) * size * 0.58 }
}

extension LineChart {
    public func svg(locale: NumberLocale = .en, format: (Double) -> String) -> String {
        let width = 720.0
        let height = 360.0
        let slots = xLabels.count + (forecast == nil ? 0 : 1)
        guard slots > 0, let (lo, hi) = valueRange else {
            return SVG.open(width: width, height: 40, title: title) + SVG.text(emptyText, x: 10, y: 24) + "</svg>"
        }
        let scale = NiceScale(min: lo, max: hi, maxTicks: 6, floor: minimum, ceiling: maximum)
        let fitted = shownFit
        let left = 56.0
        let right = 20.0
        let top = title == nil ? 16.0 : 36.0
        let legendHeight = 22.0
        let bottom = 36.0 + legendHeight
        let plotW = width - left - right
        let plotH = height - top - bottom
        func x(_ i: Int) -> Double { slots == 1 ? left + plotW / 2 : left + Double(i) * plotW / Double(slots - 1) }
        func y(_ v: Double) -> Double { top + (1 - min(1, max(0, scale.fraction(v)))) * plotH }
        var out = SVG.open(width: width, height: height, title: title)
        if let title { out += SVG.text(title, x: left, y: 20, size: 14, weight: "600") }
        for t in scale.ticks {
            out += SVG.line(left, y(t), left + plotW, y(t), stroke: "#e5e5e5")
            out += SVG.text(
                NumberFormat.format(t, decimals: scale.decimals, locale: locale), x: left - 6, y: y(t) + 4,
                anchor: "end", fill: "#555")
        }
        out += SVG.line(left, top + plotH, left + plotW, top + plotH, stroke: "#888")
        let names = xLabels + (forecast.map { [$0.label] } ?? [])
        let every = max(1, Int((Double(names.count) * 40 / plotW).rounded(.up)))
        for (i, label) in names.enumerated() where i % every == 0 || i == names.count - 1 {
            out += SVG.text(label, x: x(i), y: top + plotH + 18, anchor: "middle", fill: "#555")
        }
        if let target {
            out += SVG.line(left, y(target), left + plotW, y(target), stroke: "#d62728", width: 1.5, dash: "6 4")
        }
        if let fitted {
            var run: [(Double, Double)] = []
            for (i, v) in fitted.enumerated() { if let v, v.isFinite { run.append((x(i), y(v))) } }
            if run.count > 1 { out += SVG.polyline(run, stroke: "#777", width: 1.5, dash: "4 3") }
        }
        for (s, item) in series.enumerated() {
            let colour = SVG.palette[s % SVG.palette.count]
            var run: [(Double, Double)] = []
            func flush() {
                if run.count > 1 { out += SVG.polyline(run, stroke: colour) }
                run = []
            }
            for (i, v) in item.values.enumerated() {
                if let v, v.isFinite { run.append((x(i), y(v))) } else { flush() }
            }
            flush()
            for (i, v) in item.values.enumerated() {
                if let v, v.isFinite { out += SVG.circle(x(i), y(v), r: 3.5, fill: colour) }
            }
        }
        if let f = forecast {
            let fx = x(slots - 1)
            out += SVG.line(fx, y(f.lower), fx, y(f.upper), stroke: "#555", width: 1.5)
            out += SVG.line(fx - 5, y(f.lower), fx + 5, y(f.lower), stroke: "#555")
            out += SVG.line(fx - 5, y(f.upper), fx + 5, y(f.upper), stroke: "#555")
            out += SVG.circle(fx, y(f.value), r: 4, fill: "#fff", stroke: "#555")
        }
        var lx = left
        let ly = height - 12
        var legend: [(String, String, String?)] = series.enumerated().map {
            ($0.element.name, SVG.palette[$0.offset % SVG.palette.count], nil)
        }
        if fitted != nil { legend.append((fittedName ?? "fit", "#777", "4 3")) }
        if let target { legend.append(("\(targetName ?? "target") \(format(target))", "#d62728", "6 4")) }
        if let f = forecast {
            legend.append(("\(f.label) \(format(f.value)) [\(format(f.lower)); \(format(f.upper))]", "#555", "1 0"))
        }
        if legend.count > 1 || fitted != nil || target != nil || forecast != nil {
            for (name, colour, dash) in legend {
                out += SVG.line(lx, ly - 4, lx + 18, ly - 4, stroke: colour, width: 2, dash: dash)
                out += SVG.text(name, x: lx + 22, y: ly)
                lx += 30 + SVG.textWidth(name)
            }
        }
        return out + "</svg>"
    }
}

extension BarChart {
    public func svg(format: (Double) -> String) -> String {
        let n = min(labels.count, values.count)
        let rowH = 22.0
        let top = title == nil ? 10.0 : 34.0
        let labelW = min(260, (labels.prefix(n).map { SVG.textWidth($0) }.max() ?? 40) + 10)
        let width = 720.0
        let valueW = 70.0
        let plotW = width - labelW - valueW - 20
        let height = top + Double(n) * rowH + 10
        let lo = min(0, values.prefix(n).min() ?? 0)
        let hi = max(0, values.prefix(n).max() ?? 0)
        let span = hi - lo == 0 ? 1 : hi - lo
        func x(_ v: Double) -> Double { labelW + 10 + (v - lo) / span * plotW }
        var out = SVG.open(width: width, height: height, title: title)
        if let title { out += SVG.text(title, x: 10, y: 20, size: 14, weight: "600") }
        for i in 0..<n {
            let y0 = top + Double(i) * rowH
            let v = values[i]
            let colour = labels[i] == highlight ? "#d62728" : (v < 0 ? "#e08e8e" : "#4c78a8")
            out += SVG.text(
                labels[i], x: labelW, y: y0 + 15, anchor: "end", weight: labels[i] == highlight ? "600" : nil)
            out += SVG.rect(
                min(x(0), x(v)), y0 + 4, abs(x(v) - x(0)), rowH - 8, fill: colour, title: "\(labels[i]): \(format(v))")
            out += SVG.text(format(v), x: max(x(0), x(v)) + 4, y: y0 + 15, fill: "#333")
        }
        out += SVG.line(x(0), top, x(0), top + Double(n) * rowH, stroke: "#555")
        return out + "</svg>"
    }
}

extension BumpChart {
    public func svg() -> String {
        let maxRank = lines.flatMap { $0.ranks.compactMap { $0 } }.max() ?? 1
        let rowH = 22.0
        let top = title == nil ? 30.0 : 50.0
        let labelW = min(260, (lines.map { SVG.textWidth($0.name) }.max() ?? 40) + 30)
        let width = 720.0
        let plotW = width - 2 * labelW - 20
        let height = top + Double(maxRank) * rowH + 10
        func x(_ i: Int) -> Double {
            periods.count < 2 ? labelW + plotW / 2 : labelW + 10 + Double(i) * plotW / Double(periods.count - 1)
        }
        func y(_ r: Int) -> Double { top + (Double(r) - 0.5) * rowH }
        var out = SVG.open(width: width, height: height, title: title)
        if let title { out += SVG.text(title, x: 10, y: 20, size: 14, weight: "600") }
        for (i, p) in periods.enumerated() {
            out += SVG.text(p, x: x(i), y: top - 10, anchor: "middle", fill: "#555", weight: "600")
        }
        for (k, line) in lines.enumerated() {
            let colour = SVG.palette[k % SVG.palette.count]
            var run: [(Double, Double)] = []
            for (i, r) in line.ranks.enumerated() {
                if let r {
                    run.append((x(i), y(r)))
                } else {
                    if run.count > 1 { out += SVG.polyline(run, stroke: colour) }
                    run = []
                }
            }
            if run.count > 1 { out += SVG.polyline(run, stroke: colour) }
            for (i, r) in line.ranks.enumerated() { if let r { out += SVG.circle(x(i), y(r), r: 4, fill: colour) } }
            if let r = line.ranks.first ?? nil {
                out += SVG.text("\(r) \(line.name)", x: x(0) - 8, y: y(r) + 4, anchor: "end")
            }
            if let r = line.ranks.last ?? nil {
                out += SVG.text("\(line.name) \(r)", x: x(line.ranks.count - 1) + 8, y: y(r) + 4)
            }
        }
        return out + "</svg>"
    }
}

extension Heatmap {
    public func svg(format: (Double) -> String) -> String {
        let present = values.flatMap { $0.compactMap { $0 } }.filter(\.isFinite)
        let lo = present.min() ?? 0
        let hi = present.max() ?? 1
        let cellW = 44.0
        let cellH = 20.0
        let labelW = min(260, (rowLabels.map { SVG.textWidth($0) }.max() ?? 40) + 10)
        let top = title == nil ? 28.0 : 50.0
        let width = max(360, labelW + Double(columnLabels.count) * cellW + 20)
        let height = top + Double(rowLabels.count) * cellH + 40
        func colour(_ v: Double) -> String {
            let t = hi == lo ? 1 : (v - lo) / (hi - lo)
            // Light yellow to dark blue.
            let r = Int(255 - t * (255 - 37))
            let g = Int(247 - t * (247 - 52))
            let b = Int(188 - t * (188 - 148))
            return "rgb(\(r),\(g),\(b))"
        }
        var out = SVG.open(width: width, height: height, title: title)
        if let title { out += SVG.text(title, x: 10, y: 20, size: 14, weight: "600") }
        for (c, label) in columnLabels.enumerated() {
            out += SVG.text(
                label, x: labelW + 10 + (Double(c) + 0.5) * cellW, y: top - 8, anchor: "middle", fill: "#555")
        }
        for (r, label) in rowLabels.enumerated() {
            let y0 = top + Double(r) * cellH
            out += SVG.text(label, x: labelW, y: y0 + 14, anchor: "end")
            let row = r < values.count ? values[r] : []
            for c in columnLabels.indices {
                guard c < row.count, let v = row[c], v.isFinite else { continue }
                out += SVG.rect(
                    labelW + 10 + Double(c) * cellW, y0, cellW - 1, cellH - 1, fill: colour(v),
                    title: "\(label) \(columnLabels[c]): \(format(v))")
            }
        }
        let ly = top + Double(rowLabels.count) * cellH + 18
        for k in 0..<5 {
            let v = lo + (hi - lo) * Double(k) / 4
            out += SVG.rect(labelW + 10 + Double(k) * 70, ly, 16, 12, fill: colour(v))
            out += SVG.text(format(v), x: labelW + 30 + Double(k) * 70, y: ly + 10, fill: "#555")
        }
        return out + "</svg>"
    }
}

extension DotIntervalChart {
    public func svg(format: (Double) -> String) -> String {
        var all = rows.flatMap { [$0.value, $0.lower, $0.upper].compactMap { $0 } }
        if let target { all.append(target) }
        let scale = NiceScale(min: all.min() ?? 0, max: all.max() ?? 1, maxTicks: 6)
        let rowH = 22.0
        let top = title == nil ? 10.0 : 34.0
        let labelW = min(260, (rows.map { SVG.textWidth($0.label) }.max() ?? 40) + 10)
        let width = 720.0
        let plotW = width - labelW - 40
        let height = top + Double(rows.count) * rowH + 40
        func x(_ v: Double) -> Double { labelW + 10 + scale.fraction(v) * plotW }
        var out = SVG.open(width: width, height: height, title: title)
        if let title { out += SVG.text(title, x: 10, y: 20, size: 14, weight: "600") }
        let bottom = top + Double(rows.count) * rowH
        for t in scale.ticks {
            out += SVG.line(x(t), top, x(t), bottom, stroke: "#eee")
            out += SVG.text(format(t), x: x(t), y: bottom + 16, anchor: "middle", fill: "#555")
        }
        if let target { out += SVG.line(x(target), top, x(target), bottom, stroke: "#d62728", width: 1.5, dash: "6 4") }
        for (i, r) in rows.enumerated() {
            let y = top + (Double(i) + 0.5) * rowH
            out += SVG.text(r.label, x: labelW, y: y + 4, anchor: "end")
            if let l = r.lower, let u = r.upper {
                out += SVG.line(x(l), y, x(u), y, stroke: "#4c78a8", width: 2)
                out += SVG.line(x(l), y - 5, x(l), y + 5, stroke: "#4c78a8")
                out += SVG.line(x(u), y - 5, x(u), y + 5, stroke: "#4c78a8")
            }
            out += SVG.circle(x(r.value), y, r: 4.5, fill: "#1f4e79")
        }
        return out + "</svg>"
    }
}
