import Foundation
import Testing

@testable import Shell

@Suite("Session and REPL")
struct SessionTests {
    @Test func tokenizerReadsLikeAShell() throws {
        #expect(try Tokenizer.words(#"trend pci --unit "Tháp Mười""#) == ["trend", "pci", "--unit", "Tháp Mười"])
        #expect(try Tokenizer.words(#"a 'b c' d\ e "f \"g\"" # comment"#) == ["a", "b c", "d e", "f \"g\""])
        #expect(try Tokenizer.commands("info; check --limit 1;;") == [["info"], ["check", "--limit", "1"]])
        #expect(throws: Tokenizer.Failure.unterminatedQuote("\"")) { try Tokenizer.words(#"trend "Tháp"#) }
        for word in ["Tháp Mười", "it's", #"say "x""#, "plain", ""] {
            #expect(try Tokenizer.words(Tokenizer.quote(word)) == [word], "\(word)")
        }
    }

    @Test func settingsApplyToLaterCommandsUntilChanged() {
        let (s, out) = session()
        #expect(s.run("load provinces.csv") == .ok)
        #expect(out.out.contains("Loaded provinces.csv"))
        #expect(s.run("set format json") == .ok)
        #expect(s.run("rank par_index --period 2024 --top 1") == .ok)
        #expect(out.out.contains("\"metric\": \"par_index\""))
        #expect(s.run("set format csv; set lang vi") == .ok)
        #expect(s.run("rank par_index --period 2024 --top 1") == .ok)
        #expect(out.out.contains("Hạng;Đơn vị;Giá trị"))
        #expect(s.run("rank par_index --period 2024 --top 1 --format markdown") == .ok)
        #expect(out.out.contains("| Hạng |"))
        #expect(s.run("show settings") == .ok)
        #expect(out.out.contains("format   csv") && out.out.contains("provinces.csv"))
        #expect(s.settings.lang == .vi)
    }

    @Test func errorsDoNotEndAnInteractiveSession() {
        let (s, out) = session()
        let reader = ScriptedLineReader([
            "load provinces.csv", "rank par_idx --period 2024", "set colour blue",
            "rank par_index --period 2024 --top 1", "quit", "info",
        ])
        let code = Repl.run(s, reader: reader, interactive: true, keepGoing: false)
        #expect(code == 0)
        #expect(out.err.contains("did you mean") && out.err.contains("no setting 'colour'"))
        #expect(out.out.contains("Tỉnh Vịnh Ngọc"))
        #expect(!out.out.contains("parlens 0.1.0 · "))  // `info` after quit never ran
        #expect(reader.prompts.allSatisfy { $0 == "parlens> " })
        #expect(reader.remembered.count == 5)
    }

    @Test func aScriptStopsAtTheFirstErrorUnlessToldToGoOn() {
        let (s, out) = session()
        let lines = ["load provinces.csv", "rank nosuch --period 2024", "rank par_index --period 2024 --top 1"]
        #expect(Repl.run(s, reader: ScriptedLineReader(lines), interactive: false, keepGoing: false) == 1)
        #expect(!out.out.contains("Tỉnh Vịnh Ngọc"))
        let (s2, out2) = session()
        #expect(Repl.run(s2, reader: ScriptedLineReader(lines), interactive: false, keepGoing: true) == 1)
        #expect(out2.out.contains("Tỉnh Vịnh Ngọc"))
        #expect(!out2.out.contains("parlens>"))
    }

    @Test func dashCRunsASequence() {
        let ok = run(
            ["-c", "load provinces.csv; rank par_index --period 2024 --top 1 --format json"], cwd: analysisFixtures)
        #expect(ok.code == 0 && ok.out.contains("\"rank\": 1"))
        let bad = run(["-c", "load provinces.csv; rank par_idx --period 2024; info"], cwd: analysisFixtures)
        #expect(bad.code == 1 && bad.err.contains("did you mean"))
        #expect(run(["-c"]).code == 2)
    }

