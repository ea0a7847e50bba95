import Foundation

/// A self-contained HTML page: title, tables, notes and inline SVG charts. No script, no network,
/// a system font stack, readable when printed. It is also well-formed XML (void elements are
/// self-closed), so tests parse it as XML.
public struct HTMLReport: Sendable {
    public var title: String
    public var language: String
    public var sections: [String] = []
    /// Whether the page opens with the title as `<h1>` (off when the content has its own).
    public var showsTitle = true

    public init(title: String, language: String) {
        self.title = title
        self.language = language
    }

    public mutating func add(table: Table) { sections.append(table.html()) }
    /// A note indented by two spaces belongs to the note above it (the lines under "Sources
    /// disagree:") and becomes an item of a list inside that note's item.
    public mutating func add(notes: [String]) {
        guard !notes.isEmpty else { return }
        var html = "<ul class=\"notes\">"
        var open = false
        for (i, note) in notes.enumerated() {
            let nested = i > 0 && note.hasPrefix("  ")
            if nested {
                html += (open ? "" : "<ul>") + "<li>\(SVG.escape(String(note.dropFirst(2))))</li>"
                open = true
                continue
            }
            if i > 0 { html += (open ? "</ul>" : "") + "</li>" }
            open = false
            html += "<li>\(SVG.escape(note))"
        }
        html += (open ? "</ul>" : "") + "</li></ul>"
        sections.append(html)
    }
    /// A paragraph of prose (escaped).
    public mutating func add(paragraph text: String) { sections.append("<p>\(SVG.escape(text))</p>") }
    public mutating func add(svg: String) { sections.append("<figure>\(svg)</figure>") }
    public mutating func add(preformatted text: String) { sections.append("<pre>\(SVG.escape(text))</pre>") }

    /// The fonts of `<pre>` and `<code>`: monospace fonts that draw every Vietnamese letter,
    /// stacked tones included ("Huế", "Đồng"). Windows' Cascadia Mono and Consolas and macOS's
    /// `ui-monospace` have them. Debian's do not: DejaVu Sans Mono, its default `monospace`,
    /// sets the tone beside the circumflex ("Huê´"), and Liberation Mono (installed with
    /// `chromium`) has no precomposed ạ … ỹ, so the browser took them from the next family,
    /// `monospace`, with the same result. The face ``vietnameseLetters`` therefore supplies just
    /// U+1EA0–U+1EF9 (ạ … ỹ) from Noto Sans Mono or DejaVu Sans, installed fonts whose letters
    /// are as wide as a monospace cell; every other character comes from the monospace fonts.
    public static let monospace =
        "\"Cascadia Mono\", Consolas, ui-monospace, \"\(vietnameseLettersFamily)\", \"Liberation Mono\", monospace"

    static let vietnameseLettersFamily = "parlens Vietnamese letters"

    /// The `@font-face` behind ``monospace``: local fonts only (nothing is downloaded).
    static let vietnameseLetters =
        "@font-face { font-family: \"\(vietnameseLettersFamily)\"; "
        + "src: local(\"Noto Sans Mono\"), local(\"NotoSansMono-Regular\"), local(\"DejaVu Sans\"), local(\"DejaVuSans\"); "
        + "unicode-range: U+1EA0-1EF9; }"

    public var rendered: String {
        """
        <!DOCTYPE html>
        <html lang="\(SVG.escape(language))">
        <head>
        <meta charset="utf-8"/>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(SVG.escape(title))</title>
        <style>
        \(Self.vietnameseLetters)
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #222; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
        h1 { font-size: 1.3rem; }
        table { border-collapse: collapse; margin: 1rem 0; font-variant-numeric: tabular-nums; }
        th, td { border-bottom: 1px solid #ddd; padding: .25rem .6rem; }
        th { background: #f3f3f3; text-align: left; }
        td:first-child { white-space: nowrap; }
        td.num, th.num { text-align: right; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        tfoot td { color: #666; font-size: .9em; border: none; }
        ul.notes { color: #444; }
        figure { margin: 1rem 0; }
        svg { max-width: 100%; height: auto; }
        pre, code { font-family: \(Self.monospace); }
        pre { font-size: .85rem; white-space: pre-wrap; overflow-wrap: anywhere; }
        @media print { body { margin: 0; max-width: none; } figure, table { break-inside: avoid; } }
        </style>
        </head>
        <body>
        \(showsTitle ? "<h1>\(SVG.escape(title))</h1>" : "")
        \(sections.joined(separator: "\n"))
        </body>
        </html>

        """
    }
}

extension Table {
    /// The table as an HTML `<table>`, numbers right-aligned as in the terminal.
    public func html() -> String {
        var out = "<table>"
        if let title { out += "<caption>\(SVG.escape(title))</caption>" }
        out +=
            "<thead><tr>"
            + columns.map { "<th\($0.alignment == .right ? " class=\"num\"" : "")>\(SVG.escape($0.header))</th>" }
            .joined() + "</tr></thead><tbody>"
        for row in rows {
            // U+FF1D (fullwidth =) is missing from many web fonts; the plain sign reads the same.
            out +=
                "<tr>"
                + zip(columns, row).map {
                    "<td\($0.alignment == .right ? " class=\"num\"" : "")>\(SVG.escape($1.replacingOccurrences(of: "＝", with: "=")))</td>"
                }.joined() + "</tr>"
        }
        out += "</tbody>"
        if !footer.isEmpty {
            out +=
                "<tfoot>" + footer.map { "<tr><td colspan=\"\(columns.count)\">\(SVG.escape($0))</td></tr>" }.joined()
                + "</tfoot>"
        }
        return out + "</table>"
    }
}
