import ArgumentParser
import Foundation
import Messages
import Panel
import Rendering

/// One interactive or scripted parlens session: loaded data, settings that apply to every later
/// command, history. Every line is a parlens subcommand without the `parlens` prefix (parsed by
/// the same ArgumentParser grammar as the command line) or a session command. Commands get the
/// session's data and settings through ``Environment/session``; what the session has read is
/// kept (``DataStore``) and read again only when a file changed or on `load`.
public final class Session: @unchecked Sendable {
    /// Settings that apply to every later command until changed (`set KEY VALUE`).
    public struct Settings: Equatable, Sendable {
        public var format: OutputFormat?
        public var lang: Language?
        public var locale: NumberLocale?
        public var width: Int?
        public var chart = false
        public var decimal: DecimalConvention?
        public var ascii = false
        /// The metric of wide files without a `metric` column (`--metric` of every command).
        public var metric: String?
    }

    /// What running a line did.
    public enum Outcome: Equatable, Sendable {
        case ok
        /// The command failed with this exit code (1 data, 2 usage); the session goes on.
        case failed(Int32)
        case quit
    }

    public private(set) var env: Environment
    public var settings = Settings()
    /// Data loaded with `load` (absolute paths); empty means the default (./datasets or PARLENS_DATA).
    public private(set) var data: [String] = []
    public private(set) var history: [String] = []
    /// The data read so far (by `load`, by commands, for Tab completion), kept while unchanged.
    let store = DataStore()

    public init(environment: Environment) {
        env = environment
    }

    /// The commands of a session that are not parlens commands (`metrics`, `units` and
    /// `periods` are: they work on the command line too).
    static let sessionCommands = ["load", "unload", "set", "show", "history", "help", "quit", "exit"]
    static let settingKeys = ["format", "lang", "locale", "width", "chart", "decimal", "ascii", "metric"]

