import Foundation
import TestSupport
import Testing

@testable import Rendering

// Charts are pure functions to String: golden files at fixed width (Tests/RenderingTests/Golden,
// re-recorded only with PARLENS_RECORD_GOLDEN=1; a missing file fails), plus unit tests for the
// pieces (nice ticks, sparklines, widths).

private let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").path

private func expectGolden(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    TestSupport.expectGolden(name, text, in: golden, sourceLocation: sourceLocation)
}

private func two(_ x: Double) -> String { NumberFormat.format(x, decimals: 2, locale: .en) }

private let nfcNames = ["Sở Lao động - Thương binh và Xã hội", "Tháp Mười", "Đam Rông", "Thừa Thiên Huế", "Sở Tư pháp"]
private func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }

@Suite("Charts")
struct ChartTests {
    @Test func niceTicksAreRound() {
        let a = NiceScale(min: 57.26, max: 65.82, maxTicks: 5)
        #expect(a.step == 2 && a.lower == 56 && a.upper == 66)
        #expect(a.ticks == [56, 58, 60, 62, 64, 66])
        let b = NiceScale(min: 0.0012, max: 0.0087, maxTicks: 5)
        #expect(b.step == 0.002 && b.decimals == 3)
        let c = NiceScale(min: -9.12, max: 2.54, maxTicks: 6)
        #expect(c.ticks.contains(0) && c.lower <= -9.12 && c.upper >= 2.54)
        let flat = NiceScale(min: 84.5, max: 84.5)
        #expect(flat.lower < 84.5 && flat.upper > 84.5)
        #expect(NiceScale.nice(7.3, round: true) == 10 && NiceScale.nice(2.2, round: false) == 5)
    }

    @Test func sparklinesShowGapsAndFlatSeries() {
        #expect(Sparkline.render([1, 2, nil, 8]) == "▁▂ █")
        #expect(Sparkline.render([5, 5, 5]) == "▅▅▅")
        #expect(Sparkline.render([1, 8], glyphs: .ascii) == "_^")
        #expect(Sparkline.render([nil, nil]) == "  ")
    }

    @Test func widthsCountWhatATerminalShows() {
        #expect(TextWidth.of("Tháp Mười") == 9)
        #expect(TextWidth.of(nfd("Tháp Mười")) == 9)
        #expect(TextWidth.truncateMiddle("Sở Lao động - Thương binh và Xã hội", to: 20) == "Sở Lao động…Xã hội")
        #expect(TextWidth.of(TextWidth.truncateMiddle("Sở Lao động - Thương binh và Xã hội", to: 20)) <= 20)
        #expect(TextWidth.truncateMiddle("Tháp Mười", to: 20) == "Tháp Mười")
    }

    static let years = (2015...2024).map(String.init)
    static let seriesA: [Double?] = [77.9, 79.1, 80.4, nil, 82.0, 82.6, 84.1, 84.0, 85.7, 86.9]
    static let seriesB: [Double?] = [81.2, 80.9, 81.5, 81.0, 80.2, 79.8, 80.5, 79.9, 79.1, 78.4]

    @Test(arguments: Glyphs.allCases)
    func lineChart(_ glyphs: Glyphs) {
        var chart = LineChart(
            title: "PAR Index", xLabels: Self.years,
            series: [
                .init(name: "Gò Mít Đông", values: Self.seriesA), .init(name: "Lúa Vàng Mới", values: Self.seriesB),
            ])
        chart.target = 85
        expectGolden("line-two-series-\(glyphs).txt", chart.render(width: 80, height: 10, glyphs: glyphs, format: two))
        var one = LineChart(xLabels: Self.years, series: [.init(name: "Gò Mít Đông", values: Self.seriesA)])
        one.fitted = (0..<10).map { 78.0 + 0.95 * Double($0) }
        one.fittedName = "OLS"
        one.forecast = .init(label: "2025", value: 87.5, lower: 85.9, upper: 89.1)
        expectGolden("line-fit-forecast-\(glyphs).txt", one.render(width: 80, height: 10, glyphs: glyphs, format: two))
    }

