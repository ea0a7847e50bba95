import Analysis
import ArgumentParser
import Foundation
import Panel

/// Tab completion for a session line: command names, the options of the current command,
/// metric ids, unit names, periods in the data, setting names and values, and file paths after
/// `load`, `--data` and `-o`.
///
/// Unit names match without case or accents and with or without an administrative prefix
/// (`thap` and `huyen thap muoi` find "Tháp Mười"; `tp cao` finds "Thành phố Cao Lãnh"), typed
/// in quotes or not (`--unit thap muoi` is read as one name). How the word is then rewritten is
/// ``LineCompletion``'s rule: only a match, or a start of the matches that covers what was typed,
/// ever replaces it.
struct Completion {
    let session: Session

    /// What Tab does to `line`, the text before the cursor.
    func complete(_ line: String) -> LineCompletion {
        let typed = TypedLine(line)
        // A unit name typed without quotes spans several words: `--unit thap muoi`.
        if let option = typed.words.lastIndex(where: { Self.takesUnit.contains($0.text) }),
            let word = typed.joined(after: option)
        {
            let names = units(word.text)
            if !names.isEmpty { return word.completion(by: names) }
        }
        let (values, open) = choices(after: typed.words.map(\.text), for: typed.word.text)
        return typed.word.completion(by: values, open: open)
    }

    /// The words that may replace the last (partial) word of `line`, each written as Tab would
    /// insert it (without the space after it), sorted.
    func candidates(for line: String) -> [String] {
        let typed = TypedLine(line)
        let (values, open) = choices(after: typed.words.map(\.text), for: typed.word.text)
        return values.map { typed.word.written($0, closed: !open.contains($0)) }
    }

    /// The values a word may become after `words`, given what was typed of it (`typed`, as the
    /// tokenizer reads it); `open` holds the folders, which do not end a word.
    func choices(after words: [String], for typed: String) -> (values: [String], open: Set<String>) {
        let folded = Names.fold(typed)
        func matching(_ options: [String]) -> (values: [String], open: Set<String>) {
            let values = Set(
                options.filter { $0.hasPrefix(typed) || (!folded.isEmpty && Names.fold($0).hasPrefix(folded)) })
            return (values.sorted(), [])
        }
        guard let command = words.first else {
            return matching(Parlens.commandNames + Session.sessionCommands)
        }
        let previous = words.last ?? ""
        if command == "load" || command == "unload" || ["--data", "-o", "--output"].contains(previous) {
            return paths(typed)
        }
        if command == "set" {
            if words.count == 1 { return matching(Session.settingKeys) }
            if words.count == 2 { return matching(Self.settingValues[words[1]] ?? []) }
            return ([], [])
        }
        if command == "show" { return words.count == 1 ? matching(["settings"]) : ([], []) }
        if command == "help" { return words.count == 1 ? matching(Parlens.commandNames) : ([], []) }
        switch previous {
        case _ where Self.takesUnit.contains(previous): return (units(typed), [])
        case "--period", "--vs", "--from", "--to", "--by":
            if command == "compare" && previous == "--vs" { return matching(["previous", "last-year"]) }
            return matching(panel?.periods.map(\.description) ?? [])
        case "--level": return matching(UnitLevel.allCases.map(\.rawValue))
        case "--tier": return matching(Tier.allCases.map(\.rawValue))
        case "--format": return matching(OutputFormat.allCases.map(\.rawValue))
        case "--lang", "--locale": return matching(["vi", "en"])
        case "--fit": return matching(["ols", "sen", "none"])
        case "--basis": return matching(BoundaryBasis.allCases.map(\.rawValue))
        default: break
        }
        if typed.hasPrefix("-") { return matching(Self.options(of: command)) }
        let positionals = words.dropFirst().filter { !$0.hasPrefix("-") }.count
        if command == "chart" && positionals == 0 { return matching(Chart.Kind.allCases.map(\.rawValue)) }
        if Self.takesMetric.contains(command) { return matching(metrics) }
        return ([], [])
    }

    static let takesUnit: Set<String> = ["--unit", "--parent", "--highlight"]
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

    /// The unit names `typed` may stand for, sorted as they read (folded, then as written).
    ///
    /// A name matches when its folded form (``Names/fold(_:)``) or its core (without its
    /// administrative prefix, ``Names/core(_:)``) starts with the folded typed text; "tp" and
    /// "thành phố" stand for each other. When no name matches, the typed text is tried without its
    /// own prefix ("huyện Tháp Mười" finds "Tháp Mười"). A name several units share is one match.
    func units(_ typed: String) -> [String] {
        guard let panel else { return [] }
        let names = Set(panel.units.units.map(\.name))
        let key = PartialWord.key(typed)
        func starting(with keys: [String]) -> [String] {
            names.filter { name in
                let folded = Names.fold(name)
                let core = Names.stripPrefix(folded)
                return keys.contains { folded.hasPrefix($0) || core.hasPrefix($0) }
            }
        }
        var keys = [key]
        for (short, long) in [("tp ", "thanh pho ")] {
            if key.hasPrefix(short) { keys.append(long + key.dropFirst(short.count)) }
            if key.hasPrefix(long) { keys.append(short + key.dropFirst(long.count)) }
        }
        var found = starting(with: keys)
        let bare = Names.stripPrefix(key)
        if found.isEmpty, bare != key { found = starting(with: [bare]) }
        return found.sorted { (Names.fold($0), $0) < (Names.fold($1), $1) }
    }

    /// Files and folders that start with `typed`; folders end with `/` and are in `open`.
    func paths(_ typed: String) -> (values: [String], open: Set<String>) {
        // "data/" lists the folder data, "data/pr" the names in it that start with "pr".
        let inFolder = typed.hasSuffix("/")
        let folderPart = inFolder ? typed : (typed as NSString).deletingLastPathComponent
        let namePart = inFolder ? "" : (typed as NSString).lastPathComponent
        let folder = session.env.resolve(folderPart.isEmpty ? "." : folderPart)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var values: [String] = []
        var open: Set<String> = []
        for name in entries.filter({ $0.hasPrefix(namePart) && !$0.hasPrefix(".") }).sorted() {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            var path = folderPart.isEmpty || folderPart.hasSuffix("/") ? folderPart + name : folderPart + "/" + name
            if isDirectory.boolValue {
                path += "/"
                open.insert(path)
            }
            values.append(path)
        }
        return (values, open)
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
}
