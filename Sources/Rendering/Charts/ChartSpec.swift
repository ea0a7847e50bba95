/// Any chart, rendered either as terminal text or as SVG.
public enum ChartSpec: Sendable {
    case line(LineChart)
    case bar(BarChart)
    case bump(BumpChart)
    case heat(Heatmap)
    case dots(DotIntervalChart)

    /// The chart as terminal text.
    public func text(width: Int, glyphs: Glyphs, locale: NumberLocale, format: (Double) -> String) -> String {
        switch self {
        case let .line(c): c.render(width: width, height: c.series.count > 1 ? 14 : 12, glyphs: glyphs, locale: locale, format: format)
        case let .bar(c): c.render(width: width, glyphs: glyphs, format: format)
        case let .bump(c): c.render(width: width, glyphs: glyphs)
        case let .heat(c): c.render(width: width, glyphs: glyphs, format: format)
        case let .dots(c): c.render(width: width, glyphs: glyphs, format: format)
        }
    }

    /// The chart as a standalone `<svg>` element.
    public func svg(locale: NumberLocale, format: (Double) -> String) -> String {
        switch self {
        case let .line(c): c.svg(locale: locale, format: format)
        case let .bar(c): c.svg(format: format)
        case let .bump(c): c.svg()
        case let .heat(c): c.svg(format: format)
        case let .dots(c): c.svg(format: format)
        }
    }
}
