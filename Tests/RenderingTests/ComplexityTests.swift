import TestSupport
import Testing

@testable import Rendering

/// Rendering costs grow in proportion to the input (issue 14): the same work at n and 8n takes
/// about 8× as long, never the 64× of a quadratic cost. Generous bounds, no absolute times.
@Suite("Rendering complexity")
struct RenderingComplexityTests {
    @Test func wrappingOneLongWordIsLinear() {
        let ratio = Growth.ratio(at: 20_000) { n in
            let word = String(repeating: "x", count: n)
            return { _ = TextWidth.wrap(word, to: 60) }
        }
        #expect(ratio < 24, "8× the characters took \(ratio)× the time")
    }

    @Test func aTableWithOneHugeCellIsLinear() {
        let ratio = Growth.ratio(at: 20_000) { n in
            let table = Table(
                columns: [.init("Where"), .init("Problem", wraps: true)],
                rows: [["x.csv:2:27", "'" + String(repeating: "x", count: n) + "' is not a number"]])
            return { _ = table.render(width: 100) }
        }
        #expect(ratio < 24, "8× the characters took \(ratio)× the time")
    }

    @Test func aCutWordIsCutAsBefore() {
        #expect(TextWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWidth.wrap("ab abcdefghij k", to: 4) == ["ab", "abcd", "efgh", "ij k"])
        #expect(TextWidth.wrap("Đồng Thápxyz", to: 5) == ["Đồng", "Thápx", "yz"])
        // A colour sequence takes no room in the rest of a word.
        #expect(TextWidth.wrap("abcdef\u{1B}[1m", to: 4) == ["abcd", "ef\u{1B}[1m"])
        // A character wider than the line is a line of its own instead of a loop without end.
        #expect(TextWidth.wrap("中文", to: 1).prefix(2) == ["中", "文"])
    }

    @Test(arguments: ["[", "[](", "[x](", "*", "_"])
    func inlineMarkdownIsLinearInUnclosedMarkers(_ marker: String) {
        let ratio = Growth.ratio(at: 16_000) { n in
            let line = String(repeating: marker, count: n / marker.count) + " text"
            return {
                _ = MarkdownHTML.render([line])
                _ = MarkdownText.blocks([line], width: 100)
            }
        }
        #expect(ratio < 24, "8× the '\(marker)' took \(ratio)× the time")
    }

    /// The readings of commit c0dcce3 (before the marker index), unchanged.
    @Test func inlineMarkdownReadsAsBefore() {
        #expect(
            MarkdownHTML.inline("a [x](http://e.org) **b *c*** `d` _e_ [[y](z)")
                == "a <a href=\"http://e.org\">x</a> <strong>b *c</strong>* <code>d</code> <em>e</em> "
                + "<a href=\"z\">[y</a>")
        #expect(MarkdownHTML.inline("[[[") == "[[[")
        #expect(MarkdownText.inline("a [x](u) **b** *c* [[y](z) [open") == "a x (u) b c [y (z) [open")
    }
}
