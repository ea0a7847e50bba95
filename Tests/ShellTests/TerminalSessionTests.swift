import Foundation
import Testing

/// The real binary in a pseudo-terminal (tmux): what a person types into a session.
@Suite("Session commands in a terminal")
struct TerminalSessionTests {
    /// A tmux server running `parlens ARGUMENTS` in `cwd`, 110 × 100, until the test ends.
    final class Pane {
        let socket: String
        let name = "parlens-session"

        init(binary: String, arguments: String, cwd: String) {
            let state = FileManager.default.temporaryDirectory.appendingPathComponent(
                "parlens-tty-\(UUID().uuidString)"
            )
            .path
            socket = state + ".sock"
            let command = "cd '\(cwd)' && XDG_STATE_HOME='\(state)' LANG=C.UTF-8 '\(binary)' \(arguments)"
            _ = TerminalTests.tmux(["-S", socket, "new-session", "-d", "-s", name, "-x", "110", "-y", "100", command])
        }

        deinit { _ = TerminalTests.tmux(["-S", socket, "kill-server"]) }

        /// Types `line` and Enter.
        func type(_ line: String) {
            _ = TerminalTests.tmux(["-S", socket, "send-keys", "-t", name, "-l", line])
            _ = TerminalTests.tmux(["-S", socket, "send-keys", "-t", name, "Enter"])
        }

        /// The pane once it shows `text` (or after about 20 s).
        func waitFor(_ text: String) -> String { TerminalTests.waitFor(text, socket: socket, session: name) }
    }

    @Test func helpOfACommandInTheREPL() throws {
        guard TerminalTests.hasTmux else {
            print("skipped: tmux is not installed, so the terminal test cannot run")
            return
        }
        let pane = Pane(
            binary: try #require(builtBinary), arguments: "repl --data provinces.csv", cwd: analysisFixtures)
        #expect(pane.waitFor("parlens>").contains("Loaded provinces.csv"))
        pane.type("help rank")
        let help = pane.waitFor("-h, --help")
        #expect(help.contains("USAGE: parlens rank") && help.contains("--period <period>"), "\(help)")
        #expect(help.contains("Examples:") && !help.contains("SUBCOMMANDS"), "\(help)")
    }
}
