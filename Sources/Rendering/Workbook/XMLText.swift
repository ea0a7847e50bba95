/// Text as XML 1.0 character data in an Office Open XML part.
enum XMLText {
    /// `s` escaped by Unicode scalar: `&`, `<`, `>`, `"` and `'` as entities, a carriage return as
    /// `&#13;` (a parser would turn a literal one into a line feed), characters XML 1.0 forbids
    /// (controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) dropped, and the
    /// `_` of text that looks like Office's own escape `_xHHHH_` written `_x005F_` so that the
    /// spreadsheet shows it as typed.
    static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            switch u {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            case "_" where looksLikeEscape(scalars, at: i): out.append(contentsOf: "_x005F_".unicodeScalars)
            default:
                if allowed(u) { out.append(u) }
            }
        }
        return String(out)
    }

    /// Whether XML 1.0 allows `u` in a document.
    static func allowed(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `_x` + four hexadecimal digits + `_` starting at `i`.
    private static func looksLikeEscape(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < s.count, s[i + 1] == "x", s[i + 6] == "_" else { return false }
        return s[(i + 2)..<(i + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// Whether text needs `xml:space="preserve"` to keep its spaces (leading, trailing, a tab or
    /// a line break).
    static func needsPreserve(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        return first == " " || last == " " || s.unicodeScalars.contains { $0 == "\t" || $0 == "\n" || $0 == "\r" }
    }
}
