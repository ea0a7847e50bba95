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
        // `parlens` alone on a terminal opens the session.
        let pane = Pane(binary: try #require(builtBinary), arguments: "", cwd: analysisFixtures)
        #expect(pane.waitFor("parlens>").contains("no data loaded"))
        pane.type("help rank")
        let help = pane.waitFor("-h, --help")
        #expect(help.contains("USAGE: parlens rank") && help.contains("--period <period>"), "\(help)")
        #expect(help.contains("Examples:") && !help.contains("SUBCOMMANDS"), "\(help)")
    }
}

extension TerminalSessionTests {
    @Test func aWideFileWithoutAMetricColumnInTheREPL() throws {
        guard TerminalTests.hasTmux else {
            print("skipped: tmux is not installed, so the terminal test cannot run")
            return
        }
        let folder = try temporaryFolder(["wide.csv": WideSessionTests.wide])
        let pane = Pane(
            binary: try #require(builtBinary), arguments: "repl --data wide.csv --metric par_index", cwd: folder)
        #expect(pane.waitFor("parlens>").contains("Loaded wide.csv"))
        pane.type("rank par_index --period 2023 --top 1")
        #expect(pane.waitFor("Hải Phòng").contains("91.90%"))
        // In a session started without it: the load fails, `load … --metric` and `set metric` work.
        let plain = Pane(binary: try #require(builtBinary), arguments: "repl", cwd: folder)
        _ = plain.waitFor("parlens>")
        plain.type("load wide.csv")
        #expect(plain.waitFor("hint:").contains("pass --metric"))
        plain.type("load wide.csv --metric par_index")
        #expect(plain.waitFor("Loaded wide.csv").contains("6 observations"))
        plain.type("unload wide.csv; set metric par_index; load wide.csv; show settings")
        #expect(plain.waitFor("metric   par_index").contains("Loaded wide.csv"))
    }
}
