import Foundation

/// A focused reader of the XML inside a workbook: tags, attributes and text, as bytes.
///
/// The parts of an `.xlsx` are machine-written XML of a few known shapes (SpreadsheetML), so
/// this reader knows only what they use: start, end and empty tags with attributes in single or
/// double quotes, text with the five predefined entities and character references, comments,
/// processing instructions and CDATA (skipped or kept as text). It checks nothing a writer could
/// get wrong without breaking Excel too, and never fails: a truncated part ends the scan.
/// Namespace prefixes are ignored (`x:c` is `c`), as writers differ on them.
struct XMLBytes {
    let p: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

    static let lt = UInt8(ascii: "<")
    static let gt = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let amp = UInt8(ascii: "&")

    /// A tag: its local name (bytes of ``p``), where its attributes are, and its kind.
    struct Tag {
        var name: Range<Int>
        var attributes: Range<Int>
        var isEnd: Bool
        /// `<x/>`: a start tag with no content.
        var isEmpty: Bool
    }

    /// The next tag at or after the current position, skipping text, comments, processing
    /// instructions and declarations; nil at the end.
    mutating func nextTag() -> Tag? {
        while true {
            guard let open = find(Self.lt, from: i) else {
                i = p.count
                return nil
            }
            i = open + 1
            guard i < p.count else { return nil }
            let first = p[i]
            if first == UInt8(ascii: "!") || first == UInt8(ascii: "?") {
                skipMarkup()
                continue
            }
            let isEnd = first == Self.slash
            if isEnd { i += 1 }
            var nameStart = i
            while i < p.count, !Self.endsName(p[i]) {
                if p[i] == UInt8(ascii: ":") { nameStart = i + 1 }
                i += 1
            }
            let name = nameStart..<i
            let attributesStart = i
            // Attribute values may hold `>` only in quotes.
            var quote: UInt8 = 0
            while i < p.count {
                let b = p[i]
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == Self.gt {
                    break
                }
                i += 1
            }
            guard i < p.count else { return nil }
            let isEmpty = i > attributesStart && p[i - 1] == Self.slash
            let attributesEnd = isEmpty ? i - 1 : i
            i += 1
            return Tag(name: name, attributes: attributesStart..<attributesEnd, isEnd: isEnd, isEmpty: isEmpty)
        }
    }

    /// Skips `<!-- -->`, `<![CDATA[ ]]>`, `<!DOCTYPE …>` or `<? ?>` (the position is after `<`).
    mutating func skipMarkup() {
        if matches("!--", at: i) {
            i = (find("-->", from: i + 3) ?? p.count - 3) + 3
        } else if matches("![CDATA[", at: i) {
            i = (find("]]>", from: i + 8) ?? p.count - 3) + 3
        } else {
            i = (find(Self.gt, from: i) ?? p.count - 1) + 1
        }
        i = min(i, p.count)
    }

    static func endsName(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == Self.gt || b == Self.slash || b == UInt8(ascii: "\n")
            || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r")
    }

    /// Whether `name` (bytes of ``p``) is `expected`.
    func `is`(_ name: Range<Int>, _ expected: StaticString) -> Bool {
        guard name.count == expected.utf8CodeUnitCount else { return false }
        let e = expected.utf8Start
        for k in 0..<name.count where p[name.lowerBound + k] != e[k] { return false }
        return true
    }

    /// The raw value (entities not decoded) of attribute `name` among `attributes`.
    func attribute(_ name: StaticString, in attributes: Range<Int>) -> Range<Int>? {
        var k = attributes.lowerBound
        let n = name.utf8CodeUnitCount
        let e = name.utf8Start
        while k < attributes.upperBound {
            // An attribute name starts after a space; compare its local name.
            while k < attributes.upperBound, Self.isSpace(p[k]) { k += 1 }
            var nameStart = k
            while k < attributes.upperBound, p[k] != UInt8(ascii: "="), !Self.isSpace(p[k]) {
                if p[k] == UInt8(ascii: ":") { nameStart = k + 1 }
                k += 1
            }
            let nameEnd = k
            while k < attributes.upperBound, p[k] != UInt8(ascii: "\""), p[k] != UInt8(ascii: "'") { k += 1 }
            guard k < attributes.upperBound else { return nil }
            let quote = p[k]
            let valueStart = k + 1
            k = valueStart
            while k < attributes.upperBound, p[k] != quote { k += 1 }
            let value = valueStart..<min(k, attributes.upperBound)
            k += 1
            if nameEnd - nameStart == n {
                var same = true
                for j in 0..<n where p[nameStart + j] != e[j] {
                    same = false
                    break
                }
                if same { return value }
            }
        }
        return nil
    }

