import ArgumentParser
import Foundation
import Panel

/// Tab completion for a session line: command names, the options of the current command,
/// metric ids, unit names (matched without accents: `thap` → `"Tháp Mười"`, quoted as needed),
/// periods in the data, setting names and values, and file paths after `load`, `--data` and `-o`.
struct Completion {
    let session: Session

    /// The words that may replace the last (partial) word of `line`, sorted.
    func candidates(for line: String) -> [String] {
        let (words, partial) = Self.split(line)
        let folded = Names.fold(partial)
        func matching(_ options: [String]) -> [String] {
            Array(
                Set(options.filter { $0.hasPrefix(partial) || (!folded.isEmpty && Names.fold($0).hasPrefix(folded)) })
            ).sorted()
        }
        guard let command = words.first else {
            return matching(Parlens.commandNames + Session.sessionCommands)
        }
        let previous = words.last ?? ""
        if command == "load" || command == "unload" || ["--data", "-o", "--output"].contains(previous) {
            return paths(partial)
        }
        if command == "set" {
            if words.count == 1 { return matching(Session.settingKeys) }
            if words.count == 2 { return matching(Self.settingValues[words[1]] ?? []) }
            return []
        }
        if command == "show" { return words.count == 1 ? matching(["settings"]) : [] }
        if command == "help" { return words.count == 1 ? matching(Parlens.commandNames) : [] }
        switch previous {
        case "--unit", "--parent", "--highlight": return units(partial)
        case "--period", "--vs", "--from", "--to", "--by":
            if command == "compare" && previous == "--vs" { return matching(["previous", "last-year"]) }
            return matching(panel?.periods.map(\.description) ?? [])
        case "--level": return matching(UnitLevel.allCases.map(\.rawValue))
        case "--tier": return matching(Tier.allCases.map(\.rawValue))
        case "--format": return matching(OutputFormat.allCases.map(\.rawValue))
        case "--lang", "--locale": return matching(["vi", "en"])
        case "--fit": return matching(["ols", "sen", "none"])
        default: break
        }
        if partial.hasPrefix("-") { return matching(Self.options(of: command)) }
        let positionals = words.dropFirst().filter { !$0.hasPrefix("-") }.count
        if command == "chart" && positionals == 0 { return matching(Chart.Kind.allCases.map(\.rawValue)) }
        if Self.takesMetric.contains(command) { return matching(metrics) }
        return []
    }

    static let takesMetric: Set<String> = ["rank", "trend", "compare", "correlate", "summary", "target", "chart"]
    static let settingValues: [String: [String]] = [
        "format": OutputFormat.allCases.map(\.rawValue), "lang": ["vi", "en"], "locale": ["vi", "en"],
        "chart": ["on", "off"], "ascii": ["on", "off"], "decimal": ["comma", "point"], "width": ["80", "100", "120"],
    ]

    var panel: Panel? { session.panel() }

    var metrics: [String] {
        guard let panel else { return [] }
        return Array(
            Set(panel.observations.map(\.metric)).union(
                panel.observations.filter { $0.rank != nil }.map { $0.metric + "_rank" })
        ).sorted()
    }

    /// Unit names whose folded name or core starts with what was typed, quoted for the tokenizer.
    func units(_ partial: String) -> [String] {
        guard let panel else { return [] }
        let typed = Names.fold(partial.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")))
        let names = panel.units.units.map(\.name).filter { name in
            typed.isEmpty || Names.fold(name).hasPrefix(typed) || Names.core(name).hasPrefix(typed)
        }
        return Array(Set(names)).sorted { Names.fold($0) < Names.fold($1) }.map(Tokenizer.quote)
    }

    /// Files and folders that start with `partial` (folders end with `/`).
    func paths(_ partial: String) -> [String] {
        let folderPart = (partial as NSString).deletingLastPathComponent
        let namePart = partial.hasSuffix("/") ? "" : (partial as NSString).lastPathComponent
        let folder = session.env.resolve(folderPart.isEmpty ? "." : folderPart)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.filter { $0.hasPrefix(namePart) && !$0.hasPrefix(".") }.sorted().map { name in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(
                atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            let path = folderPart.isEmpty ? name : (partial.hasSuffix("/") ? partial + name : folderPart + "/" + name)
            return Tokenizer.quote(path) + (isDirectory.boolValue ? "/" : "")
        }
    }

    /// The long options a command accepts, read from its help.
    static func options(of command: String) -> [String] {
        guard let type = Parlens.configuration.subcommands.first(where: { $0._commandName == command }) else {
            return []
        }
        let help = Parlens.helpMessage(for: type)
        var found: Set<String> = ["--help"]
        var word = ""
        for c in help + " " {
            if c.isLetter || c.isNumber || c == "-" {
                word.append(c)
            } else {
                if word.hasPrefix("--"), word.count > 2 { found.insert(word) }
                word = ""
            }
        }
        return found.sorted()
    }

    /// The complete words before the cursor and the partial last word (quotes kept open).
    static func split(_ line: String) -> (words: [String], partial: String) {
        var words: [String] = []
        var word = ""
        var quote: Character?
        for c in line {
            if let q = quote {
                if c == q { quote = nil }
                word.append(c)
            } else if c == "\"" || c == "'" {
                quote = c
                word.append(c)
            } else if c == " " || c == "\t" {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(c)
            }
        }
        let unquoted = words.map { (try? Tokenizer.words($0).first) ?? $0 }.map { $0 ?? "" }
        return (unquoted, word)
    }
}
