import Foundation
import Testing

@testable import Rendering

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Escaped text is well-formed XML that an XML parser, then Office's `_xHHHH_` rule, read back as
/// the text itself less the characters XML 1.0 forbids — for any mix of hostile characters.
@Suite("XML text")
struct XMLTextTests {
    /// Characters that break XML or Office when written as they are, and ordinary ones.
    static let pool: [Unicode.Scalar] =
        (0..<0x20).compactMap(Unicode.Scalar.init) + [
            "&", "<", ">", "\"", "'", "_", "x", "0", "4", "1", "A", "F", " ", "]", "=", "\u{7F}", "\u{85}",
            "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{E000}", "ệ", "e", "\u{302}", "\u{323}", "Đ", "👍", "\u{10FFFF}",
        ]

    /// The text an XML parser reads in `<t>xml</t>`, or nil when the document is not well-formed.
    final class Reader: NSObject, XMLParserDelegate, @unchecked Sendable {
        var text = ""
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    static func parse(_ escaped: String) -> String? {
        let parser = XMLParser(data: Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>\(escaped)</t>".utf8))
        let reader = Reader()
        parser.delegate = reader
        return parser.parse() ? reader.text : nil
    }

    /// Office's reading of `_xHHHH_`: the character with that code.
    static func officeUnescape(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let range = rest.range(of: #"_x[0-9A-Fa-f]{4}_"#, options: .regularExpression) {
            out += rest[..<range.lowerBound]
            let hex = rest[range].dropFirst(2).dropLast()
            out.unicodeScalars.append(UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init) ?? "?")
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    @Test func anyTextReadsBackAsItself() throws {
        var state: UInt64 = 16
        func next(_ n: Int) -> Int {
            // SplitMix64: seeded, the same draws every run.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        for _ in 0..<2000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<next(24) { scalars.append(Self.pool[next(Self.pool.count)]) }
            let text = String(scalars)
            let parsed = try #require(Self.parse(XMLText.escape(text)), "not well-formed: \(text.debugDescription)")
            var expected = String.UnicodeScalarView()
            expected.append(contentsOf: text.unicodeScalars.filter(XMLText.allowed))
            #expect(Self.officeUnescape(parsed) == String(expected), "\(text.debugDescription)")
        }
    }
}
