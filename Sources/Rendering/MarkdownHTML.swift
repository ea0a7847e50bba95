import Foundation

/// The prose of a notebook as HTML: headings, paragraphs, bullet and numbered lists, block
/// quotes, fenced code, and inline `code`, **bold**, *italic* and [links](url). Enough for a
/// report; anything else is kept as text (escaped).
public enum MarkdownHTML {
    /// - Parameter headingOffset: added to each heading level (1 puts `#` under a page's own `<h1>`).
    public static func render(_ lines: [String], headingOffset: Int = 1) -> String {
        var out = ""
        var paragraph: [String] = []
        var list: String?
        var code: [String]?
        func flushParagraph() {
            if !paragraph.isEmpty { out += "<p>" + inline(paragraph.joined(separator: " ")) + "</p>\n" }
            paragraph = []
        }
        func closeList() {
            if let tag = list { out += "</\(tag)>\n" }
            list = nil
        }
        for line in lines {
            let t = line.trimmingCharacters(in: .whitespaces)
            if var block = code {
                if t.hasPrefix("```") {
                    out += "<pre>" + HTMLReport.escape(block.joined(separator: "\n")) + "</pre>\n"
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
                continue
            }
            if let level = headingLevel(t) {
                flushParagraph()
                closeList()
                let h = min(6, level + headingOffset)
                out +=
                    "<h\(h)>" + inline(String(t.dropFirst(level)).trimmingCharacters(in: .whitespaces)) + "</h\(h)>\n"
            } else if t.hasPrefix("- ") || t.hasPrefix("* ") {
                flushParagraph()
                if list != "ul" {
                    closeList()
                    out += "<ul>\n"
                    list = "ul"
                }
                out += "<li>" + inline(String(t.dropFirst(2))) + "</li>\n"
            } else if let dot = t.firstIndex(of: "."), t[..<dot].allSatisfy(\.isNumber), !t[..<dot].isEmpty,
                t[t.index(after: dot)...].hasPrefix(" ")
            {
                flushParagraph()
                if list != "ol" {
                    closeList()
                    out += "<ol>\n"
                    list = "ol"
                }
                out += "<li>" + inline(String(t[t.index(dot, offsetBy: 2)...])) + "</li>\n"
            } else if t.hasPrefix(">") {
                flushParagraph()
                closeList()
                out +=
                    "<blockquote>" + inline(String(t.dropFirst()).trimmingCharacters(in: .whitespaces))
                    + "</blockquote>\n"
            } else {
                closeList()
                paragraph.append(t)
            }
        }
        if let block = code { out += "<pre>" + HTMLReport.escape(block.joined(separator: "\n")) + "</pre>\n" }
        flushParagraph()
        closeList()
        return out
    }

    static func headingLevel(_ t: String) -> Int? {
        let hashes = t.prefix { $0 == "#" }.count
        return (1...6).contains(hashes) && t.dropFirst(hashes).hasPrefix(" ") ? hashes : nil
    }

    /// Inline markup on one escaped line.
    static func inline(_ text: String) -> String {
        var out = ""
        var chars = Array(text)
        var i = 0
        func take(until marker: String, from start: Int) -> (String, Int)? {
            let m = Array(marker)
            var j = start
            while j + m.count <= chars.count {
                if Array(chars[j..<j + m.count]) == m { return (String(chars[start..<j]), j + m.count) }
                j += 1
            }
            return nil
        }
        while i < chars.count {
            let c = chars[i]
            if c == "`", let (body, next) = take(until: "`", from: i + 1) {
                out += "<code>" + HTMLReport.escape(body) + "</code>"
                i = next
                continue
            }
            if c == "*", i + 1 < chars.count, chars[i + 1] == "*", let (body, next) = take(until: "**", from: i + 2) {
                out += "<strong>" + inline(body) + "</strong>"
                i = next
                continue
            }
            if c == "*" || c == "_", let (body, next) = take(until: String(c), from: i + 1), !body.isEmpty,
                !body.hasPrefix(" ")
            {
                out += "<em>" + inline(body) + "</em>"
                i = next
                continue
            }
            if c == "[", let (label, afterLabel) = take(until: "](", from: i + 1),
                let (url, next) = take(until: ")", from: afterLabel)
            {
                // Only web, mail and relative links: a `javascript:` (or any other scheme) link
                // is left as its text.
                out +=
                    HTMLReport.isSafeLink(url)
                    ? "<a href=\"" + HTMLReport.escape(url) + "\">" + inline(label) + "</a>" : inline(label)
                i = next
                continue
            }
            out += HTMLReport.escape(String(c))
            i += 1
        }
        chars = []
        return out
    }
}

extension HTMLReport {
    /// Text escaped for HTML.
    public static func escape(_ text: String) -> String { SVG.escape(text) }

    /// Whether a link may be live in a report: `http`, `https`, `mailto`, or relative (no scheme).
    public static func isSafeLink(_ url: String) -> Bool {
        let trimmed = url.trimmingCharacters(in: .whitespaces).lowercased()
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        // A ':' after a '/', '?' or '#' is not a scheme's.
        if let stop = trimmed.firstIndex(where: { "/?#".contains($0) }), stop < colon { return true }
        return ["http", "https", "mailto"].contains(String(trimmed[..<colon]))
    }

    /// A command's output inside a report: the body of an HTML page parlens wrote (it starts with
    /// the doctype ``rendered`` writes; its title becomes a smaller heading), or else the text,
    /// escaped, in `<pre>` — a `<body>` inside data or text output is text, never markup.
    public static func fragment(_ output: String) -> String {
        if output.hasPrefix("<!DOCTYPE html>\n"), let start = output.range(of: "<body>"),
            let end = output.range(of: "</body>", options: .backwards), start.upperBound <= end.lowerBound
        {
            return String(output[start.upperBound..<end.lowerBound])
                .replacingOccurrences(of: "<h1>", with: "<h3>").replacingOccurrences(of: "</h1>", with: "</h3>")
        }
        return output.isEmpty ? "" : "<pre>" + escape(output) + "</pre>"
    }
}