    @Test func helpIsTheSameGrammarAsTheCommandLine() {
        let (s, out) = session()
        #expect(s.run("help") == .ok && out.out.contains("Session commands") && out.out.contains("SUBCOMMANDS"))
        #expect(s.run("help rank") == .ok && out.out.contains("--period"))
        #expect(s.run("rank --help") == .ok)
        #expect(s.run("rank par_index --period") == .failed(2))
    }

    @Test func listsOfWhatTheDataHolds() {
        let (s, out) = session()
        _ = s.run("load departments.csv")
        #expect(s.run("metrics") == .ok && out.out.contains("par_index"))
        #expect(s.run("periods") == .ok && out.out.contains("2022  2024"))
        #expect(s.run("units --level department") == .ok && out.out.contains("Sở Tư pháp (department, Tỉnh Hòa Sơn)"))
        #expect(s.run("unload departments.csv") == .ok)
        #expect(s.run("unload departments.csv") == .failed(2))
        #expect(s.run("load nosuch.csv") == .failed(2))
    }

    @Test func completionCandidates() {
        let (s, _) = session()
        _ = s.run("load provinces.csv rates.csv")
        let c = Completion(session: s)
        #expect(c.candidates(for: "tre") == ["trend"])
        #expect(c.candidates(for: "").contains("load") && c.candidates(for: "").contains("rank"))
        #expect(c.candidates(for: "rank par_").contains("par_index"))
        #expect(c.candidates(for: "rank par_index --per") == ["--period"])
        #expect(c.candidates(for: "rank par_index --period 202").contains("2024"))
        // Without accents, quoted because of the space.
        #expect(c.candidates(for: "trend par_index --unit song") == ["\"Tỉnh Sông Ngọc\""])
        #expect(c.candidates(for: "trend par_index --unit \"Tỉnh Đồi").contains("\"Tỉnh Đồi Thông\""))
        #expect(c.candidates(for: "trend par_index --unit doi") == ["\"Tỉnh Đồi Thông\""])
        #expect(c.candidates(for: "set for") == ["format"])
        #expect(c.candidates(for: "set format ma") == ["markdown"])
        #expect(c.candidates(for: "load prov") == ["provinces.csv"])
        #expect(c.candidates(for: "load exp").contains("expected/"))
        #expect(c.candidates(for: "chart b") == ["bar", "bump"])
        #expect(c.candidates(for: "compare par_index --to 2024 --vs p") == ["previous"])
        #expect(c.candidates(for: "compare par_index --from 2023 --to 2024 --basis ") == ["both", "new", "old"])
        #expect(c.candidates(for: "compare par_index --from 2023 --to 2024 --bas") == ["--basis"])
    }

    @Test func historyIsSavedAndDuplicatesCollapse() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("parlens-state-\(UUID().uuidString)")
            .path
        let first = EditLineReader(variables: ["XDG_STATE_HOME": state, "HOME": "/nonexistent"])
        #expect(first.historyFile == state + "/parlens/history")
        for line in ["info", "rank par_index --period 2024", "info"] { first.remember(line) }
        let second = EditLineReader(variables: ["XDG_STATE_HOME": state])
        #expect(second.lines == ["rank par_index --period 2024", "info"])
        #expect(EditLineReader.historyPath(["HOME": "/home/a"]) == "/home/a/.local/state/parlens/history")
        #expect(History.adding("a", to: ["a", "b", "c"], limit: 2) == ["c", "a"])
    }
}

