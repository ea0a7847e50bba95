/// The prose of a notebook as plain text to read in a terminal: the Markdown that
/// ``MarkdownHTML`` reads, without its markup. Headings are underlined (`═` under `#`, `─` under
/// `##`), paragraphs and list items are wrapped to the width, `- ` items become `•`, block
/// quotes are marked `│`, fenced code is indented four spaces, and inline `code`, **bold**,
/// *italic* lose their markers (`_` is kept: ids such as `par_index` are written with it); a
/// link keeps its address in parentheses.
public enum MarkdownText {
    /// The blocks of `lines` (headings, paragraphs, lists, quotes, code), each a string
    /// without a final newline, in order.
    /// - Parameter width: the columns paragraphs and list items are wrapped to.
    public static func blocks(_ lines: [String], width: Int) -> [String] {
        MarkdownBlock.parse(lines).map { block in
            switch block {
            case .heading(let level, let text): heading(text, level: level)
            case .paragraph(let text): TextWidth.wrap(inline(text), to: width).joined(separator: "\n")
            case .list(let items):
                // Each item wrapped with a hanging indent under its marker.
                items.map { item in
                    let marker = item.number.map { $0 + " " } ?? "• "
                    let indent = String(repeating: " ", count: TextWidth.of(marker))
                    let wrapped = TextWidth.wrap(inline(item.text), to: max(10, width - TextWidth.of(marker)))
                    return wrapped.enumerated().map { ($0 == 0 ? marker : indent) + $1 }.joined(separator: "\n")
                }.joined(separator: "\n")
            case .quote(let text):
                TextWidth.wrap(inline(text), to: max(10, width - 2)).map { "│ " + $0 }.joined(separator: "\n")
            case .code(let lines): lines.map { "    " + $0 }.joined(separator: "\n")
            }
        }
    }

    /// The text of the last heading of `lines` without its markup (`## **Xếp hạng** 2024` →
    /// `Xếp hạng 2024`), or nil when they have none: the name of a workbook's sheets.
    public static func lastHeading(_ lines: [String]) -> String? {
        MarkdownBlock.parse(lines).compactMap { block -> String? in
            if case .heading(_, let text) = block { return inline(text) }
            return nil
        }.last
    }

    /// A heading: the text underlined with `═` (level 1) or `─` (level 2), plain below that.
    public static func heading(_ markdown: String, level: Int) -> String {
        let text = inline(markdown)
        guard level <= 2 else { return text }
        return text + "\n" + String(repeating: level == 1 ? "═" : "─", count: TextWidth.of(text))
    }

    /// One line without its inline markup.
    static func inline(_ text: String) -> String {
        let chars = Array(text)
        var markers = MarkdownMarkers(chars)
        var out = ""
        var i = 0
        func find(_ marker: String, from start: Int) -> Int? { markers.first(marker, from: start) }
        while i < chars.count {
            let c = chars[i]
            if c == "`", let end = find("`", from: i + 1) {
                out += String(chars[i + 1..<end])
                i = end + 1
                continue
            }
            if c == "*", i + 1 < chars.count, chars[i + 1] == "*", let end = find("**", from: i + 2) {
                out += inline(String(chars[i + 2..<end]))
                i = end + 2
                continue
            }
            // `_` is left alone: metric ids (par_index) are written with it.
            if c == "*", let end = find("*", from: i + 1), end > i + 1, chars[i + 1] != " " {
                out += inline(String(chars[i + 1..<end]))
                i = end + 1
                continue
            }
            if c == "[", let middle = find("](", from: i + 1), let end = find(")", from: middle + 2) {
                out += inline(String(chars[i + 1..<middle])) + " (" + String(chars[middle + 2..<end]) + ")"
                i = end + 1
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }
}