    /// The x labels end under the plot: the last one ("2025") used to reach one column past
    /// `width`, so a terminal of that width wrapped it onto a line of its own.
    @Test(arguments: [40, 60, 80, 100, 120, 140], Glyphs.allCases)
    func lineChartFitsItsWidth(_ width: Int, _ glyphs: Glyphs) {
        let years = (2013...2024).map(String.init)
        var chart = LineChart(
            xLabels: years, series: [.init(name: "Cả nước", values: years.indices.map { 80 + Double($0) * 0.9 })])
        chart.fitted = years.indices.map { 79.5 + Double($0) * 0.85 }
        chart.forecast = .init(label: "2025", value: 90, lower: 85, upper: 95)
        let long = LineChart(
            xLabels: (2006...2022).map(String.init),
            series: [.init(name: "Đồng Nai", values: (2006...2022).map { Double($0 % 7) + 60 })])
        for text in [chart.render(width: width, glyphs: glyphs, format: two), long.render(width: width, format: two)] {
            let widths = text.split(separator: "\n").map { TextWidth.of(String($0)) }
            #expect(widths.allSatisfy { $0 <= width }, "\(widths.max() ?? 0) > \(width):\n\(text)")
        }
        #expect(chart.render(width: width, glyphs: glyphs, format: two).contains("2025\n"))
    }

    /// A percent's axis stops at 0 and 100 however far the fitted line or an interval reaches.
    @Test func boundedAxisStaysInTheMetricsRange() {
        var chart = LineChart(
            xLabels: (2015...2021).map(String.init),
            series: [.init(name: "Gò Mít Đông", values: [1, 1, 2, 40, 70, 85, 90])])
        chart.fitted = (0..<7).map { -12.6 + 17.96 * Double($0) }
        chart.forecast = .init(label: "2022", value: 99, lower: 80, upper: 118)
        (chart.minimum, chart.maximum) = (0, 100)
        let text = chart.render(width: 80, height: 12, format: two)
        let ticks = text.split(separator: "\n").compactMap { line -> String? in
            guard let bar = line.firstIndex(of: "┤") else { return nil }
            return line[..<bar].trimmingCharacters(in: .whitespaces)
        }
        #expect(ticks.first == "100" && ticks.last == "0", "\(text)")
        let svg = chart.svg(format: two)
        #expect(!svg.contains(">-20<") && !svg.contains(">120<") && svg.contains(">100<"))
        // Without a range the same data reaches past both ends.
        (chart.minimum, chart.maximum) = (nil, nil)
        #expect(chart.render(width: 80, height: 12, format: two).contains("-50 ┤"))
    }

    @Test func scaleBoundsCutTheRoundedEnds() {
        let s = NiceScale(min: -12.6, max: 118, maxTicks: 6, floor: 0, ceiling: 100)
        #expect(s.lower == 0 && s.upper == 100 && s.ticks.first == 0 && s.ticks.last == 100)
        let papi = NiceScale(min: 10, max: 79, maxTicks: 2, floor: 0, ceiling: 80)
        #expect(papi.upper == 80 && papi.ticks.allSatisfy { $0 <= 80 })
        // A scale wholly outside its bounds (figures out of range) is left as it is.
        let outside = NiceScale(min: 120, max: 130, floor: 0, ceiling: 100)
        #expect(outside.lower >= 120 - outside.step && outside.upper >= 130)
    }

    @Test func lineChartEdgeCases() {
        let single = LineChart(xLabels: ["2024"], series: [.init(name: "A", values: [70])])
        expectGolden("line-one-point.txt", single.render(width: 40, height: 5, format: two))
        let flat = LineChart(
            xLabels: ["2022", "2023", "2024"], series: [.init(name: "A", values: [84.5, 84.5, 84.5])])
        expectGolden("line-flat.txt", flat.render(width: 40, height: 5, format: two))
        var empty = LineChart(xLabels: ["2024"], series: [.init(name: "A", values: [nil])])
        empty.emptyText = "(nothing to draw)"
        #expect(empty.render(format: two).contains("(nothing to draw)"))
        #expect(ChartSpec.line(empty).saying(empty: "(trống)").svg(locale: .vi, format: two).contains("(trống)"))
    }

