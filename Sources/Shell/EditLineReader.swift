internal import CEditLine
import Foundation
import Messages

#if canImport(Glibc)
    import Glibc
#endif

/// Line editing at a terminal with libedit's readline interface: arrows, Ctrl-A/E/K/W, Ctrl-R
/// history search (matched without case or accents, ``HistorySearch``), Tab completion
/// (``LineCompletion``), and history kept across sessions in `$XDG_STATE_HOME/parlens/history`
/// (default `~/.local/state/parlens/history`), duplicates collapsed (a line seen again moves to
/// the end).
public final class EditLineReader: LineReader, @unchecked Sendable {
    /// The file history is saved to, or nil when there is no home to put it in.
    public let historyFile: String?
    /// The saved history, oldest first.
    public private(set) var lines: [String] = []
    private static let maxHistory = 1000
    /// The prompt of the line being read (the history search puts it back).
    private(set) var prompt = ""
    /// The prompt of the history search for a pattern, and whether the pattern matched.
    private(set) var searchPrompt: @Sendable (String, Bool) -> String = { pattern, found in
        Catalog(.en)(.historySearch(pattern: pattern, found: found))
    }

    public init(variables: [String: String]) {
        historyFile = Self.historyPath(variables)
        // libedit edits multibyte text only in a UTF-8 locale; Vietnamese needs one.
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        parlens_rl_set_name()
        // rl_add_defun needs libedit's editor, which readline() would otherwise make on first use.
        rl_initialize()
        parlens_rl_complete_whole_line()
        parlens_rl_no_append_character()
        EditLineSearch.reader = self
        _ = parlens_rl_bind_history_search { _, _ in EditLineSearch.run() }
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
        self.prompt = prompt
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

    public func setCompleter(_ completer: @escaping @Sendable (String) -> LineCompletion) {
        EditLineCompletion.completer = completer
        parlens_rl_set_completion { text, start, end in EditLineCompletion.complete(text, start, end) }
    }

    public func setSearchPrompt(_ prompt: @escaping @Sendable (_ pattern: String, _ found: Bool) -> String) {
        searchPrompt = prompt
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
///
/// libedit (`fn_complete2` behind `rl_complete`) deletes the word before the cursor, inserts the
/// first entry of the array the callback returns, and lists the other entries on a second Tab;
/// when the array holds one match (the first entry repeated) it adds
/// `rl_completion_append_character` instead of listing. Its own "common part" of the matches
/// (`rl_completion_matches`) is a byte prefix of the words as they would be inserted, which cuts
/// Vietnamese letters and quotes; its word ends at the last space or quote, so a quoted name of
/// two words cannot be replaced; and its list lays out columns by bytes, not by what a terminal
/// shows. So the word libedit cuts is the whole line (no break characters), the first entry is
/// the line with the session's edit made, nothing is appended, and the list is ours.
enum EditLineCompletion {
    nonisolated(unsafe) static var completer: (@Sendable (String) -> LineCompletion)?

    static func complete(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<
        UnsafeMutablePointer<CChar>?
    >? {
        parlens_rl_no_default_completion()
        // libedit counts `start` and `end` in the characters of its wide line: Unicode scalars.
        let scalars = Array((parlens_rl_line_buffer().map { String(cString: $0) } ?? "").unicodeScalars)
        guard let completer, start >= 0, start <= end, Int(end) <= scalars.count else { return nil }
        let line = String(String.UnicodeScalarView(scalars[..<Int(end)]))
        let edit = completer(line)
        guard var entries = entries(for: edit, of: line, from: Int(start)) else { return nil }
        if parlens_rl_completion_type() == 0x3F, edit.matches.count > 1 {
            // A second Tab: the list below the line, the line drawn again under it, and libedit
            // given the edit alone (nothing at all when it changes nothing, so that it does not beep).
            show(edit.matches)
            if edit.insertion == edit.replaced { return nil }
            entries = [entries[0], entries[0]]
        }
        // libedit frees the array and its strings with free().
        guard let raw = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (entries.count + 1)) else {
            return nil
        }
        let array = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
        for (i, entry) in entries.enumerated() { array[i] = strdup(entry) }
        array[entries.count] = nil
        return array
    }

    /// Writes `matches` in columns under the line and has libedit draw the prompt and line again.
    static func show(_ matches: [String]) {
        Terminal.put("\r\n" + columns(matches, width: Terminal.columns))
        rl_forced_update_display()
    }

    /// `names` in as many columns as fit in `width` terminal columns, read down each column, two
    /// spaces apart; widths are what a terminal shows (one column for "ệ", however many bytes).
    static func columns(_ names: [String], width: Int) -> String {
        let widths = names.map { Terminal.width($0.unicodeScalars) }
        let column = (widths.max() ?? 0) + 2
        let count = max(1, min(names.count, (width + 2) / column))
        let rows = (names.count + count - 1) / count
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for c in 0..<count where c * rows + row < names.count {
                let i = c * rows + row
                let last = (c + 1) * rows + row >= names.count
                line += names[i] + (last ? "" : String(repeating: " ", count: column - widths[i]))
            }
            lines.append(line)
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    /// The array for libedit when it replaces the scalars of `line` from `start` on: the text that
    /// replaces them, then the matches to list (or the same text again when there is one match);
    /// nil when there is nothing to complete or the edit begins before `start`.
    static func entries(for edit: LineCompletion, of line: String, from start: Int) -> [String]? {
        guard !edit.matches.isEmpty else { return nil }
        let before = Array(line.unicodeScalars)
        let after = Array(edit.applied(to: line).unicodeScalars)
        guard start <= before.count, start <= after.count, before[..<start] == after[..<start] else { return nil }
        let replacement = String(String.UnicodeScalarView(after[start...]))
        return edit.matches.count == 1 ? [replacement, replacement] : [replacement] + edit.matches
    }
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
