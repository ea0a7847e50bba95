/// Worksheet names as spreadsheets accept them.
///
/// Excel refuses a name that is empty, longer than 31 characters (UTF-16 code units), holds one
/// of `[ ] : * ? / \`, starts or ends with an apostrophe, or is `History`; and two sheets whose
/// names differ only in case. Vietnamese letters are kept as written.
public enum SheetName {
    /// The most UTF-16 code units a sheet name may have.
    public static let maxLength = 31

    /// `name` made acceptable: forbidden characters and control characters become a space, runs
    /// of spaces one space, apostrophes at either end are dropped, and the name is cut at a
    /// character boundary to ``maxLength`` (`…` marks the cut); an empty result is `fallback`.
    public static func clean(_ name: String, fallback: String = "Sheet") -> String {
        var out = ""
        var lastSpace = true
        for c in name {
            let blank = c.unicodeScalars.contains { Self.forbidden.contains($0) || $0.value < 0x20 || $0.value == 0x7F }
            if blank || c.isWhitespace {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(c)
                lastSpace = false
            }
        }
        out = trimmed(out)
        if out.utf16.count > maxLength { out = trimmed(cut(out, to: maxLength - 1)) + "…" }
        if out.isEmpty || out.lowercased() == "history" { return out.isEmpty ? fallback : out + " 1" }
        return out
    }

    /// Acceptable names for `names`, in order, unique regardless of case: a repeated name gets
    /// ` (2)`, ` (3)`, … (the name shortened to leave room).
    public static func unique(_ names: [String], fallback: String = "Sheet") -> [String] {
        var taken: Set<String> = []
        return names.map { raw in
            let base = clean(raw, fallback: fallback)
            var name = base
            var n = 2
            while taken.contains(name.lowercased()) {
                let suffix = " (\(n))"
                name = trimmed(cut(base, to: maxLength - suffix.utf16.count)) + suffix
                n += 1
            }
            taken.insert(name.lowercased())
            return name
        }
    }

    private static let forbidden: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// The longest prefix of whole characters of `s` with at most `units` UTF-16 code units,
    /// ending at a word's end when one is no shorter than half of it (`Xu hướng của số liệu cả`,
    /// not `… cả nướ`).
    private static func cut(_ s: String, to units: Int) -> String {
        var out = ""
        var count = 0
        for c in s {
            count += c.utf16.count
            if count > units { break }
            out.append(c)
        }
        guard out.count < s.count, !s[s.index(s.startIndex, offsetBy: out.count)].isWhitespace,
            let space = out.lastIndex(of: " "), out.distance(from: out.startIndex, to: space) * 2 >= out.count
        else { return out }
        return String(out[..<space])
    }

    /// Without spaces and apostrophes at either end.
    private static func trimmed(_ s: String) -> String {
        var s = Substring(s)
        while let c = s.first, c == " " || c == "'" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "'" { s = s.dropLast() }
        return String(s)
    }
}