    /// Runs one line (which may hold several commands separated by `;`).
    @discardableResult
    public func run(_ line: String) -> Outcome {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return .ok }
        history.append(trimmed)
        let commands: [[String]]
        do { commands = try Tokenizer.commands(trimmed) } catch {
            env.err(say.errorLines(error.usage))
            return .failed(2)
        }
        for words in commands {
            let outcome = run(words: words)
            if outcome != .ok { return outcome }
        }
        return .ok
    }

    func run(words: [String]) -> Outcome {
        guard let head = words.first else { return .ok }
        let rest = Array(words.dropFirst())
        switch head {
        case "quit", "exit": return .quit
        case "load": return load(rest)
        case "unload": return unload(rest)
        case "set": return set(rest)
        case "show":
            guard rest == ["settings"] else { return usage(.showTakesSettings) }
            env.out(describeSettings())
            return .ok
        case "history":
            for (i, line) in history.enumerated() { env.out("\(String(i + 1).leftPadded(4))  \(line)\n") }
            return .ok
        case "help":
            // `help load` and the like: the session commands' help; `help rank`: that command's.
            if rest.isEmpty || Self.sessionCommands.contains(rest[0]) {
                let overview = HelpLanguage.$current.withValue(say.language) { Parlens.overview(in: env) }
                env.out(say(.help) + "\n" + overview + "\n")
                return .ok
            }
            return command(["help"] + rest)
        default:
            return command(words)
        }
    }

    /// A parlens subcommand, with the session's data and settings where the line gives none.
    func command(_ words: [String]) -> Outcome {
        let code = Parlens.main(arguments: words, environment: commandEnvironment)
        return code == 0 ? .ok : .failed(code)
    }

    /// The environment of the session's commands: the session's with its state.
    var commandEnvironment: Environment {
        var env = env
        env.session = SessionState(settings: settings, paths: data, store: store)
        return env
    }

    /// The catalog of the session's language (`set lang`, else the environment's).
    var say: Catalog { Catalog(settings.lang ?? env.defaultLanguage) }

    func usage(_ message: Usage, hint: Usage? = nil) -> Outcome {
        env.err(say.errorLines(message, hint: hint))
        return .failed(2)
    }

    /// `load PATH… [--metric ID]`: reads the paths now (again, if they were read before),
    /// reports what they hold and adds them to the session's data. `--metric` sets the metric
    /// of wide files without a `metric` column for the session, as `set metric` does (kept
    /// only if the load succeeds).
    func load(_ words: [String]) -> Outcome {
        var paths: [String] = []
        var metric = settings.metric
        var i = 0
        while i < words.count {
            if words[i] == "--metric" {
                guard i + 1 < words.count else { return usage(.metricTakesID) }
                metric = words[i + 1]
                i += 2
            } else {
                paths.append(words[i])
                i += 1
            }
        }
        guard !paths.isEmpty else { return usage(.loadTakesPaths) }
        var added: [String] = []
        for path in paths {
            if let (message, hint) = env.refusal(of: path) { return usage(message, hint: hint) }
            let full = env.resolve(path)
            guard Loader.dataPathExists(full) else {
                return usage(.noSuchPath(path), hint: .loadTakesCSV)
            }
            if !added.contains(full) { added.append(full) }
        }
        let before = settings.metric
        settings.metric = metric
        let result = DataOptions.read(added, loadOptions, in: commandEnvironment, reload: true)
        let errors = result.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            settings.metric = before
            writeDiagnostics(errors, say, to: env.err)
            return .failed(1)
        }
        data += added.filter { !data.contains($0) }
        env.out(summary(of: result.panel, paths: paths) + "\n")
        return .ok
    }

    /// Adds `paths` to the session's data without reading them (`-c … --data PATH`): the first
    /// command that needs them reads them, as `--data` on a command would.
    func attach(_ paths: [String]) -> Outcome {
        for path in paths {
            if let (message, hint) = env.refusal(of: path) { return usage(message, hint: hint) }
            let full = env.resolve(path)
            guard Loader.dataPathExists(full) else {
                return usage(.noSuchPath(path), hint: .dataTakesPaths)
            }
            if !data.contains(full) { data.append(full) }
        }
        return .ok
    }

    /// How the session reads data: its decimal separator and metric for wide files.
    var loadOptions: LoadOptions { LoadOptions(decimal: settings.decimal, metric: settings.metric) }

    func unload(_ names: [String]) -> Outcome {
        guard !names.isEmpty else { return usage(.unloadTakesName) }
        for name in names {
            let full = env.resolve(name)
            let matches = data.filter { $0 == full || ($0 as NSString).lastPathComponent == name }
            guard !matches.isEmpty else {
                return usage(
                    .notLoaded(name),
                    hint: data.isEmpty ? .nothingLoaded : .loaded(data.map { ($0 as NSString).lastPathComponent }))
            }
            data.removeAll { matches.contains($0) }
            env.out(say(.unloaded(name)) + "\n")
        }
        return .ok
    }

    func set(_ words: [String]) -> Outcome {
        guard words.count == 2 else {
            return usage(.setTakesNameAndValue, hint: .settingNames(Self.settingKeys))
        }
        let (key, value) = (words[0], words[1])
        switch key {
        case "format":
            guard let f = OutputFormat(rawValue: value) else {
                return usage(.formatIsOneOf(OutputFormat.allCases.map(\.rawValue)))
            }
            settings.format = f
        case "lang":
            guard let l = Language(rawValue: value) else { return usage(.langIsViOrEn) }
            settings.lang = l
        case "locale":
            guard let l = NumberLocale(rawValue: value) else { return usage(.localeIsViOrEn) }
            settings.locale = l
        case "width":
            guard let w = Int(value), w >= 20 else { return usage(.widthIsColumns) }
            settings.width = w
        case "chart", "ascii":
            guard let on = ["on": true, "off": false, "true": true, "false": false, "yes": true, "no": false][value]
            else {
                return usage(.isOnOrOff(key))
            }
            if key == "chart" { settings.chart = on } else { settings.ascii = on }
        case "decimal":
            guard let d = DecimalConvention(rawValue: value) else { return usage(.decimalIsCommaOrPoint) }
            settings.decimal = d
        case "metric":
            settings.metric = value
        default:
            return usage(.noSetting(key), hint: .settingsList(Self.settingKeys))
        }
        return .ok
    }

    func describeSettings() -> String {
        let s = settings
        let say = say
        let defaultData = (try? DataOptions.defaultPaths(in: env))?.joined(separator: ", ") ?? say(.noneLoaded)
        // Names of settings and the values typed with `set` are the session's grammar, not words.
        return """
            data     \(data.isEmpty ? say(.defaultMarker) + " " + defaultData : data.joined(separator: ", "))
            format   \(s.format?.rawValue ?? "table")
            lang     \(s.lang?.rawValue ?? env.defaultLanguage.rawValue)
            locale   \(s.locale?.rawValue ?? say(.followsLanguage))
            width    \(s.width.map(String.init) ?? say(.terminalWidth))
            chart    \(s.chart ? "on" : "off")
            ascii    \(s.ascii ? "on" : "off")
            decimal  \(s.decimal?.rawValue ?? say(.detectedPerFile))
            metric   \(s.metric ?? say(.fromMetricColumn))

            """
    }

    /// The panel the session would analyse now (for the banner, lists and Tab completion, which
    /// asks on every key press): read through the session's store like the commands' data.
    func panel() -> Panel? {
        let paths = data.isEmpty ? ((try? DataOptions.defaultPaths(in: env)) ?? []) : data
        guard !paths.isEmpty else { return nil }
        return DataOptions.read(paths, loadOptions, in: commandEnvironment).panel
    }

    func summary(of panel: Panel, paths: [String]) -> String {
        say(
            .loaded(
                paths: paths, observations: panel.observations.count, units: Set(panel.observations.map(\.unit)).count,
                periods: panel.periods.count, metrics: Set(panel.observations.map(\.metric)).count))
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}

extension Parlens {
    /// The names of the subcommands, as typed.
    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName }
    }
}
