import Foundation
import Messages

/// A Markdown document whose ```` ```parlens ```` blocks hold commands, one per line.
///
/// Front matter (between `---` lines at the top) may declare `title:`, `lang:` (`vi` or `en`,
/// the report's language unless `run --lang` says otherwise), `params:` with
/// defaults (`  year: 2024`) and `echo: false` (or Quarto's `execute:` / `  echo: false`),
/// which leaves the commands out of the report and keeps their output. `${NAME}` is replaced by the parameter everywhere after the front
/// matter — commands, prose, headings — and `\${NAME}` stands for a literal `${NAME}`.
/// Everything else outside the blocks is kept as written.
struct Notebook {
    struct Block {
        /// The commands with their 1-based line numbers in the file.
        var lines: [(number: Int, text: String)]
        /// Index in ``Notebook/parts`` where the block ends (its output goes after it).
    }

    enum Part {
        /// Lines outside the blocks, with their 1-based line numbers in the file.
        case prose([(number: Int, text: String)])
        case block(opening: String, lines: [(number: Int, text: String)], closing: String)
    }

    var path: String
    var title: String?
    var params: [String: String] = [:]
    /// The front matter's `echo` as written, with its line (nil: not given, so commands show).
    var echoSetting: (line: Int, value: String)?
    /// The front matter's `lang` as written, with its line (nil: not given).
    var langSetting: (line: Int, value: String)?
    var frontMatter: [String] = []
    var parts: [Part] = []

    init(path: String, text: String) {
        self.path = path
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var i = 0
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            frontMatter = Array(lines[0...end])
            var section = ""
            for (offset, line) in lines[1..<end].enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard let colon = trimmed.firstIndex(of: ":") else { continue }
                let key = String(trimmed[..<colon]).trimmingCharacters(in: .whitespaces)
                var value = String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let f = value.first, f == value.last, f == "\"" || f == "'" {
                    value = String(value.dropFirst().dropLast())
                }
                if !line.hasPrefix(" ") && !line.hasPrefix("\t") {
                    section = key
                    if key == "title" { title = value }
                    if key == "echo" { echoSetting = (offset + 2, value) }
                    if key == "lang" { langSetting = (offset + 2, value) }
                } else if section == "params" {
                    params[key] = value
                } else if section == "execute", key == "echo" {
                    echoSetting = (offset + 2, value)
                }
            }
            i = end + 1
        }
        var prose: [(number: Int, text: String)] = []
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```"), trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces).hasPrefix("parlens")
            {
                let fence = String(trimmed.prefix { $0 == "`" })
                if !prose.isEmpty {
                    parts.append(.prose(prose))
                    prose = []
                }
                var body: [(Int, String)] = []
                var j = i + 1
                while j < lines.count, !lines[j].trimmingCharacters(in: .whitespaces).hasPrefix(fence) {
                    body.append((j + 1, lines[j]))
                    j += 1
                }
                parts.append(.block(opening: line, lines: body, closing: j < lines.count ? lines[j] : fence))
                i = j + 1
                continue
            }
            prose.append((i + 1, line))
            i += 1
        }
        if !prose.isEmpty { parts.append(.prose(prose)) }
    }

    /// Whether the report shows each command above its output: the front matter's `echo`
    /// (`true` or `false`), true when it says nothing.
    func echo() throws(CommandFailure) -> Bool {
        guard let (line, value) = echoSetting else { return true }
        switch value.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw .usage(.echoIsTrueOrFalse(path: path, line: line, value: value), hint: nil)
        }
    }

    /// The report's language from the front matter's `lang` (nil when it says nothing).
    func language() throws(CommandFailure) -> Language? {
        guard let (line, value) = langSetting else { return nil }
        guard let language = Language(rawValue: value.lowercased()) else {
            throw .usage(.langIsViOrEnAt(path: path, line: line, value: value), hint: nil)
        }
        return language
    }

    /// `text` with every `${NAME}` replaced and every `\${` written `${`; an undefined name is
    /// reported with its line.
    /// `text` with each `${name}` replaced by its parameter's value. In a command (`command`), a
    /// value is one token of the command: a value holding what the command grammar reads as
    /// structure (`;`, a quote, a backslash, a line break) is refused, so that a `--param` can
    /// never add a command (`--param 'year=2022; info -o x'`).
    func substitute(_ text: String, line: Int, params: [String: String], command: Bool = false) throws(CommandFailure)
        -> String
    {
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            if rest[..<start.lowerBound].last == "\\" {
                // An escaped `\${`: the text up to the backslash, then `${` as written.
                out += rest[..<rest.index(before: start.lowerBound)] + "${"
                rest = rest[start.upperBound...]
                continue
            }
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                throw .usage(.unclosedParameter(path: path, line: line), hint: .writeParameter)
            }
            let name = String(rest[start.upperBound..<end])
            guard let value = params[name] else {
                throw .usage(
                    .undefinedParameter(path: path, line: line, name: name),
                    hint: params.isEmpty
                        ? .declareParameter(name) : .knownParameters(params.keys.sorted(), name: name))
            }
            if command, value.contains(where: { ";\"'\\\n\r".contains($0) }) {
                throw .usage(.parameterNotAToken(name: name, value: value), hint: nil)
            }
            out += value
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}
