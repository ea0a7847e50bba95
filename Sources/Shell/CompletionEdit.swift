import Foundation
import Panel

/// What Tab does to a line: the word before the cursor, as typed, is replaced by `insertion`;
/// `matches` are listed when there are several.
///
/// The insertion is one of three things, so that Tab never deletes what was typed unless a match
/// replaces it:
/// - the only match, written as the tokenizer reads it (quoted when it has a space, with the
///   user's opening quote kept and closed once) and followed by a space — or by nothing after
///   a folder, whose path goes on;
/// - the start that all the matches share, taken from the matches themselves (with their accents)
///   and inserted only when it covers what was typed, folded (`huyen` → `"Huyện `);
/// - what was typed, unchanged (`dong` stays `dong` when the matches are Đồng Tháp, Đông Sơn…,
///   which share only `Đ`).
public struct LineCompletion: Hashable, Sendable {
    /// The end of the text before the cursor that is replaced: the word being completed, as typed.
    public var replaced: String
    /// What replaces it.
    public var insertion: String
    /// The matches, as a list shows them (without quotes), sorted.
    public var matches: [String]

    /// `line` (which ends with ``replaced``) with the word replaced.
    public func applied(to line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        scalars.removeLast(min(replaced.unicodeScalars.count, scalars.count))
        return String(String.UnicodeScalarView(scalars)) + insertion
    }
}

/// The word being completed: as typed, and as the tokenizer will read it.
struct PartialWord: Hashable {
    /// The characters typed from the start of the word to the cursor, quotes and escapes included.
    var typed: String
    /// The word as ``Tokenizer`` reads it (white space outside quotes read as one space).
    var text: String
    /// The first quote the user typed in the word; a rewritten word keeps it.
    var quote: Character?

    init(typed: some StringProtocol) {
        self.typed = String(typed)
        var text = ""
        var open: Character?
        var first: Character?
        var escaped = false
        var pendingSpace = false
        func add(_ c: Character) {
            if pendingSpace, !text.isEmpty { text.append(" ") }
            pendingSpace = false
            text.append(c)
        }
        for c in typed {
            if escaped {
                // In double quotes only \" and \\ are escapes; elsewhere the backslash stays.
                if open == "\"", c != "\"", c != "\\" { add("\\") }
                add(c)
                escaped = false
            } else if let q = open {
                if c == q {
                    open = nil
                } else if q == "\"" && c == "\\" {
                    escaped = true
                } else {
                    add(c)
                }
            } else if c == "\"" || c == "'" {
                open = c
                first = first ?? c
            } else if c == "\\" {
                escaped = true
            } else if c.isWhitespace {
                pendingSpace = true
            } else {
                add(c)
            }
        }
        if pendingSpace, !text.isEmpty { text.append(" ") }
        self.text = text
        self.quote = first
    }

    /// `value` written so that the tokenizer reads it back: in the user's quote if they typed
    /// one, else in double quotes when it needs quoting (single quotes when it holds `"` or `\`);
    /// the quote is closed only when `closed`.
    func written(_ value: String, closed: Bool) -> String {
        let needsQuote = Tokenizer.quote(value) != value
        guard let q = quote ?? (needsQuote ? (value.contains("\"") || value.contains("\\") ? "'" : "\"") : nil)
        else { return value }
        let body =
            q == "\""
            ? value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            : value.replacingOccurrences(of: "'", with: "'\\''")
        return String(q) + body + (closed ? String(q) : "")
    }

    /// The edit that completes this word with `values`; a value in `open` (a folder) does not end
    /// the word.
    func completion(by values: [String], open: Set<String> = []) -> LineCompletion {
        let insertion: String
        if values.count == 1, let only = values.first {
            insertion = open.contains(only) ? written(only, closed: false) : written(only, closed: true) + " "
        } else if let shared = Self.sharedStart(of: values), covers(shared) {
            insertion = written(shared, closed: false)
        } else {
            insertion = typed
        }
        return LineCompletion(replaced: typed, insertion: insertion, matches: values)
    }

    /// Whether `start` says at least what was typed: it begins with the text, or its folded key
    /// begins with the text's (so `Huyện ` covers `huyen`, and `Đ` does not cover `dong`).
    func covers(_ start: String) -> Bool {
        if text.isEmpty || start.hasPrefix(text) { return true }
        let typedKey = Self.key(text)
        return !typedKey.isEmpty && Self.key(start).hasPrefix(typedKey)
    }

    /// The longest start, in whole characters, that all `values` share (nil when empty).
    static func sharedStart(of values: [String]) -> String? {
        guard let first = values.first else { return nil }
        var shared = Array(first)
        for value in values.dropFirst() {
            let characters = Array(value)
            var n = 0
            while n < min(shared.count, characters.count), shared[n] == characters[n] { n += 1 }
            shared.removeLast(shared.count - n)
        }
        return shared.isEmpty ? nil : String(shared)
    }

    /// ``Names/fold(_:)`` that keeps a trailing separator as one space, so that the key of a
    /// start ("Huyện ") is a start of the keys of the names it begins ("huyen ben do ngang").
    static func key(_ text: String) -> String {
        String(Names.fold(text + "x").dropLast())
    }
}

/// A line cut for completion at the cursor: the words of the current command (after the last
/// `;`) and the word being typed.
struct TypedLine {
    /// A complete word: as the tokenizer reads it, and whether it was typed without quotes or
    /// escapes.
    struct Word: Hashable {
        var text: String
        var plain: Bool
        /// Where the word starts in the line.
        var start: String.Index
    }

    let line: String
    /// The complete words of the current command before the word being typed.
    var words: [Word] = []
    /// The word being typed (possibly empty).
    var word: PartialWord

    init(_ line: String) {
        self.line = line
        var start = line.startIndex
        var inWord = false
        var quote: Character?
        var escaped = false
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if escaped {
                escaped = false
            } else if let q = quote {
                if c == q { quote = nil } else if c == "\\" && q == "\"" { escaped = true }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "\\" {
                escaped = true
            } else if c.isWhitespace || c == ";" {
                if inWord {
                    let raw = line[start..<index]
                    words.append(
                        Word(
                            text: PartialWord(typed: raw).text, plain: !raw.contains { "\"'\\".contains($0) },
                            start: start))
                }
                if c == ";" { words = [] }
                inWord = false
                index = line.index(after: index)
                start = index
                continue
            }
            if !inWord {
                inWord = true
                start = index
            }
            index = line.index(after: index)
        }
        word = PartialWord(typed: inWord ? line[start...] : "")
    }

    /// The words from the one after `index` to the cursor as one partial word: a unit name typed
    /// without quotes (`--unit thap muoi`), or nil when one of them is quoted or an option.
    func joined(after index: Int) -> PartialWord? {
        let following = words[(index + 1)...]
        guard let first = following.first, following.allSatisfy({ $0.plain && !$0.text.hasPrefix("-") }),
            !word.typed.contains(where: { "\"'\\".contains($0) })
        else { return nil }
        return PartialWord(typed: line[first.start...])
    }
}
