import Foundation

/// A table as data: columns with alignment, rows of strings, an optional title and footer.
/// Rendering knows nothing of the domain; callers format numbers before they get here.
public struct Table: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable { case left, right }

    public struct Column: Sendable, Hashable {
        public var header: String
        public var alignment: Alignment
        /// The column may be wrapped (text) when the table is too wide.
        public var wraps: Bool
        public init(_ header: String, _ alignment: Alignment = .left, wraps: Bool = false) {
            self.header = header
            self.alignment = alignment
            self.wraps = wraps
        }
    }

    public var title: String?
    public var columns: [Column]
    public var rows: [[String]]
    public var footer: [String]

    public init(title: String? = nil, columns: [Column], rows: [[String]], footer: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.footer = footer
    }
}

/// The ways a table can be written.
public enum TableStyle: String, Sendable, CaseIterable {
    /// Unicode box drawing.
    case box
    /// `+---+` ASCII.
    case ascii
    /// GitHub pipes.
    case markdown
}

extension Table {
    /// The table as text no wider than `width` columns (wrapping columns marked `wraps`).
    public func render(style: TableStyle = .box, width: Int = 100) -> String {
        if style == .markdown { return markdown() }
        let n = columns.count
        guard n > 0 else { return title.map { $0 + "\n" } ?? "" }
        var widths = columns.map { TextWidth.of($0.header) }
        for row in rows {
            for (i, cell) in row.prefix(n).enumerated() {
                let w = cell.split(separator: "\n").map { TextWidth.of(String($0)) }.max() ?? 0
                widths[i] = max(widths[i], w)
            }
        }
        // Borders take 3 columns per cell plus 1.
        let frame = 3 * n + 1
        var excess = widths.reduce(0, +) + frame - width
        if excess > 0 {
            // Shrink wrapping columns, widest first, down to 12 columns each.
            let wrapping = (0..<n).filter { columns[$0].wraps }.sorted { widths[$0] > widths[$1] }
            for i in wrapping where excess > 0 {
                let floor = max(12, TextWidth.of(columns[i].header))
                let cut = min(excess, max(0, widths[i] - floor))
                widths[i] -= cut
                excess -= cut
            }
        }
        let (h, v, tl, tm, tr, ml, mm, mr, bl, bm, br):
            (String, String, String, String, String, String, String, String, String, String, String) =
                style == .box
                ? ("─", "│", "┌", "┬", "┐", "├", "┼", "┤", "└", "┴", "┘")
                : ("-", "|", "+", "+", "+", "+", "+", "+", "+", "+", "+")
        func rule(_ l: String, _ m: String, _ r: String) -> String {
            l + widths.map { String(repeating: h, count: $0 + 2) }.joined(separator: m) + r
        }
        func lines(_ cells: [String]) -> [String] {
            let wrapped = (0..<n).map { i -> [String] in
                let cell = i < cells.count ? cells[i] : ""
                let parts = cell.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                return parts.flatMap { part in
                    TextWidth.of(part) <= widths[i]
                        ? [part]
                        : (columns[i].wraps
                            ? TextWidth.wrap(part, to: widths[i]) : [TextWidth.truncate(part, to: widths[i])])
                }
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { k in
                v
                    + (0..<n).map { i in
                        let text = k < wrapped[i].count ? wrapped[i][k] : ""
                        return " " + TextWidth.pad(text, to: widths[i], right: columns[i].alignment == .right) + " "
                    }.joined(separator: v) + v
            }
        }
        var out: [String] = []
        if let title { out.append(title) }
        out.append(rule(tl, tm, tr))
        out += lines(columns.map(\.header))
        out.append(rule(ml, mm, mr))
        for row in rows { out += lines(row) }
        out.append(rule(bl, bm, br))
        out += footer
        return out.joined(separator: "\n") + "\n"
    }

    /// GitHub-flavoured Markdown. Cells, title and footer are text, never markup: a backslash,
    /// `|` and a `<` that could open a tag or an autolink are backslash-escaped (no raw HTML
    /// reaches the reader), the `(` of `](` too (no link), and line breaks in cells become `<br>`.
    func markdown() -> String {
        func text(_ s: String) -> String {
            let chars = Array(s)
            var out = ""
            for (i, c) in chars.enumerated() {
                // `<` opens markup only before a letter, `/`, `!` or `?` (a tag, a comment, an
                // autolink): `<0.001` stays as it is.
                let opensMarkup = i + 1 < chars.count && (chars[i + 1].isLetter || "/!?".contains(chars[i + 1]))
                if c == "\\" || (c == "<" && opensMarkup) || (c == "(" && i > 0 && chars[i - 1] == "]") {
                    out.append("\\")
                }
                out.append(c)
            }
            return out
        }
        func esc(_ s: String) -> String {
            text(s).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
        }
        var out: [String] = []
        if let title { out += ["**\(esc(title))**", ""] }
        out.append("| " + columns.map { esc($0.header) }.joined(separator: " | ") + " |")
        out.append("|" + columns.map { $0.alignment == .right ? "---:" : ":---" }.joined(separator: "|") + "|")
        for row in rows {
            out.append(
                "| " + (0..<columns.count).map { esc($0 < row.count ? row[$0] : "") }.joined(separator: " | ") + " |")
        }
        if !footer.isEmpty { out += [""] + footer.map(text) }
        return out.joined(separator: "\n") + "\n"
    }
}

extension Table {
    /// RFC 4180 CSV for a spreadsheet: the header row then the rows (title and footer left out),
    /// CRLF line ends.
    ///
    /// - Numbers are written as numbers: a cell that is a number as ``NumberFormat`` writes it in
    ///   `locale` (`+35,07`, `34,83%`, `7.554` in Vietnamese) loses its sign padding, `%` and
    ///   thousands separators and keeps the locale's decimal mark (`35,07`, `34,83`, `7554`).
    ///   `—` (no value) is an empty cell.
    /// - The delimiter is `,` for `.en` and `;` for `.vi`: a decimal comma needs a delimiter that
    ///   is not a comma, and `;` is the list separator of Excel under Vietnamese regional settings.
    /// - A text cell a spreadsheet could run as a formula is prefixed with `'`: one whose first
    ///   character is `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP's list), or the
    ///   full-width `＝`, `＋`, `－`, `＠` that some spreadsheets fold to them. Cells holding the
    ///   delimiter, a quote or a line break are quoted.
    public func csv(locale: NumberLocale = .en) -> String {
        let delimiter: Unicode.Scalar = locale == .vi ? ";" : ","
        func cell(_ s: String) -> String {
            if s == "—" { return "" }
            if let number = NumberFormat.spreadsheetNumber(s, locale: locale) { return number }
            var s = s
            if let first = s.unicodeScalars.first, Self.formulaStarts.contains(first) { s = "'" + s }
            // By Unicode scalar: CRLF is one Character that is neither "\r" nor "\n", and a quote
            // or delimiter followed by a combining mark is one Character too.
            if s.unicodeScalars.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                var quoted = String.UnicodeScalarView(["\""])
                for u in s.unicodeScalars { quoted.append(contentsOf: u == "\"" ? ["\"", "\""] : [u]) }
                s = String(quoted) + "\""
            }
            return s
        }
        let separator = String(delimiter)
        var out = columns.map { cell($0.header) }.joined(separator: separator) + "\r\n"
        for row in rows { out += row.map(cell).joined(separator: separator) + "\r\n" }
        return out
    }

    /// First characters that make a spreadsheet read a text cell as a formula.
    private static let formulaStarts: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]
}
