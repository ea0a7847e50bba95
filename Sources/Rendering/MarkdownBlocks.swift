import Foundation

/// The blocks of the Markdown a notebook's prose is written in: headings, paragraphs, bullet
/// and numbered lists, block quotes and fenced code — what ``MarkdownHTML`` and ``MarkdownText``
/// render, read once for both.
enum MarkdownBlock: Equatable {
    /// A list item: a bullet (`- `, `* `) or a numbered one (`3. `, its marker `3.`).
    struct Item: Equatable {
        var number: String?
        var text: String
    }

    case heading(level: Int, text: String)
    /// The lines of a paragraph joined with spaces.
    case paragraph(String)
    /// Consecutive items; bullets and numbers may follow each other without a blank line.
    case list([Item])
    case quote(String)
    /// The lines of a fenced block, as written (an unclosed fence runs to the end).
    case code([String])

    /// The blocks of `lines`, in order.
    static func parse(_ lines: [String]) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var paragraph: [String] = []
        var items: [Item] = []
        var code: [String]?
        func flushParagraph() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            paragraph = []
        }
        func closeList() {
            if !items.isEmpty { blocks.append(.list(items)) }
            items = []
        }
        for line in lines {
            let t = line.trimmingCharacters(in: .whitespaces)
            if var block = code {
                if t.hasPrefix("```") {
                    blocks.append(.code(block))
                    code = nil
                } else {
                    block.append(line)
                    code = block
                }
                continue
            }
            if t.hasPrefix("```") || t.isEmpty {
                flushParagraph()
                closeList()
                if !t.isEmpty { code = [] }
            } else if let level = headingLevel(t) {
                flushParagraph()
                closeList()
                blocks.append(
                    .heading(level: level, text: String(t.dropFirst(level)).trimmingCharacters(in: .whitespaces)))
            } else if t.hasPrefix("- ") || t.hasPrefix("* ") {
                flushParagraph()
                items.append(Item(number: nil, text: String(t.dropFirst(2))))
            } else if let dot = t.firstIndex(of: "."), t[..<dot].allSatisfy(\.isNumber), !t[..<dot].isEmpty,
                t[t.index(after: dot)...].hasPrefix(" ")
            {
                flushParagraph()
                items.append(Item(number: String(t[...dot]), text: String(t[t.index(dot, offsetBy: 2)...])))
            } else if t.hasPrefix(">") {
                flushParagraph()
                closeList()
                blocks.append(.quote(String(t.dropFirst()).trimmingCharacters(in: .whitespaces)))
            } else {
                closeList()
                paragraph.append(t)
            }
        }
        if let block = code { blocks.append(.code(block)) }
        flushParagraph()
        closeList()
        return blocks
    }

    /// The level of a heading line (`## Title` → 2), or nil.
    static func headingLevel(_ t: String) -> Int? {
        let hashes = t.prefix { $0 == "#" }.count
        return (1...6).contains(hashes) && t.dropFirst(hashes).hasPrefix(" ") ? hashes : nil
    }
}