/// The real binary in a pseudo-terminal (tmux), as a person would use it.
@Suite("REPL in a terminal", .serialized)
struct TerminalTests {
    /// Runs tmux through /bin/sh with posix_spawn and waitpid (Foundation's Process does not
    /// notice the tmux client's exit inside the test runner); returns what it printed.
    static func tmux(_ args: [String]) -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let line =
            (["tmux"] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            + " > '\(output)' 2>/dev/null < /dev/null"
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", line].map { (s: String) in strdup(s) } + [nil]
        defer { for p in argv { free(p) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return "" }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    static var hasTmux: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Waits until the pane shows `text` (or gives up after about 20 s, for a loaded machine) and
    /// returns the pane.
    static func waitFor(_ text: String, socket: String, session: String) -> String {
        var pane = ""
        for _ in 0..<200 {
            pane = tmux(["-S", socket, "capture-pane", "-p", "-t", session])
            if pane.contains(text) { return pane }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return pane
    }

    @Test func lineEditingCompletionAndHistoryWorkForAPerson() throws {
        guard Self.hasTmux else {
            print("skipped: tmux is not installed, so the terminal test cannot run")
            return
        }
        let binary = try #require(builtBinary)
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("parlens-tty-\(UUID().uuidString)")
            .path
        let socket = state + ".sock"
        let name = "parlens-test"
        let command =
            "cd '\(analysisFixtures)' && XDG_STATE_HOME='\(state)' LANG=C.UTF-8 '\(binary)' repl --data provinces.csv"
        defer { _ = Self.tmux(["-S", socket, "kill-server"]) }
        _ = Self.tmux(["-S", socket, "new-session", "-d", "-s", name, "-x", "110", "-y", "40", command])
        #expect(Self.waitFor("parlens>", socket: socket, session: name).contains("Loaded provinces.csv"))
        _ = Self.tmux(["-S", socket, "send-keys", "-t", name, "tre", "Tab"])
        _ = Self.tmux(["-S", socket, "send-keys", "-t", name, "par_index --unit song", "Tab"])
        let completed = Self.waitFor("\"Tỉnh Sông Ngọc\"", socket: socket, session: name)
        #expect(completed.contains("parlens> trend par_index --unit \"Tỉnh Sông Ngọc\""), "\(completed)")
        // Ctrl-A, then edit at the start of the line: the command still runs.
        _ = Self.tmux(["-S", socket, "send-keys", "-t", name, "C-a"])
        _ = Self.tmux(["-S", socket, "send-keys", "-t", name, "Enter"])
        #expect(Self.waitFor("Mann–Kendall", socket: socket, session: name).contains("Sen's slope"))
        _ = Self.tmux(["-S", socket, "send-keys", "-t", name, "quit", "Enter"])
        var saved = ""
        for _ in 0..<200 where !saved.contains("quit") {
            Thread.sleep(forTimeInterval: 0.1)
            saved = (try? String(contentsOfFile: state + "/parlens/history", encoding: .utf8)) ?? ""
        }
        #expect(saved.contains("trend par_index --unit \"Tỉnh Sông Ngọc\""))
        // A new session finds the history: Up brings the last line back.
        _ = Self.tmux(["-S", socket, "kill-server"])
        _ = Self.tmux(["-S", socket, "new-session", "-d", "-s", name, "-x", "110", "-y", "40", command])
        _ = Self.waitFor("parlens>", socket: socket, session: name)
        _ = Self.tmux(["-S", socket, "send-keys", "-t", name, "Up"])
        #expect(Self.waitFor("parlens> quit", socket: socket, session: name).contains("parlens> quit"))
        _ = Self.tmux(["-S", socket, "send-keys", "-t", name, "Up"])
        #expect(
            Self.waitFor("Sông Ngọc\"", socket: socket, session: name).contains(
                "parlens> trend par_index --unit \"Tỉnh Sông Ngọc\""))
        // Ctrl-C drops the line and the session goes on.
        _ = Self.tmux(["-S", socket, "send-keys", "-t", name, "C-c"])
        // Type on once the fresh prompt shows, as a person would (keys sent with the Ctrl-C could
        // reach the old line before the signal drops it).
        for _ in 0..<200 {
            let pane = Self.tmux(["-S", socket, "capture-pane", "-p", "-t", name])
            let last = pane.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if last.map({ $0.trimmingCharacters(in: .whitespaces) == "parlens>" }) == true { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        _ = Self.tmux(["-S", socket, "send-keys", "-t", name, "periods", "Enter"])
        #expect(Self.waitFor("2016  2017", socket: socket, session: name).contains("2023  2024"))
    }
}
