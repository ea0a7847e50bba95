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

    public static let configuration = CommandConfiguration(
        commandName: "parlens",
        abstract: "Review administrative-reform indices: load, check, rank, compare, test trends.",
        usage: """
            parlens <command> [<options>]
            parlens help <command>
            parlens [repl] [--data <path> …] [--metric <id>]
            parlens -c "<commands>" [--data <path> …] [--metric <id>] [--keep-going]
            """,
        discussion: """
            Each command has its own options and examples: parlens help rank, or parlens rank --help.

            Data: --data PATH (file or folder, repeatable); default ./datasets, else $PARLENS_DATA. \
            A wide file without a 'metric' column needs --metric ID.

            Session: parlens with no arguments on a terminal (or parlens repl) opens an interactive \
            session that keeps its data and settings: every line is a command below without the \
            word parlens, plus load, set, show settings, history, help and quit; Tab completes, \
            arrows recall history. parlens -c "load x.csv; rank par_index --period 2024" runs such \
            lines without a prompt and stops at the first error (exit 1) unless --keep-going; lines \
            piped into parlens run the same way. parlens run NOTEBOOK.md runs a notebook's \
            ```parlens blocks.

            Exit codes: 0 ok, 1 data error, 2 usage error.
            """,
        version: "parlens \(version)",
        subcommands: [
            Info.self, Check.self, Metrics.self, Units.self, Periods.self, Rank.self, Trend.self, Compare.self,
            Correlate.self, SummaryCommand.self, TargetCommand.self, Chart.self, Dossiers.self, Run.self,
            ReplCommand.self,
        ]
    )

    public init() {}

    /// Parses `arguments` (without the program name), runs the command, returns the exit code:
    /// 0 ok, 1 data error, 2 usage error.
    public static func main(arguments: [String], environment env: Environment) -> Int32 {
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
            let message = fullMessage(for: error)
            if code == .success {
                env.out(message + "\n")
                return 0
            }
            env.err(message + "\n")
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}
