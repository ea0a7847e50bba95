extension NumberFormat {
    /// The number a formatted cell shows, with the Excel number format that shows it the same way,
    /// or nil when `text` is not a number as ``format(_:decimals:locale:typographic:)`` writes it
    /// in `locale` (the rule of ``spreadsheetNumber(_:locale:)``, which CSV uses).
    ///
    /// The format follows the text: as many decimals as it shows; `#,##0` grouping when it is
    /// grouped (`7.554` in `.vi`), plain `0` when not (`2024`); a percent (`99,17%`, also with a
    /// space before `%`) is the fraction (0.9917) shown with `0.00%`; a leading `+` (a change)
    /// gives a signed format, `+0.00;-0.00;0.00`. Excel's format codes always use `.` and `,`;
    /// the spreadsheet shows them in its reader's own separators.
    public static func spreadsheetValue(_ text: String, locale: NumberLocale) -> Workbook.Value? {
        // Most text cells are names: a first scalar that no number starts with rules them out.
        guard let first = text.unicodeScalars.first,
            ("0"..."9").contains(first) || first == "+" || first == "-" || first == "\u{2212}"
        else { return nil }
        var body = Substring(text)
        let percent = body.last == "%"
        if percent {
            body = body.dropLast()
            while let last = body.last, last == " " || last == "\u{00A0}" || last == "\u{202F}" {
                body = body.dropLast()
            }
        }
        guard let plain = spreadsheetNumber(String(body), locale: locale) else { return nil }
        let negative = plain.hasPrefix("-")
        let digits = negative ? plain.dropFirst() : Substring(plain)
        let parts = digits.split(separator: Character(locale.decimalSeparator), omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        // The value from its digits, the decimal point moved two places for a percent, so that
        // 99,17% is exactly the double nearest 0.9917 (dividing by 100 would not always be).
        var all = whole + fraction
        var point = whole.count - (percent ? 2 : 0)
        while point < 1 {
            all = "0" + all
            point += 1
        }
        let literal = (negative ? "-" : "") + all.prefix(point) + "." + all.dropFirst(point)
        guard let value = Double(literal) else { return nil }
        let grouped = body.contains(Character(locale.groupSeparator))
        var code = grouped ? "#,##0" : "0"
        if !fraction.isEmpty { code += "." + String(repeating: "0", count: fraction.count) }
        if percent { code += "%" }
        if body.first == "+" { code = "+\(code);-\(code);\(code)" }
        return .number(value == 0 ? 0 : value, format: code)
    }

    /// A change written with its mark, `▲ 2` (moved up 2) or `▼ 2` (moved down 2) — ASCII `^ 2`,
    /// `v 2` — as the signed number (+2, −2) with a format that shows the same marks
    /// (`"▲ "0;"▼ "0;0`), so that the column sorts; nil for any other text (a mark before a word,
    /// `▲ yes`, stays text).
    public static func markedChange(_ text: String, locale: NumberLocale) -> Workbook.Value? {
        guard let first = text.unicodeScalars.first, "▲▼^v".unicodeScalars.contains(first) else { return nil }
        let marks: [(up: String, down: String)] = [("▲ ", "▼ "), ("^ ", "v ")]
        for (up, down) in marks {
            for (mark, sign) in [(up, 1.0), (down, -1.0)] where text.hasPrefix(mark) {
                let rest = String(text.dropFirst(mark.count))
                guard let first = rest.first, first.isASCII, first.isNumber,
                    case .number(let x, let code)? = spreadsheetValue(rest, locale: locale)
                else { return nil }
                return .number(sign * x, format: "\"\(up)\"\(code);\"\(down)\"\(code);\(code)")
            }
        }
        return nil
    }
}
