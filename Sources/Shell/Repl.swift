import ArgumentParser
import Foundation
import Messages

/// The read–run loop.
enum Repl {
    /// Runs lines from `reader` until the end or `quit`. Interactive: a banner and a prompt,
    /// errors are reported and the loop goes on. Otherwise: no prompt or echo, and the first
    /// error stops the run with exit 1 unless `keepGoing`.
    static func run(_ session: Session, reader: any LineReader, interactive: Bool, keepGoing: Bool) -> Int32 {
        if interactive {
            session.env.out(banner(session) + "\n")
            reader.setCompleter { line in Completion(session: session).complete(line) }
            reader.setSearchPrompt { pattern, found in session.say(.historySearch(pattern: pattern, found: found)) }
        }
        var failed = false
        while let line = reader.readLine(prompt: interactive ? "parlens> " : "") {
            if interactive, !line.trimmingCharacters(in: .whitespaces).isEmpty { reader.remember(line) }
            switch session.run(line) {
            case .quit: return failed && !interactive ? 1 : 0
            case .ok: continue
            case .failed:
                failed = true
                if !interactive && !keepGoing { return 1 }
            }
        }
        if interactive { session.env.out("\n") }
        return failed && !interactive ? 1 : 0
    }

    static func banner(_ session: Session) -> String {
        let say = session.say
        var text = "parlens \(Parlens.version)"
        if let panel = session.panel() {
            let paths = session.data.isEmpty ? ((try? DataOptions.defaultPaths(in: session.env)) ?? []) : session.data
            let shown = paths.map { DataOptions.relative($0, to: session.env.workingDirectory) }
            text += " — " + session.summary(of: panel, paths: shown)
        } else {
            text += " — " + say(.noDataYet)
        }
        text += "\n" + say(.typeHelp)
        return text
    }
}

extension Parlens {
    /// `parlens`, `parlens repl …` and `parlens -c "…"` (with `--data`, `--metric` and
    /// `--keep-going` before or after it): the session entry points. Returns nil when the
    /// arguments are an ordinary command, or a request for help that ``main(arguments:environment:)``
    /// answers.
    static func session(arguments: [String], environment env: Environment) -> Int32? {
        let isRepl = arguments.first == "repl"
        let isScript = arguments.contains("-c") && arguments.first?.hasPrefix("-") == true
        guard isRepl || isScript || (arguments.isEmpty && env.input != nil) else { return nil }
        if arguments.last == "-c" {
            env.err(env.catalog.errorLines(.commandsNeeded))
            return 2
        }
        // Parsed even for `parlens` alone: a ParsableCommand's options exist only once parsed.
        let command: ReplCommand
        do {
            guard let parsed = try parseAsRoot(isRepl ? arguments : ["repl"] + arguments) as? ReplCommand else {
                return nil
            }
            command = parsed
        } catch {
            env.err(message(for: error, in: env) + "\n")
            return 2
        }
        let session = Session(environment: env)
        session.settings.metric = command.metric
        if let commands = command.commands {
            // A script reads its data when a command needs it, as `--data` on a command does.
            if session.attach(command.data) != .ok { return 2 }
            let reader = ScriptedLineReader([commands])
            return Repl.run(session, reader: reader, interactive: false, keepGoing: command.keepGoing)
        }
        if !command.data.isEmpty, session.load(command.data) != .ok { return 1 }
        guard let reader = env.input else {
            env.err(env.catalog.errorLines(.noInput))
            return 2
        }
        return Repl.run(session, reader: reader, interactive: env.inputIsTerminal, keepGoing: command.keepGoing)
    }
}
