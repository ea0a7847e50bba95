internal import CEditLine
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-R: ``HistorySearch`` at the terminal, bound over libedit's own search with `rl_add_defun`.
/// It reads keys itself until the search ends, and shows the search through libedit: the prompt
/// says what is searched, the line is what was found. Enter runs the line found; Esc, arrows and
/// other control keys keep it and act as usual; Ctrl-G gives up; Ctrl-C drops the line.
enum EditLineSearch {
    nonisolated(unsafe) static var reader: EditLineReader?

    static func run() -> Int32 {
        guard let reader else { return 0 }
        let buffer = parlens_rl_line_buffer().map { String(cString: $0) } ?? ""
        // `rl_point` counts bytes here (libedit's narrow copy of the line).
        let cursor = String(decoding: buffer.utf8.prefix(Int(parlens_rl_point())), as: UTF8.self).unicodeScalars.count
        var search = HistorySearch(history: reader.lines, original: buffer)
        var screen = Screen(prompt: reader.prompt, line: buffer, cursor: cursor)
        screen.show(prompt: reader.searchPrompt(search.pattern, true), line: search.line)
        while true {
            guard let key = readKey() else {
                // Ctrl-C (or the end of input): the line as it was, and readline ends without one.
                screen.show(prompt: reader.prompt, line: search.original)
                parlens_rl_set_done()
                return 0
            }
            switch key {
            case "\u{12}": search.older()
            case "\u{7F}", "\u{08}": search.deleteBackward()
            case "\u{07}":
                screen.end(prompt: reader.prompt, line: search.original, then: nil)
                return 0
            case _ where key.unicodeScalars.allSatisfy({ $0.value < 0x20 }):
                screen.end(prompt: reader.prompt, line: search.line, then: key)
                return 0
            default: search.type(key)
            }
            screen.show(prompt: reader.searchPrompt(search.pattern, !search.failed), line: search.line)
        }
    }

    /// One key from the terminal (libedit has it in raw mode), or nil on Ctrl-C or at the end of
    /// input. A resized window interrupts the read and is ignored.
    static func readKey() -> Character? {
        var bytes: [UInt8] = []
        var needed = 1
        while bytes.count < needed {
            var byte: UInt8 = 0
            let n = read(STDIN_FILENO, &byte, 1)
            if n == 1 {
                if bytes.isEmpty {
                    needed = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                }
                bytes.append(byte)
            } else if n < 0, errno == EINTR, Interrupt.flag == 0 {
                continue
            } else {
                return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self).first
    }

    /// What libedit shows of the line being edited, so that the search can redraw it in place:
    /// libedit draws the prompt and line from where it believes they start, so the search moves
    /// the cursor there, clears below, and has libedit draw them again.
    struct Screen {
        var prompt: String
        var line: String
        /// The cursor, in scalars of the line.
        var cursor: Int

        mutating func show(prompt: String, line: String) {
            let row =
                (Terminal.width(self.prompt.unicodeScalars) + Terminal.width(self.line.unicodeScalars.prefix(cursor)))
                / Terminal.columns
            Terminal.put("\r" + (row > 0 ? "\u{1B}[\(row)A" : "") + "\u{1B}[J")
            // libedit replaces the line only with some text: a space stands for an empty line.
            let shown = line.isEmpty ? " " : line
            _ = rl_set_prompt(prompt)
            rl_replace_line(shown, 0)
            cursor = min(cursor, shown.unicodeScalars.count)
            self.prompt = prompt
            self.line = shown
            rl_forced_update_display()
        }

        /// Shows `line` after `prompt` and has libedit move to its end (or empty it) and then act
        /// on `key`.
        mutating func end(prompt: String, line: String, then key: Character?) {
            show(prompt: prompt, line: line)
            _ = rl_insert(1, line.isEmpty ? 0x15 : 0x05)  // Ctrl-U (em-kill-line), Ctrl-E
            if let key = key?.asciiValue { _ = rl_insert(1, Int32(key)) }
        }
    }
}