    /// The attribute's value as text, entities decoded.
    func string(_ name: StaticString, in attributes: Range<Int>) -> String? {
        attribute(name, in: attributes).map { range in
            var out: [UInt8] = []
            Self.appendDecoded(p, range, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The attribute's value as a whole number (nil when absent or not digits).
    func int(_ name: StaticString, in attributes: Range<Int>) -> Int? {
        guard let r = attribute(name, in: attributes), !r.isEmpty, r.count < 18 else { return nil }
        var n = 0
        for k in r {
            let d = p[k] &- 48
            guard d < 10 else { return nil }
            n = n * 10 + Int(d)
        }
        return n
    }

    /// The bytes up to the next `<` (the text of an element with no child), and moves there.
    mutating func text() -> Range<Int> {
        let start = i
        i = find(Self.lt, from: i) ?? p.count
        return start..<i
    }

    /// Moves past the end tag of the element whose start tag was just read (nested elements of
    /// the same name included).
    mutating func skipElement(_ name: StaticString) {
        var depth = 1
        while let tag = nextTag() {
            guard self.is(tag.name, name) else { continue }
            if tag.isEnd {
                depth -= 1
                if depth == 0 { return }
            } else if !tag.isEmpty {
                depth += 1
            }
        }
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r")
    }

    func find(_ b: UInt8, from start: Int) -> Int? {
        guard start < p.count, let base = p.baseAddress else { return nil }
        guard let hit = memchr(base + start, Int32(b), p.count - start) else { return nil }
        return UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
    }

    func find(_ s: StaticString, from start: Int) -> Int? {
        var k = start
        while let hit = find(s.utf8Start[0], from: k) {
            if matches(s, at: hit) { return hit }
            k = hit + 1
        }
        return nil
    }

    func matches(_ s: StaticString, at k: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard k + n <= p.count else { return false }
        for j in 0..<n where p[k + j] != s.utf8Start[j] { return false }
        return true
    }

    /// Appends the text of `range` to `out` with entities, character references and OOXML's
    /// `_xHHHH_` escapes decoded (`_x000D_` is a carriage return Excel kept).
    static func appendDecoded(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) {
        var k = range.lowerBound
        let end = range.upperBound
        // The common case: nothing to decode.
        var plain = true
        for j in range where p[j] == amp || p[j] == UInt8(ascii: "_") {
            plain = false
            break
        }
        if plain {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[range]))
            return
        }
        while k < end {
            let b = p[k]
            if b == amp, let semicolon = (k + 1..<min(end, k + 12)).first(where: { p[$0] == UInt8(ascii: ";") }) {
                let name = String(decoding: UnsafeBufferPointer(rebasing: p[(k + 1)..<semicolon]), as: UTF8.self)
                if let scalar = entity(name) {
                    append(scalar, to: &out)
                    k = semicolon + 1
                    continue
                }
            } else if b == UInt8(ascii: "_"), k + 6 < end, p[k + 1] == UInt8(ascii: "x"), p[k + 6] == UInt8(ascii: "_"),
                let v = UInt32(
                    String(decoding: UnsafeBufferPointer(rebasing: p[(k + 2)..<(k + 6)]), as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(v)
            {
                append(scalar, to: &out)
                k += 7
                continue
            }
            out.append(b)
            k += 1
        }
    }

    static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: UTF8.encode(scalar).map(Array.init) ?? [])
    }
}