    @Test(arguments: Glyphs.allCases)
    func barChartWithNegativeValuesAndHighlight(_ glyphs: Glyphs) {
        let chart = BarChart(
            title: "Change 2022 → 2024", labels: nfcNames, values: [2.54, -1.08, 0, -9.12, 0.4], highlight: "Tháp Mười")
        expectGolden("bar-\(glyphs).txt", chart.render(width: 70, glyphs: glyphs, format: two))
    }

    @Test func namesInNFDRenderExactlyAsNFC() {
        let a = BarChart(labels: nfcNames, values: [5, 4, 3, 2, 1]).render(width: 60, format: two)
        let b = BarChart(labels: nfcNames.map(nfd), values: [5, 4, 3, 2, 1]).render(width: 60, format: two)
        #expect(a.precomposedStringWithCanonicalMapping == b.precomposedStringWithCanonicalMapping)
        #expect(
            a.split(separator: "\n").map { TextWidth.of(String($0)) }
                == b.split(separator: "\n").map { TextWidth.of(String($0)) })
        let h1 = Heatmap(rowLabels: nfcNames, columnLabels: ["2023", "2024"], values: nfcNames.map { _ in [1, 2] })
            .render(width: 60, format: two)
        let h2 = Heatmap(
            rowLabels: nfcNames.map(nfd), columnLabels: ["2023", "2024"], values: nfcNames.map { _ in [1, 2] }
        ).render(width: 60, format: two)
        #expect(h1.precomposedStringWithCanonicalMapping == h2.precomposedStringWithCanonicalMapping)
    }

    @Test(arguments: Glyphs.allCases)
    func bumpChart(_ glyphs: Glyphs) {
        let chart = BumpChart(
            periods: ["2021", "2022", "2023"],
            lines: [
                .init(name: "Tháp Mười", ranks: [6, 4, 3]), .init(name: "Cao Lãnh", ranks: [1, 1, 2]),
                .init(name: "Lai Vung", ranks: [2, 3, 1]), .init(name: "Hồng Ngự", ranks: [3, 2, 5]),
                .init(name: "Tam Nông", ranks: [4, 6, 4]),
                .init(name: "Sở Lao động - Thương binh và Xã hội", ranks: [5, 5, 6]),
            ])
        expectGolden("bump-\(glyphs).txt", chart.render(width: 72, glyphs: glyphs))
    }

    @Test(arguments: Glyphs.allCases)
    func heatmapWithGaps(_ glyphs: Glyphs) {
        let chart = Heatmap(
            rowLabels: ["Gò Mít Đông", "Lúa Vàng Mới", "Rạch Sen Tây"], columnLabels: Self.years,
            values: [Self.seriesA, Self.seriesB, Self.seriesA.map { $0.map { $0 - 3 } }])
        expectGolden("heat-\(glyphs).txt", chart.render(width: 80, glyphs: glyphs, format: two))
    }

    @Test(arguments: Glyphs.allCases)
    func dotsWithIntervalsAndTarget(_ glyphs: Glyphs) {
        let chart = DotIntervalChart(
            rows: [
                .init(label: "Đam Rông", value: 99.17, lower: 98.90, upper: 99.37),
                .init(label: "Huyện Vàm Lúa", value: 94.86, lower: 93.03, upper: 96.24),
                .init(label: "Sở Lao động - Thương binh và Xã hội", value: 97.0),
            ], target: 98)
        expectGolden("dots-\(glyphs).txt", chart.render(width: 80, glyphs: glyphs, format: two))
    }

    @Test func asciiChartsAreAscii() {
        let texts = [
            BarChart(labels: nfcNames, values: [1, -2, 3, 4, 5]).render(glyphs: .ascii, format: two),
            LineChart(xLabels: Self.years, series: [.init(name: "a", values: Self.seriesA)]).render(
                glyphs: .ascii, format: two),
            BumpChart(
                periods: ["a", "b"], lines: [.init(name: "x", ranks: [1, 2]), .init(name: "y", ranks: [2, 1])]
            ).render(glyphs: .ascii),
        ]
        for text in texts {
            // Names may be Vietnamese; the drawing itself must be ASCII.
            let drawing = text.unicodeScalars.filter {
                !CharacterSet.letters.contains($0) && !CharacterSet.decimalDigits.contains($0)
            }
            #expect(drawing.allSatisfy { $0.isASCII || $0 == "…" }, "\(text)")
        }
    }
}
