/// Any chart, rendered either as terminal text or as SVG.
public enum ChartSpec: Sendable {
    case line(LineChart)
    case bar(BarChart)
    case bump(BumpChart)
    case heat(Heatmap)
    case dots(DotIntervalChart)

    /// The same chart, saying `text` when it has nothing to draw.
    public func saying(empty text: String) -> ChartSpec {
        switch self {
        case .line(var c):
            c.emptyText = text
            return .line(c)
        case .bar(var c):
            c.emptyText = text
            return .bar(c)
        case .bump(var c):
            c.emptyText = text
            return .bump(c)
        case .heat(var c):
            c.emptyText = text
            return .heat(c)
        case .dots(var c):
            c.emptyText = text
            return .dots(c)
        }
    }

    /// The chart as terminal text.
    public func text(width: Int, glyphs: Glyphs, locale: NumberLocale, format: (Double) -> String) -> String {
        switch self {
        case .line(let c):
            c.render(width: width, height: c.series.count > 1 ? 14 : 12, glyphs: glyphs, locale: locale, format: format)
        case .bar(let c): c.render(width: width, glyphs: glyphs, format: format)
        case .bump(let c): c.render(width: width, glyphs: glyphs)
        case .heat(let c): c.render(width: width, glyphs: glyphs, format: format)
        case .dots(let c): c.render(width: width, glyphs: glyphs, format: format)
        }
    }

    /// The chart as a standalone `<svg>` element.
    public func svg(locale: NumberLocale, format: (Double) -> String) -> String {
        switch self {
        case .line(let c): c.svg(locale: locale, format: format)
        case .bar(let c): c.svg(format: format)
        case .bump(let c): c.svg()
        case .heat(let c): c.svg(format: format)
        case .dots(let c): c.svg(format: format)
        }
    }
}
