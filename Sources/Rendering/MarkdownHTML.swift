import Foundation

/// The prose of a notebook as HTML: headings, paragraphs, bullet and numbered lists, block
/// quotes, fenced code, and inline `code`, **bold**, *italic* and [links](url). Enough for a
/// report; anything else is kept as text (escaped).
public enum MarkdownHTML {
    /// - Parameter headingOffset: added to each heading level (1 puts `#` under a page's own `<h1>`).
    public static func render(_ lines: [String], headingOffset: Int = 1) -> String {
        var out = ""
        for block in MarkdownBlock.parse(lines) {
            switch block {
            case .heading(let level, let text):
                let h = min(6, level + headingOffset)
                out += "<h\(h)>" + inline(text) + "</h\(h)>\n"
            case .paragraph(let text): out += "<p>" + inline(text) + "</p>\n"
            case .list(let items):
                // A run of bullets is a <ul>, a run of numbered items an <ol>.
                var tag: String?
                for item in items {
                    let wanted = item.number == nil ? "ul" : "ol"
                    if tag != wanted {
                        if let tag { out += "</\(tag)>\n" }
                        out += "<\(wanted)>\n"
                        tag = wanted
                    }
                    out += "<li>" + inline(item.text) + "</li>\n"
                }
                if let tag { out += "</\(tag)>\n" }
            case .quote(let text): out += "<blockquote>" + inline(text) + "</blockquote>\n"
            case .code(let lines): out += "<pre>" + HTMLReport.escape(lines.joined(separator: "\n")) + "</pre>\n"
            }
        }
        return out
    }

    /// Inline markup on one escaped line.
    static func inline(_ text: String) -> String {
        var out = ""
        let chars = Array(text)
        var markers = MarkdownMarkers(chars)
        var i = 0
        func take(until marker: String, from start: Int) -> (String, Int)? {
            guard let j = markers.first(marker, from: start) else { return nil }
            return (String(chars[start..<j]), j + marker.count)
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
            // Both ends found before any text is copied: `[[[[…](` without a `)` stays linear.
            if c == "[", let middle = markers.first("](", from: i + 1), let end = markers.first(")", from: middle + 2) {
                let label = String(chars[i + 1..<middle])
                let url = String(chars[middle + 2..<end])
                let next = end + 1
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
