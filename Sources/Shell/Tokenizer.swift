import Foundation
import Messages

/// Splits a command line into words the way a POSIX shell would, without expansions:
/// whitespace separates words; '…' keeps everything literally; "…" keeps everything but lets
/// \" and \\ escape; a backslash outside quotes escapes the next character; `#` at the start of
/// a word begins a comment. `;` outside quotes ends a command (``commands(_:)``).
enum Tokenizer {
    enum Failure: Error, Equatable {
        /// A quote (`'` or `"`) that is not closed.
        case unterminatedQuote(Character)

        /// The usage error a session reports.
        var usage: Usage {
            switch self {
            case .unterminatedQuote(let quote): .unterminatedQuote(quote)
            }
        }
    }

    /// The words of one command.
    static func words(_ line: String) throws(Failure) -> [String] {
        try commands(line).first ?? []
    }

    /// The commands of a line separated by `;`, each as its words; empty commands are dropped.
    static func commands(_ line: String) throws(Failure) -> [[String]] {
        var commands: [[String]] = []
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        func endWord() {
            if inWord { words.append(word) }
            word = ""
            inWord = false
        }
        func endCommand() {
            endWord()
            if !words.isEmpty { commands.append(words) }
            words = []
        }
        var characters = Array(line)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            i += 1
            if escaped {
                word.append(c)
                inWord = true
                escaped = false
                continue
            }
            if let q = quote {
                if c == q {
                    quote = nil
                } else if q == "\"" && c == "\\" && i < characters.count
                    && (characters[i] == "\"" || characters[i] == "\\")
                {
                    word.append(characters[i])
                    i += 1
                } else {
                    word.append(c)
                }
                continue
            }
            switch c {
            case "'", "\"":
                quote = c
                inWord = true
            case "\\":
                escaped = true
            case ";":
                endCommand()
            case "#" where !inWord:
                characters.removeSubrange(i...)  // the rest is a comment
            case " ", "\t", "\n", "\r":
                endWord()
            default:
                word.append(c)
                inWord = true
            }
        }
        if let q = quote { throw .unterminatedQuote(q) }
        if escaped { word.append("\\") }
        endCommand()
        return commands
    }

    /// `word` quoted so that ``words(_:)`` reads it back unchanged (only when needed).
    static func quote(_ word: String) -> String {
        let special: Set<Character> = [" ", "\t", "'", "\"", "\\", ";", "#", "$"]
        guard word.isEmpty || word.contains(where: special.contains) else { return word }
        if !word.contains("\"") && !word.contains("\\") { return "\"" + word + "\"" }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
