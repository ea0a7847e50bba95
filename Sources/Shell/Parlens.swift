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
        discussion: """
            Data: --data PATH (file or folder, repeatable); default ./datasets, else $PARLENS_DATA.
            Exit codes: 0 ok, 1 data error, 2 usage error.
            """,
        version: "parlens \(version)",
        subcommands: [
            Info.self, Check.self, Rank.self, Trend.self, Compare.self, Correlate.self, SummaryCommand.self,
            TargetCommand.self, Chart.self, Run.self, ReplCommand.self,
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
                // The root itself: show help.
                env.out(helpMessage() + "\n")
                return 0
            }
            if let session = env.session, let writer = command as? any Command & WritesOutput {
                command = writer.adopting(session)
            }
            if let lang = (command as? any WritesOutput)?.output.lang ?? (command as? Run)?.lang { say = Catalog(lang) }
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
