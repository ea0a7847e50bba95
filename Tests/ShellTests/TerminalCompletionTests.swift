import Foundation
import Testing

@testable import Shell

/// The units of the completion tests: names with and without administrative prefixes, names
/// that differ only by their accents (Đồng, Đông, Đống; Đà, Đá) and one name used twice.
let completionFixtures = root + "/Tests/ShellTests/Fixtures/completion"

/// Tab completion and Ctrl-R through the real binary in a pseudo-terminal (tmux).
extension TerminalTests {
    /// A `parlens repl` on the completion fixture in a tmux session of its own, with `history`
    /// as its saved history (oldest first).
    final class Pane {
        let socket: String
        let name = "parlens-completion"

        init(binary: String, history: [String] = []) throws {
            let state = FileManager.default.temporaryDirectory.appendingPathComponent(
                "parlens-tty-\(UUID().uuidString)"
            ).path
            socket = state + ".sock"
            if !history.isEmpty {
                try FileManager.default.createDirectory(atPath: state + "/parlens", withIntermediateDirectories: true)
                try (history.joined(separator: "\n") + "\n").write(
                    toFile: state + "/parlens/history", atomically: true, encoding: .utf8)
            }
            let command =
                "cd '\(completionFixtures)' && XDG_STATE_HOME='\(state)' LANG=C.UTF-8 '\(binary)' repl --data units.csv"
            _ = TerminalTests.tmux(["-S", socket, "new-session", "-d", "-s", name, "-x", "120", "-y", "40", command])
            _ = TerminalTests.waitFor("parlens>", socket: socket, session: name)
        }

        deinit { _ = TerminalTests.tmux(["-S", socket, "kill-server"]) }

        /// Types `text` as it is.
        func type(_ text: String) {
            _ = TerminalTests.tmux(["-S", socket, "send-keys", "-t", name, "-l", text])
            Thread.sleep(forTimeInterval: 0.15)
        }

        /// Presses keys (tmux key names: `Tab`, `C-r`, `Enter`).
        func press(_ keys: String...) {
            for key in keys {
                _ = TerminalTests.tmux(["-S", socket, "send-keys", "-t", name, key])
                Thread.sleep(forTimeInterval: 0.15)
            }
        }

        /// The screen once it shows `text` (or after about 20 s).
        func screen(showing text: String) -> String {
            TerminalTests.waitFor(text, socket: socket, session: name)
        }

        /// The last line of the screen that holds the prompt, without trailing spaces.
        func promptLine(showing text: String) -> String {
            let lines = screen(showing: text).split(separator: "\n").map(String.init)
            return lines.last { $0.hasPrefix("parlens> ") || $0.hasPrefix("(") } ?? ""
        }

        /// Empties the line (Ctrl-U) and clears the screen (Ctrl-L).
        func clear() {
            press("C-u", "C-l")
            Thread.sleep(forTimeInterval: 0.3)
        }
    }

    @Test func tabCompletionKeepsWhatWasTypedAndMatchesWithoutAccents() throws {
        guard Self.hasTmux else {
            print("skipped: tmux is not installed, so the terminal test cannot run")
            return
        }
        let pane = try Pane(binary: try #require(builtBinary))
        // An opening quote and two words: the quote is kept and closed once.
        pane.type("trend par_index --unit \"thap muoi")
        pane.press("Tab")
        #expect(pane.promptLine(showing: "Mười") == "parlens> trend par_index --unit \"Tháp Mười\"")
        pane.press("Enter")
        #expect(pane.screen(showing: "Sen's slope").contains("Tháp Mười · 2020–2023"))

        // The start all matches share is inserted once; a second Tab lists them and adds nothing.
        pane.clear()
        pane.type("trend par_index --unit huyen")
        pane.press("Tab", "Tab")
        let huyen = pane.screen(showing: "Bến Đò Ngang")
        #expect(pane.promptLine(showing: "Bến Đò Ngang") == "parlens> trend par_index --unit \"Huyện", "\(huyen)")
        for name in ["Huyện Bến Đò Ngang", "Huyện Cao Lãnh", "Huyện Gò Mít Đông"] {
            #expect(huyen.contains(name), "\(huyen)")
        }

        // Đồng, Đông, Đống share only "Đ", which would drop "ong": what was typed stays, and the
        // list holds the names that match "dong" and no other name that starts with Đ.
        pane.clear()
        pane.type("trend par_index --unit dong")
        pane.press("Tab", "Tab")
        let dong = pane.screen(showing: "Đống Đa")
        #expect(pane.promptLine(showing: "Đống Đa") == "parlens> trend par_index --unit dong", "\(dong)")
        for name in ["Đồng Tháp", "Đồng Nai", "Đông Sơn", "Đống Đa"] { #expect(dong.contains(name), "\(dong)") }
        for name in ["Điện Biên", "Đà Bắc", "Đá Vách"] { #expect(!dong.contains(name), "\(dong)") }

        // Completing the rest after the list: a unique match replaces the word, quoted.
        pane.type(" th")
        pane.press("Tab")
        #expect(pane.promptLine(showing: "Tháp\"") == "parlens> trend par_index --unit \"Đồng Tháp\"")
    }

    @Test func ctrlRFindsVietnameseTextInTheHistory() throws {
        guard Self.hasTmux else {
            print("skipped: tmux is not installed, so the terminal test cannot run")
            return
        }
        let history = [
            "trend par_index --unit \"Huyện Gò Mít Đông\"",
            "rank par_index --period 2023 --lang vi",
            "info",
        ]
        let pane = try Pane(binary: try #require(builtBinary), history: history)
        pane.press("C-r")
        pane.type("gò")
        let found = pane.promptLine(showing: "Mít Đông\"")
        #expect(found.hasSuffix("gò': trend par_index --unit \"Huyện Gò Mít Đông\""), "\(found)")
        pane.press("Enter")
        #expect(pane.screen(showing: "Sen's slope").contains("Huyện Gò Mít Đông · 2020–2023"))
    }
}
