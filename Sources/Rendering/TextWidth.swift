/// Terminal display width of text, by grapheme cluster.
///
/// A cluster is as wide as its first scalar: 2 for East Asian wide and fullwidth characters
/// and most emoji, 0 for a lone combining mark or control, otherwise 1. Combining marks that
/// follow a base character (NFD Vietnamese) belong to its cluster and add nothing, so NFC and
/// NFD text have the same width.
public enum TextWidth {
    public static func of(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for cluster in text {
            // ANSI colour sequences (ESC [ … m) take no room.
            if cluster == "\u{1B}" {
                inEscape = true
                continue
            }
            if inEscape {
                if cluster == "m" { inEscape = false }
                continue
            }
            width += of(cluster)
        }
        return width
    }

    public static func of(_ cluster: Character) -> Int {
        guard let s = cluster.unicodeScalars.first else { return 0 }
        let v = s.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark {
            return 0
        }
        if isWide(v) { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// `text` cut to at most `width` columns, ending with `…` when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// `text` cut to at most `width` columns by removing its middle: "Sở Lao động - … và Xã hội".
    /// The end of a name is often what tells it apart, so about 40 % of the room keeps the end.
    public static func truncateMiddle(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 4 else { return truncate(text, to: width) }
        let tailRoom = (width - 1) * 2 / 5
        let headRoom = width - 1 - tailRoom
        var head = ""
        var used = 0
        for ch in text {
            if used + of(ch) > headRoom { break }
            head.append(ch)
            used += of(ch)
        }
        var tail: [Character] = []
        used = 0
        for ch in text.reversed() {
            if used + of(ch) > tailRoom { break }
            tail.insert(ch, at: 0)
            used += of(ch)
        }
        while head.last == " " { head.removeLast() }
        while tail.first == " " { tail.removeFirst() }
        return head + "…" + String(tail)
    }

    /// Splits `text` into lines of at most `width` columns at spaces (long words are cut).
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var ww = of(word)
                if ww > width {
                    // Cut an over-long word into lines of `width` columns, in one pass: the
                    // width of each rest is known from the widths of all the word's ends.
                    if lineWidth > 0 {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    let chars = Array(word)
                    let rests = restWidths(chars)
                    var start = 0
                    while rests[start] > width {
                        var end = start
                        var hw = 0
                        while end < chars.count, hw + of(chars[end]) <= width {
                            hw += of(chars[end])
                            end += 1
                        }
                        // A character wider than the whole line goes on a line of its own.
                        if end == start { end += 1 }
                        lines.append(String(chars[start..<end]))
                        start = end
                    }
                    word = String(chars[start...])
                    ww = rests[start]
                }
                if lineWidth == 0 {
                    line = word
                    lineWidth = ww
                } else if lineWidth + 1 + ww <= width {
                    line += " " + word
                    lineWidth += 1 + ww
                } else {
                    lines.append(line)
                    line = word
                    lineWidth = ww
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// The width `of` gives `String(chars[i...])`, for every `i` (and 0 past the end), in one
    /// backward pass: a rest that starts with ESC is as wide as what follows the `m` closing
    /// its colour sequence.
    static func restWidths(_ chars: [Character]) -> [Int] {
        var rests = [Int](repeating: 0, count: chars.count + 1)
        var closing: Int?
        for i in stride(from: chars.count - 1, through: 0, by: -1) {
            if chars[i] == "\u{1B}" {
                rests[i] = closing.map { rests[$0 + 1] } ?? 0
            } else {
                rests[i] = of(chars[i]) + rests[i + 1]
            }
            if chars[i] == "m" { closing = i }
        }
        return rests
    }

    /// Pads `text` with spaces to `width` columns, on the right or on the left.
    public static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - of(text)))
        return right ? fill + text : text + fill
    }
}
