import Foundation
import Testing

@testable import Rendering

@Suite struct RenderingTests {
    @Test(arguments: [
        ("Tháp Mười", 9), ("abc", 3), ("", 0), ("数据", 4), ("Đồng Tháp", 9),
    ])
    func widthCountsWhatATerminalShows(_ text: String, _ width: Int) {
        #expect(TextWidth.of(text) == width)
        #expect(TextWidth.of(text.decomposedStringWithCanonicalMapping) == width)
    }

    @Test func nfcAndNfdNamesRenderIdentically() {
        let names = ["Tháp Mười", "Đam Rông", "Sở Lao động - Thương binh và Xã hội"]
        func table(_ list: [String]) -> String {
            Table(columns: [.init("Unit"), .init("Value", .right)], rows: list.map { [$0, "99.17"] }).render(width: 60)
        }
        let nfc = table(names)
        let nfd = table(names.map(\.decomposedStringWithCanonicalMapping))
        #expect(nfc.precomposedStringWithCanonicalMapping == nfd.precomposedStringWithCanonicalMapping)
        // Every line has the same display width.
        let widths = Set(nfd.split(separator: "\n").map { TextWidth.of(String($0)) })
        #expect(widths.count == 1)
    }

    @Test func boxTable() {
        let t = Table(
            title: "T", columns: [.init("Unit"), .init("Value", .right)],
            rows: [["Tháp Mười", "4"], ["Đam Rông", "99.17"]])
        #expect(
            t.render(style: .box, width: 80) == """
                T
                ┌───────────┬───────┐
                │ Unit      │ Value │
                ├───────────┼───────┤
                │ Tháp Mười │     4 │
                │ Đam Rông  │ 99.17 │
                └───────────┴───────┘

                """)
    }

    @Test func asciiAndMarkdown() {
        let t = Table(columns: [.init("a|b"), .init("n", .right)], rows: [["x", "1"]])
        #expect(
            t.render(style: .ascii, width: 80) == "+-----+---+\n| a|b | n |\n+-----+---+\n| x   | 1 |\n+-----+---+\n")
        #expect(t.render(style: .markdown) == "| a\\|b | n |\n|:---|---:|\n| x | 1 |\n")
    }

    /// Data in a Markdown table stays text: a unit named like an HTML tag, a link or an escape
    /// is shown as written by any Markdown reader (GitHub, pandoc), never run as markup.
    @Test func markdownCellsCarryNoMarkup() {
        let t = Table(
            title: "<b>t</b>", columns: [.init("a"), .init("b")],
            rows: [
                ["<body><img src=x onerror=alert(7)></body>", "[x](javascript:alert(1))"],
                ["a\\|b", "<http://x> <0.001"],
            ],
            footer: ["note <script>"])
        #expect(
            t.render(style: .markdown)
                == "**\\<b>t\\</b>**\n\n| a | b |\n|:---|:---|\n"
                + "| \\<body>\\<img src=x onerror=alert(7)>\\</body> | [x]\\(javascript:alert(1)) |\n"
                + "| a\\\\\\|b | \\<http://x> <0.001 |\n\nnote \\<script>\n")
    }

    @Test func wrapsToTheWidth() {
        let long = String(repeating: "word ", count: 30)
        let text = Table(columns: [.init("k"), .init("text", wraps: true)], rows: [["1", long]]).render(width: 40)
        for line in text.split(separator: "\n") { #expect(TextWidth.of(String(line)) <= 40) }
        #expect(text.split(separator: "\n").count > 5)
    }

    @Test func truncateAndWrap() {
        #expect(TextWidth.truncate("Sở Lao động", to: 6) == "Sở La…")
        #expect(TextWidth.wrap("một hai ba bốn", to: 7) == ["một hai", "ba bốn"])
    }

    @Test(arguments: [
        (99.17, 2, NumberLocale.vi, "99,17"), (99.17, 2, .en, "99.17"), (7554, 0, .vi, "7.554"),
        (7554, 0, .en, "7,554"),
        (-3.03, 2, .en, "-3.03"), (1234567.891, 1, .vi, "1.234.567,9"), (0.005, 2, .en, "0.01"),
        (-0.001, 2, .en, "0.00"),
    ])
    func numberFormats(_ x: Double, _ decimals: Int, _ locale: NumberLocale, _ expected: String) {
        #expect(NumberFormat.format(x, decimals: decimals, locale: locale) == expected)
    }
}
