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
    /// `parlens`, `parlens repl …` and `parlens -c "…"`: the session entry points. Returns nil
    /// when the arguments are an ordinary command.
    static func session(arguments: [String], environment env: Environment) -> Int32? {
        if arguments.first == "-c" {
            guard arguments.count >= 2 else {
                env.err(env.catalog.errorLines(.commandsNeeded))
                return 2
            }
            let keepGoing = arguments.dropFirst(2).contains("--keep-going")
            let session = Session(environment: env)
            let reader = ScriptedLineReader([arguments[1]])
            return Repl.run(session, reader: reader, interactive: false, keepGoing: keepGoing)
        }
        let isRepl = arguments.first == "repl"
        guard isRepl || (arguments.isEmpty && env.input != nil) else { return nil }
        var keepGoing = false
        let session = Session(environment: env)
        if isRepl {
            do {
                let command = try ReplCommand.parse(Array(arguments.dropFirst()))
                keepGoing = command.keepGoing
                if !command.data.isEmpty, session.load(command.data) != .ok { return 1 }
            } catch {
                let code = ReplCommand.exitCode(for: error)
                let message = ReplCommand.fullMessage(for: error)
                if code == .success {
                    env.out(message + "\n")
                    return 0
                }
                env.err(message + "\n")
                return 2
            }
        }
        guard let reader = env.input else {
            env.err(env.catalog.errorLines(.noInput))
            return 2
        }
        return Repl.run(session, reader: reader, interactive: env.inputIsTerminal, keepGoing: keepGoing)
    }
}
