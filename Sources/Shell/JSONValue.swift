/// A JSON document built in the order the output contract lists its keys, with explicit nulls
/// (Foundation's encoder leaves nil optionals out and sorts keys, which the contract forbids).
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

    /// Pretty-printed with two-space indentation and a final newline.
    var rendered: String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: 0)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `2 × count` spaces.
    private static func indent(_ out: inout [UInt8], _ count: Int) {
        out.append(contentsOf: repeatElement(0x20, count: 2 * count))
    }

    private static func append(_ out: inout [UInt8], _ text: StaticString) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null: Self.append(&out, "null")
        case let .bool(b): Self.append(&out, b ? "true" : "false")
        case let .int(i): out.append(contentsOf: String(i).utf8)
        case let .number(x): Self.writeNumber(x, into: &out)
        case let .string(s): Self.quote(s, into: &out)
        case let .array(items):
            if items.isEmpty {
                Self.append(&out, "[]")
                return
            }
            if items.count <= 4 && items.allSatisfy(\.isScalar) {
                out.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { Self.append(&out, ", ") }
                    item.write(into: &out, indent: indent + 1)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            Self.append(&out, "[\n")
            for (i, item) in items.enumerated() {
                Self.indent(&out, indent + 1)
                item.write(into: &out, indent: indent + 1)
                Self.append(&out, i + 1 < items.count ? ",\n" : "\n")
            }
            Self.indent(&out, indent)
            out.append(UInt8(ascii: "]"))
        case let .items(count, item):
            if count <= 4 {
                // Short arrays may be written on one line: decide as for `.array`.
                JSONValue.array((0..<count).map(item)).write(into: &out, indent: indent)
                return
            }
            Self.append(&out, "[\n")
            for i in 0..<count {
                Self.indent(&out, indent + 1)
                item(i).write(into: &out, indent: indent + 1)
                Self.append(&out, i + 1 < count ? ",\n" : "\n")
            }
            Self.indent(&out, indent)
            out.append(UInt8(ascii: "]"))
        case let .object(members):
            if members.isEmpty {
                Self.append(&out, "{}")
                return
            }
            Self.append(&out, "{\n")
            for (i, (key, value)) in members.enumerated() {
                Self.indent(&out, indent + 1)
                Self.quote(key, into: &out)
                Self.append(&out, ": ")
                value.write(into: &out, indent: indent + 1)
                Self.append(&out, i + 1 < members.count ? ",\n" : "\n")
            }
            Self.indent(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// ``format(_:)``, appended.
    private static func writeNumber(_ x: Double, into out: inout [UInt8]) {
        guard x.isFinite else { return append(&out, "null") }
        if x == x.rounded(), abs(x) < 1e15 {
            out.append(contentsOf: String(Int(x)).utf8)
        } else {
            out.append(contentsOf: x.description.utf8)
        }
    }

    /// A JSON string literal: `\"`, `\\`, `\n`, `\r`, `\t` and `\u00XX` for other control
    /// characters; every other byte of the UTF-8 text is copied as it is.
    private static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most texts need no escape: copy them whole.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): append(&out, "\\\"")
            case UInt8(ascii: "\\"): append(&out, "\\\\")
            case 0x0A: append(&out, "\\n")
            case 0x0D: append(&out, "\\r")
            case 0x09: append(&out, "\\t")
            case ..<0x20:
                let hex = String(b, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object, .items: false
        default: true
        }
    }

    /// The shortest text that reads back as the same double (Swift's description), never NaN.
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }
}
