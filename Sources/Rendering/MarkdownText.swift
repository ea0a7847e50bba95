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
        var blocks: [String] = []
        var paragraph: [String] = []
        var list: [String] = []
        var code: [String]?
        func flushParagraph() {
            if !paragraph.isEmpty {
                blocks.append(
                    TextWidth.wrap(inline(paragraph.joined(separator: " ")), to: width).joined(separator: "\n"))
            }
            paragraph = []
        }
        func closeList() {
            if !list.isEmpty { blocks.append(list.joined(separator: "\n")) }
            list = []
        }
        /// A list item: `marker` then the text, wrapped with a hanging indent.
        func item(_ marker: String, _ text: String) {
            let indent = String(repeating: " ", count: TextWidth.of(marker))
            let wrapped = TextWidth.wrap(inline(text), to: max(10, width - TextWidth.of(marker)))
            list.append(wrapped.enumerated().map { ($0 == 0 ? marker : indent) + $1 }.joined(separator: "\n"))
        }
        for line in lines {
            let t = line.trimmingCharacters(in: .whitespaces)
            if var block = code {
                if t.hasPrefix("```") {
                    blocks.append(block.map { "    " + $0 }.joined(separator: "\n"))
                    code = nil
                } else {
                    block.append(line)
                    code = block
                }
                continue
            }
            if t.hasPrefix("```") {
                flushParagraph()
                closeList()
                code = []
                continue
            }
            if t.isEmpty {
                flushParagraph()
                closeList()
            } else if let level = MarkdownHTML.headingLevel(t) {
                flushParagraph()
                closeList()
                blocks.append(heading(String(t.dropFirst(level)).trimmingCharacters(in: .whitespaces), level: level))
            } else if t.hasPrefix("- ") || t.hasPrefix("* ") {
                flushParagraph()
                item("• ", String(t.dropFirst(2)))
            } else if let dot = t.firstIndex(of: "."), t[..<dot].allSatisfy(\.isNumber), !t[..<dot].isEmpty,
                t[t.index(after: dot)...].hasPrefix(" ")
            {
                flushParagraph()
                item(String(t[...dot]) + " ", String(t[t.index(dot, offsetBy: 2)...]))
            } else if t.hasPrefix(">") {
                flushParagraph()
                closeList()
                let text = inline(String(t.dropFirst()).trimmingCharacters(in: .whitespaces))
                blocks.append(TextWidth.wrap(text, to: max(10, width - 2)).map { "│ " + $0 }.joined(separator: "\n"))
            } else {
                closeList()
                paragraph.append(t)
            }
        }
        if let block = code { blocks.append(block.map { "    " + $0 }.joined(separator: "\n")) }
        flushParagraph()
        closeList()
        return blocks
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
        var out = ""
        var i = 0
        func find(_ marker: String, from start: Int) -> Int? {
            let m = Array(marker)
            var j = start
            while j + m.count <= chars.count {
                if Array(chars[j..<j + m.count]) == m { return j }
                j += 1
            }
            return nil
        }
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
