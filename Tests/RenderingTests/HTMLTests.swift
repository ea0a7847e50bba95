import Foundation
import Testing

@testable import Rendering

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Counts elements and collects text while parsing a document as XML.
final class XMLProbe: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var attributes: [String: [[String: String]]] = [:]
    var text = ""
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[name, default: 0] += 1
        self.attributes[name, default: []].append(attributes)
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    static func parse(_ document: String) -> (ok: Bool, probe: XMLProbe) {
        let probe = XMLProbe()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = probe
        return (parser.parse(), probe)
    }
}

private func two(_ x: Double) -> String { NumberFormat.format(x, decimals: 2, locale: .vi) }

@Suite("HTML and SVG")
struct HTMLTests {
    @Test func indentedNotesAreItemsOfTheNoteAbove() {
        var report = HTMLReport(title: "t", language: "vi")
        report.add(notes: ["Cấp: tỉnh", "Nguồn mâu thuẫn:", "  Hải Phòng: 91,87", "  Hòa Bình: 86,89", "Cuối"])
        let html = report.rendered
        #expect(
            html.contains(
                "<ul class=\"notes\"><li>Cấp: tỉnh</li><li>Nguồn mâu thuẫn:<ul><li>Hải Phòng: 91,87</li>"
                    + "<li>Hòa Bình: 86,89</li></ul></li><li>Cuối</li></ul>"))
        #expect(XMLProbe.parse(html).0)
        var last = HTMLReport(title: "t", language: "en")
        last.add(notes: ["Sources disagree:", "  A: 1"])
        #expect(last.rendered.contains("<li>Sources disagree:<ul><li>A: 1</li></ul></li></ul>"))
    }

    @Test func aReportIsOneWellFormedSelfContainedDocument() {
        var report = HTMLReport(title: "Chỉ số PAR · 2024 <thử>", language: "vi")
        report.add(
            table: Table(
                title: "Bảng & xếp hạng", columns: [.init("Đơn vị"), .init("Giá trị", .right)],
                rows: [["Tháp Mười", "99,17%"], ["Đam Rông", "—"]]))
        report.add(notes: ["p < 0,05"])
        var chart = LineChart(
            title: "Xu hướng", xLabels: ["2021", "2022", "2023"],
            series: [.init(name: "Tháp Mười", values: [80, nil, 84])])
        chart.target = 85
        chart.forecast = .init(label: "2024", value: 85, lower: 82, upper: 88)
        report.add(svg: ChartSpec.line(chart).svg(locale: .vi, format: two))
        let html = report.rendered
        let (ok, probe) = XMLProbe.parse(html)
        #expect(ok)
        #expect(probe.attributes["html"]?.first?["lang"] == "vi")
        #expect(probe.counts["table"] == 1 && probe.counts["tr"] == 3 && probe.counts["svg"] == 1)
        #expect(
            probe.text.contains("Tháp Mười") && probe.text.contains("<thử>") && probe.text.contains("Bảng & xếp hạng"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link") && !html.contains("@import") && !html.contains("src="))
        #expect(probe.attributes["td"]?.last?["class"] == "num")
    }

    /// Preformatted text (command lines, `info`) in a monospace font that draws Vietnamese
    /// tones on a circumflex, never the default one of Debian (DejaVu Sans Mono wrote "Huê´"),
    /// and wrapped rather than running off the page.
    @Test func preformattedTextHasAVietnameseMonospaceFontAndWraps() {
        var report = HTMLReport(title: "Thừa Thiên Huế", language: "vi")
        report.add(preformatted: "Thừa Thiên Huế " + String(repeating: "─", count: 200))
        let html = report.rendered
        let css = html[html.range(of: "<style>")!.upperBound..<html.range(of: "</style>")!.lowerBound]
        let pre = css.split(separator: "\n").filter { $0.hasPrefix("pre") }.joined(separator: "\n")
        #expect(pre.contains("font-family: \(HTMLReport.monospace)"), "\(css)")
        #expect(pre.contains("white-space: pre-wrap") && pre.contains("overflow-wrap: anywhere"))
        let fonts = HTMLReport.monospace.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(fonts.contains("\"Liberation Mono\"") && fonts.last == "monospace")
        #expect(!HTMLReport.monospace.contains("DejaVu"))
        // ạ … ỹ come from a face of local fonts that draw them, placed before the monospace
        // fonts that do not (Liberation Mono lacks them; DejaVu Sans Mono draws "Huê´").
        let face = "\"\(HTMLReport.vietnameseLettersFamily)\""
        #expect(fonts.firstIndex(of: face)! < fonts.firstIndex(of: "\"Liberation Mono\"")!)
        #expect(css.contains("@font-face { font-family: \(face); src: local(\"Noto Sans Mono\")"))
        #expect(css.contains("unicode-range: U+1EA0-1EF9;") && !css.contains("url("))
    }

    @Test func aGapBreaksTheLine() {
        let chart = LineChart(
            xLabels: ["2019", "2020", "2021", "2022", "2023"], series: [.init(name: "A", values: [1, 2, nil, 4, 5])])
        let (ok, probe) = XMLProbe.parse(ChartSpec.line(chart).svg(locale: .en, format: two))
        #expect(ok)
        #expect(probe.counts["polyline"] == 2)  // 2019–2020 and 2022–2023, not joined across 2021
        #expect(probe.counts["circle"] == 4)
        #expect(probe.text.contains("2019") && probe.text.contains("2023"))
    }

    @Test func everyChartIsValidSVG() {
        let specs: [ChartSpec] = [
            .bar(BarChart(labels: ["A", "Đam Rông"], values: [-1.5, 2], highlight: "A")),
            .bump(
                BumpChart(
                    periods: ["2022", "2024"],
                    lines: [.init(name: "Sở Nội vụ", ranks: [1, 2]), .init(name: "Sở Tư pháp", ranks: [2, 1])])),
            .heat(Heatmap(rowLabels: ["A", "B"], columnLabels: ["2023", "2024"], values: [[1, nil], [2, 3]])),
            .dots(
                DotIntervalChart(rows: [.init(label: "Đam Rông", value: 99.17, lower: 98.9, upper: 99.37)], target: 98)),
            .line(LineChart(xLabels: ["2024"], series: [.init(name: "one point", values: [70])])),
            .line(LineChart(xLabels: [], series: [])),
        ]
        for spec in specs {
            let svg = spec.svg(locale: .en, format: two)
            let (ok, probe) = XMLProbe.parse(svg)
            #expect(ok, "\(svg)")
            #expect(probe.counts["svg"] == 1)
            #expect(probe.attributes["svg"]?.first?["viewBox"] != nil)
        }
        let (_, bar) = XMLProbe.parse(
            ChartSpec.bar(BarChart(labels: ["A", "B", "C"], values: [1, -2, 3])).svg(locale: .en, format: two))
        #expect(bar.counts["rect"] == 3)
        let (_, bump) = XMLProbe.parse(
            ChartSpec.bump(
                BumpChart(
                    periods: ["a", "b"], lines: [.init(name: "x", ranks: [1, 2]), .init(name: "y", ranks: [2, 1])])
            ).svg(locale: .en, format: two))
        #expect(bump.counts["polyline"] == 2 && bump.counts["circle"] == 4)
    }
}

