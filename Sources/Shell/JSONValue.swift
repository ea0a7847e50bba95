/// A JSON document built in the order the output contract lists its keys, with explicit nulls:
/// the one JSON writer of every command.
///
/// Not `indirect`: arrays and objects already hold their members out of line, so a scalar costs
/// no allocation.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// An array whose items are made while it is written (a table of thousands of rows is not
    /// built as a tree first); written exactly as `.array((0..<count).map(item))`.
    case items(count: Int, item: @Sendable (Int) -> JSONValue)

    /// A number, or null when absent or not finite.
    static func num(_ x: Double?) -> JSONValue {
        guard let x, x.isFinite else { return .null }
        return .number(x)
    }
    static func int(_ x: Int?) -> JSONValue { x.map(JSONValue.int) ?? .null }
    static func str(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    static func pair(_ a: Double?, _ b: Double?) -> JSONValue {
        guard let a, let b, a.isFinite, b.isFinite else { return .null }
        return .array([.number(a), .number(b)])
    }
    static func strings(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }

    /// How a document is laid out; both indent by two spaces and end with a newline.
    enum Layout: Sendable {
        /// The analysis commands: `"key": value`, arrays of at most four scalars on one line,
        /// `[]` and `{}` when empty, `\u0008` and `\u000c` for backspace and form feed, a
        /// non-finite number as `null`, an integral number below 10¹⁵ without exponent.
        case standard
        /// `info` and `check`, as Foundation's `JSONEncoder` has always written them for parlens
        /// (`.prettyPrinted`, `.withoutEscapingSlashes`): `"key" : value`, every array item on its
        /// own line, an empty array or object as its bracket, a blank line and the closing bracket,
        /// `\b` and `\f`, numbers as Swift's `description` without a trailing `.0`, non-finite
        /// numbers as the strings `"nan"`, `"inf"` and `"-inf"`. (The keys of those reports are
        /// listed in alphabetical order by their adapters.)
        case spaced
    }

    /// Pretty-printed in `layout` with two-space indentation and a final newline.
    func rendered(_ layout: Layout = .standard) -> String {
        var writer = Writer(layout: layout)
        writer.write(self, indent: 0)
        writer.bytes.append(0x0A)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes values as UTF-8, a byte or a run of bytes at a time.
    private struct Writer {
        let layout: Layout
        var bytes: [UInt8] = []
        /// One number's text at a time (its storage is reused).
        var scratch = ""

        init(layout: Layout) {
            self.layout = layout
            bytes.reserveCapacity(4096)
            scratch.reserveCapacity(32)
        }

        static let spaces = [UInt8](repeating: 0x20, count: 64)

        /// `2 × level` spaces.
        mutating func indent(_ level: Int) {
            var n = 2 * level
            while n > 0 {
                let k = min(n, Self.spaces.count)
                bytes.append(contentsOf: Self.spaces[0..<k])
                n -= k
            }
        }

        mutating func text(_ s: StaticString) {
            s.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        /// ",\n" between items, "\n" after the last.
        mutating func separator(last: Bool) {
            if !last { bytes.append(UInt8(ascii: ",")) }
            bytes.append(0x0A)
        }

        mutating func write(_ value: JSONValue, indent: Int) {
            switch value {
            case .null: text("null")
            case .bool(let b): text(b ? "true" : "false")
            case .int(let i): integer(i)
            case .number(let x): number(x)
            case .string(let s): quote(s)
            case .array(let items):
                if items.isEmpty {
                    empty("[", "]", indent: indent)
                    return
                }
                if layout == .standard && items.count <= 4 && items.allSatisfy(\.isScalar) {
                    bytes.append(UInt8(ascii: "["))
                    for (i, item) in items.enumerated() {
                        if i > 0 { text(", ") }
                        write(item, indent: indent + 1)
                    }
                    bytes.append(UInt8(ascii: "]"))
                    return
                }
                text("[\n")
                for (i, item) in items.enumerated() {
                    self.indent(indent + 1)
                    write(item, indent: indent + 1)
                    separator(last: i + 1 == items.count)
                }
                self.indent(indent)
                bytes.append(UInt8(ascii: "]"))
            case .items(let count, let item):
                if count == 0 || (count <= 4 && layout == .standard) {
                    // Short arrays may be written on one line: decide as for `.array`.
                    write(.array((0..<count).map(item)), indent: indent)
                    return
                }
                text("[\n")
                for i in 0..<count {
                    self.indent(indent + 1)
                    write(item(i), indent: indent + 1)
                    separator(last: i + 1 == count)
                }
                self.indent(indent)
                bytes.append(UInt8(ascii: "]"))
            case .object(let members):
                if members.isEmpty {
                    empty("{", "}", indent: indent)
                    return
                }
                text("{\n")
                for i in members.indices {
                    self.indent(indent + 1)
                    quote(members[i].0)
                    if layout == .spaced { text(" : ") } else { text(": ") }
                    write(members[i].1, indent: indent + 1)
                    separator(last: i + 1 == members.count)
                }
                self.indent(indent)
                bytes.append(UInt8(ascii: "}"))
            }
        }

        /// An empty array or object: `[]`, or in the spaced layout `[`, a blank line, `]`.
        mutating func empty(_ open: StaticString, _ close: StaticString, indent: Int) {
            text(open)
            if layout == .spaced {
                text("\n\n")
                self.indent(indent)
            }
            text(close)
        }

        /// The decimal digits of `i` (what `String(i)` gives).
        mutating func integer(_ i: Int) {
            if i < 0 { bytes.append(UInt8(ascii: "-")) }
            var magnitude = i.magnitude
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // up to 20 digits, little end first
            var count = 0
            withUnsafeMutableBytes(of: &digits) { d in
                repeat {
                    d[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                    count += 1
                } while magnitude > 0
                for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[k]) }
            }
        }

        /// The standard layout's number: an integral value below 10¹⁵ as its digits, another finite
        /// value as its shortest round-tripping text (`description`, written into `scratch` instead
        /// of a new string), NaN and infinities as `null`.
        mutating func number(_ x: Double) {
            if layout == .spaced { return spacedNumber(x) }
            guard x.isFinite else { return text("null") }
            if x == x.rounded(), abs(x) < 1e15 {
                integer(Int(x))
            } else {
                scratch.removeAll(keepingCapacity: true)
                x.write(to: &scratch)
                scratch.withUTF8 { bytes.append(contentsOf: $0) }
            }
        }

        /// The spaced layout's number: `description` without a trailing `.0` (`80`, `-0`, `1e-05`,
        /// `1000000000000000`, `1e+16`); NaN and infinities as the strings `"nan"`, `"inf"`, `"-inf"`.
        mutating func spacedNumber(_ x: Double) {
            guard x.isFinite else { return quote(x.isNaN ? "nan" : x < 0 ? "-inf" : "inf") }
            scratch.removeAll(keepingCapacity: true)
            x.write(to: &scratch)
            if scratch.hasSuffix(".0") { scratch.removeLast(2) }
            scratch.withUTF8 { bytes.append(contentsOf: $0) }
        }

        /// A JSON string literal: `\"`, `\\`, `\n`, `\r`, `\t` (in the spaced layout also `\b` and
        /// `\f`) and `\u00xx` for other control characters; every other byte of the UTF-8 text,
        /// `/` included, is copied as it is.
        mutating func quote(_ s: String) {
            bytes.append(UInt8(ascii: "\""))
            var s = s
            s.withUTF8 { p in
                // Most texts need no escape: copy them whole.
                var plain = true
                for b in p where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                    plain = false
                    break
                }
                if plain {
                    bytes.append(contentsOf: p)
                    return
                }
                for b in p {
                    switch b {
                    case UInt8(ascii: "\""): text("\\\"")
                    case UInt8(ascii: "\\"): text("\\\\")
                    case 0x0A: text("\\n")
                    case 0x0D: text("\\r")
                    case 0x09: text("\\t")
                    case 0x08 where layout == .spaced: text("\\b")
                    case 0x0C where layout == .spaced: text("\\f")
                    case ..<0x20:
                        let hex = String(b, radix: 16)
                        bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                    default: bytes.append(b)
                    }
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object, .items: false
        default: true
        }
    }
}
