internal import CEditLine
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Line editing at a terminal with libedit's readline interface: arrows, Ctrl-A/E/K/W, Ctrl-R
/// history search, Tab completion, and history kept across sessions in
/// `$XDG_STATE_HOME/parlens/history` (default `~/.local/state/parlens/history`), duplicates
/// collapsed (a line seen again moves to the end).
public final class EditLineReader: LineReader, @unchecked Sendable {
    /// The file history is saved to, or nil when there is no home to put it in.
    public let historyFile: String?
    /// The saved history, oldest first.
    public private(set) var lines: [String] = []
    private static let maxHistory = 1000

    public init(variables: [String: String]) {
        historyFile = Self.historyPath(variables)
        // libedit edits multibyte text only in a UTF-8 locale; Vietnamese needs one.
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        parlens_rl_set_name("parlens")
        parlens_rl_set_word_breaks(" \t")
        if let historyFile, let text = try? String(contentsOfFile: historyFile, encoding: .utf8) {
            lines = text.split(separator: "\n").map(String.init)
            for line in lines { add_history(line) }
        }
    }

    /// `$XDG_STATE_HOME/parlens/history`, else `$HOME/.local/state/parlens/history`.
    static func historyPath(_ variables: [String: String]) -> String? {
        if let state = variables["XDG_STATE_HOME"], !state.isEmpty { return state + "/parlens/history" }
        if let home = variables["HOME"], !home.isEmpty { return home + "/.local/state/parlens/history" }
        return nil
    }

    public func readLine(prompt: String) -> String? {
        Interrupt.install()
        while true {
            Interrupt.flag = 0
            guard let raw = readline(prompt) else {
                // Ctrl-C abandons the line: a fresh prompt, not the end of the session.
                if Interrupt.flag != 0 {
                    print("")
                    continue
                }
                return nil
            }
            defer { free(raw) }
            return String(cString: raw)
        }
    }

    public func remember(_ line: String) {
        add_history(line)
        lines = History.adding(line, to: lines, limit: Self.maxHistory)
        guard let historyFile else { return }
        let folder = (historyFile as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? (lines.joined(separator: "\n") + "\n").write(toFile: historyFile, atomically: true, encoding: .utf8)
    }

    public func setCompleter(_ completer: @escaping @Sendable (String) -> [String]) {
        EditLineCompletion.completer = completer
        parlens_rl_set_completion { text, start, end in EditLineCompletion.complete(text, start, end) }
    }
}

/// History rules shared by the editor and its tests.
enum History {
    /// `lines` with `line` at the end and no other copy of it, at most `limit` long.
    static func adding(_ line: String, to lines: [String], limit: Int) -> [String] {
        var lines = lines.filter { $0 != line }
        lines.append(line)
        return Array(lines.suffix(limit))
    }
}

/// The bridge from libedit's C completion callback to the session's completer.
enum EditLineCompletion {
    nonisolated(unsafe) static var completer: (@Sendable (String) -> [String])?
    nonisolated(unsafe) static var pending: [String] = []

    static func complete(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<
        UnsafeMutablePointer<CChar>?
    >? {
        parlens_rl_no_default_completion()
        let buffer = parlens_rl_line_buffer().map { String(cString: $0) } ?? ""
        let prefix = String(buffer.utf8.prefix(Int(end))) ?? buffer
        pending = completer?(prefix) ?? []
        guard !pending.isEmpty else { return nil }
        return rl_completion_matches(text) { _, state in
            if state == 0 { EditLineCompletion.index = 0 }
            guard EditLineCompletion.index < EditLineCompletion.pending.count else { return nil }
            let word = EditLineCompletion.pending[EditLineCompletion.index]
            EditLineCompletion.index += 1
            return strdup(word)
        }
    }

    nonisolated(unsafe) static var index = 0
}

/// Ctrl-C at the prompt: SIGINT is caught (without restarting the read) so that the line is
/// dropped and the session goes on; a command that is running finishes and the prompt returns.
enum Interrupt {
    nonisolated(unsafe) static var flag: sig_atomic_t = 0
    nonisolated(unsafe) static var installed = false

    static func install() {
        guard !installed else { return }
        installed = true
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupt.flag = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}
