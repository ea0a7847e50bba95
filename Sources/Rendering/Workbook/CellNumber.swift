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
        // Read by bytes (most cells of a big table are numbers, and most others are ruled out by
        // their first byte); the fuzz harness checks it against spreadsheetNumber.
        let decimal = locale == .vi ? UInt8(ascii: ",") : UInt8(ascii: ".")
        let group = locale == .vi ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let b = Array(text.utf8)
        var i = 0
        var plus = false
        var negative = false
        if b.first == UInt8(ascii: "+") {
            plus = true
            i = 1
        } else if b.first == UInt8(ascii: "-") {
            negative = true
            i = 1
        } else if b.starts(with: [0xE2, 0x88, 0x92]) {  // U+2212 MINUS SIGN
            negative = true
            i = 3
        }
        func digit(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
        // The whole part: digits, or groups of three after a first group of one to three.
        var whole: [UInt8] = []
        var grouped = false
        var run = 0
        while i < b.count {
            if digit(i) {
                whole.append(b[i])
                run += 1
            } else if b[i] == group, run > 0, digit(i + 1) {
                guard grouped || run <= 3, !grouped || run == 3 else { return nil }
                grouped = true
                run = 0
            } else {
                break
            }
            i += 1
        }
        guard !whole.isEmpty, !grouped || run == 3 else { return nil }
        var fraction: [UInt8] = []
        if i < b.count, b[i] == decimal {
            i += 1
            while digit(i) {
                fraction.append(b[i])
                i += 1
            }
            guard !fraction.isEmpty else { return nil }
        }
        // A percent sign last, maybe after spaces (space, no-break space, narrow no-break space).
        var percent = false
        if b.last == UInt8(ascii: "%"), i < b.count {
            var k = i
            while k < b.count - 1 {
                if b[k] == 0x20 {
                    k += 1
                } else if b[k] == 0xC2, k + 1 < b.count, b[k + 1] == 0xA0 {
                    k += 2
                } else if b[k] == 0xE2, k + 2 < b.count, b[k + 1] == 0x80, b[k + 2] == 0xAF {
                    k += 3
                } else {
                    return nil
                }
            }
            guard k == b.count - 1 else { return nil }
            percent = true
            i = b.count
        }
        guard i == b.count else { return nil }
        // The value from its digits, the decimal point moved two places for a percent, so that
        // 99,17% is exactly the double nearest 0.9917 (dividing by 100 would not always be).
        var digits = whole + fraction
        var point = whole.count - (percent ? 2 : 0)
        if point < 1 {
            digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: 1 - point), at: 0)
            point = 1
        }
        var literal = negative ? [UInt8(ascii: "-")] : []
        literal += digits[..<point]
        literal.append(UInt8(ascii: "."))
        literal += digits[point...]
        guard let value = Double(String(decoding: literal, as: UTF8.self)) else { return nil }
        var code = grouped ? "#,##0" : "0"
        if !fraction.isEmpty { code += "." + String(repeating: "0", count: fraction.count) }
        if percent { code += "%" }
        if plus { code = "+\(code);-\(code);\(code)" }
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