@Suite("HTML carries no script")
struct HTMLInjectionTests {
    @Test func onlyWebMailAndRelativeLinksAreLive() {
        #expect(HTMLReport.isSafeLink("https://vcci.com.vn/pci") && HTMLReport.isSafeLink("mailto:a@b.vn"))
        #expect(HTMLReport.isSafeLink("datasets/README.md") && HTMLReport.isSafeLink("#top"))
        #expect(HTMLReport.isSafeLink("a/b:c"))
        for url in ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x"] {
            #expect(!HTMLReport.isSafeLink(url), "\(url)")
        }
    }

    @Test func textThatLooksLikeAPageIsEscaped() {
        // Before: any output holding <body>…</body> was inserted as markup.
        let hostile = "<body><img src=x onerror=alert(7)></body>"
        #expect(
            HTMLReport.fragment(hostile) == "<pre>&lt;body&gt;&lt;img src=x onerror=alert(7)&gt;&lt;/body&gt;</pre>")
        let page = HTMLReport(title: "t", language: "en").rendered
        #expect(HTMLReport.fragment(page).contains("<h3>t</h3>") || !HTMLReport.fragment(page).contains("<pre>"))
    }

    @Test func aPageForbidsScript() {
        #expect(
            HTMLReport(title: "t", language: "vi").rendered.contains(
                "Content-Security-Policy\" content=\"default-src 'none'"))
    }
}

@Suite("Markdown links in reports")
struct MarkdownLinkTests {
    @Test func aJavascriptLinkIsTextAndAWebLinkIsLive() {
        let html = MarkdownHTML.render(["See [x](javascript:alert(1)) and [PCI](https://pcivietnam.vn)."])
        #expect(!html.contains("javascript:"), "\(html)")
        #expect(html.contains("<a href=\"https://pcivietnam.vn\">PCI</a>"))
    }

    /// A combining mark after `"` or `<` makes one `Character` with it; the quote still ends an
    /// attribute for a browser and must be escaped (found by the `markdown` fuzz harness).
    @Test func aQuoteOrBracketWithACombiningMarkIsEscaped() {
        let html = MarkdownHTML.render(["[x](https://a.vn/\"\u{301} onmouseover=alert(1) x) <\u{301}b> &\u{301}"])
        #expect(html.utf8.filter { $0 == UInt8(ascii: "<") }.count == 4, "\(html)")  // <p><a …></a></p>
        #expect(html.utf8.filter { $0 == UInt8(ascii: "\"") }.count == 2, "\(html)")
        #expect(html.contains("&lt;\u{301}b&gt;") && html.contains("&amp;\u{301}"), "\(html)")
        #expect(SVG.escape("\"\u{301}<\u{301}>\u{301}&\u{301}") == "&quot;\u{301}&lt;\u{301}&gt;\u{301}&amp;\u{301}")
    }
}
