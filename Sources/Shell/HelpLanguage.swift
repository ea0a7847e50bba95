import ArgumentParser
import Messages

/// The language of the help and of ArgumentParser's messages while a command line is parsed.
///
/// ArgumentParser builds the help from each command's `static var configuration` and from the
/// `help:` of its property wrappers, which it reads by creating the command: both are written
/// with ``say`` and so follow this language. ``Parlens/main(arguments:environment:)`` binds it for
/// the whole of a line's parsing and running (``of(_:in:)``: `--lang` on the line, else the
/// session's `set lang`, else the environment's), and a session binds it for its own `help`.
///
/// It is a task-local value rather than a process-wide variable: a line's language stays with that
/// line even when several run at once (tests run in parallel; a notebook runs inside a command).
/// Outside any binding (Tab completion, which only reads option names) it is English.
enum HelpLanguage {
    @TaskLocal static var current: Language = .en

    /// The catalog of the current help language.
    static var say: Catalog { Catalog(current) }

    /// The language of a command line's help and parse errors: `--lang X` or `--lang=X` on the
    /// line (when X is a language), else the session's `set lang`, else the environment's.
    static func of(_ arguments: [String], in env: Environment) -> Language {
        var words = arguments[...]
        while let word = words.popFirst(), word != "--" {
            let value: String?
            if word == "--lang" {
                value = words.popFirst()
            } else if word.hasPrefix("--lang=") {
                value = String(word.dropFirst("--lang=".count))
            } else {
                value = nil
            }
            if let lang = value.flatMap(Language.init(rawValue:)) { return lang }
        }
        return env.session?.settings.lang ?? env.defaultLanguage
    }

    /// `arguments` without `--lang X` and `--lang=X`.
    static func withoutLang(_ arguments: [String]) -> [String] {
        var kept: [String] = []
        var words = arguments[...]
        while let word = words.popFirst() {
            if word == "--lang" {
                _ = words.popFirst()
            } else if !word.hasPrefix("--lang=") {
                kept.append(word)
            }
        }
        return kept
    }
}

extension ArgumentHelp {
    /// The help of an option, a flag or an argument from the catalog, in the help language;
    /// `value` names its value (`--period <period>`), `discussion` adds a paragraph under it.
    static func catalog(_ option: HelpOption, value: HelpValue? = nil, discussion: HelpOption? = nil)
        -> ArgumentHelp
    {
        let say = HelpLanguage.say
        return ArgumentHelp(
            say(.option(option)), discussion: discussion.map { say(.option($0)) },
            valueName: value.map { say(.value($0)) })
    }
}

extension CommandConfiguration {
    /// A command's configuration with its abstract and discussion from the catalog, in the help
    /// language.
    static func catalog(
        _ command: HelpCommand, name: String? = nil, usage: String? = nil, version: String = "",
        subcommands: [any ParsableCommand.Type] = []
    ) -> CommandConfiguration {
        let say = HelpLanguage.say
        return CommandConfiguration(
            commandName: name, abstract: say(.abstract(command)), usage: usage, discussion: say(.discussion(command)),
            version: version, subcommands: subcommands)
    }
}

extension Environment {
    /// The width ArgumentParser wraps the help to: `COLUMNS`, else the terminal's, else 80 (as
    /// ArgumentParser itself decides for the real process, but from this environment).
    var helpColumns: Int {
        if let columns = variables["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return terminalWidth ?? 80
    }
}
