import ArgumentParser
import Foundation
import Messages
import Panel

/// A parlens command: parsed by ArgumentParser, run against an ``Environment``.
protocol Command: ParsableCommand {
    func execute(in env: Environment) throws(CommandFailure)
}

extension Command {
    /// Not used: ``Parlens/main(arguments:environment:)`` calls ``execute(in:)``.
    public mutating func run() throws {
        try execute(in: .process)
    }
}

/// The root command.
public struct Parlens: ParsableCommand {
    public static let version = "0.1.0"

    public static var configuration: CommandConfiguration {
        .catalog(
            .parlens, name: "parlens", usage: HelpLanguage.say(.rootUsage), version: "parlens \(version)",
            subcommands: [
                Info.self, Check.self, Metrics.self, Units.self, Periods.self, Rank.self, Trend.self, Compare.self,
                Correlate.self, SummaryCommand.self, TargetCommand.self, Chart.self, Dossiers.self, Run.self,
                ReplCommand.self,
            ])
    }

    public init() {}

    /// Parses `arguments` (without the program name), runs the command, returns the exit code:
    /// 0 ok, 1 data error, 2 usage error. The help and ArgumentParser's errors are in the line's
    /// language (``HelpLanguage``).
    public static func main(arguments: [String], environment env: Environment) -> Int32 {
        HelpLanguage.$current.withValue(HelpLanguage.of(arguments, in: env)) {
            run(arguments: arguments, environment: env)
        }
    }

    private static func run(arguments: [String], environment env: Environment) -> Int32 {
        // `help rank --lang vi`: the language is bound; ArgumentParser's `help` takes no options.
        let arguments = arguments.first == "help" ? HelpLanguage.withoutLang(arguments) : arguments
        if let code = session(arguments: arguments, environment: env) { return code }
        // Usage errors speak the command's language once it is parsed.
        var say = env.catalog
        do {
            let parsed = try parseAsRoot(arguments)
            guard var command = parsed as? any Command else {
                // `--help`, `-h` or `help COMMAND` (ArgumentParser's help command) or the root
                // alone: running it throws the request for that command's help, written below.
                var request = parsed
                try request.run()
                return 0
            }
            if let session = env.session, let writer = command as? any Command & WritesOutput {
                command = writer.adopting(session)
            }
            if let lang = (command as? any WritesOutput)?.output.lang ?? (command as? Run)?.lang
                ?? (command as? DossiersSummarise)?.output.lang
            {
                say = Catalog(lang)
            }
            if let writer = command as? any Command & WritesOutput, let path = writer.output.output {
                try OutputFile.run(writer, to: path, in: env)
            } else if let writer = command as? any Command & WritesOutput, writer.output.format == .xlsx {
                try OutputFile.stream(writer, in: env)
            } else {
                try command.execute(in: env)
            }
            return 0
        } catch let failure as CommandFailure {
            switch failure {
            case .usage(let message, let hint):
                env.err(say.errorLines(message, hint: hint))
                return 2
            case .data:
                return 1
            }
        } catch {
            let code = exitCode(for: error)
            let message = message(for: error, in: env)
            if code == .success {
                env.out(message + "\n")
                return 0
            }
            env.err(message + "\n")
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}

extension Parlens {
    /// What ArgumentParser says for `error` (an error with its usage, or a request for help or
    /// the version), wrapped to the environment's width and in the help language.
    static func message(for error: any Error, in env: Environment) -> String {
        let columns = env.helpColumns
        let text = fullMessage(for: error, columns: columns)
        let say = HelpLanguage.say
        return say.language == .en ? text : ParserTranslation(say: say, columns: columns)(text)
    }

    /// The overview's help (as `parlens --help` writes it) in the help language.
    static func overview(in env: Environment) -> String {
        let columns = env.helpColumns
        let text = helpMessage(columns: columns)
        let say = HelpLanguage.say
        return say.language == .en ? text : ParserTranslation(say: say, columns: columns)(text)
    }
}
