import Panel

/// An incremental search of the history (Ctrl-R), newest line first, that matches without case
/// or accents: "gò", "Gò" and "go mit" all find `trend pci --unit "Huyện Gò Mít Đông"`.
///
/// libedit's own search (`em-inc-search-prev`) compares the pattern with each line exactly (then
/// as a regular expression), so a pattern typed in lower case or without its accents finds
/// nothing; this one compares folded text (``Names/fold(_:)``) as well.
struct HistorySearch: Hashable {
    /// The lines searched, newest first.
    let entries: [String]
    /// The line being edited when the search began.
    let original: String
    /// What was typed since Ctrl-R.
    private(set) var pattern = ""
    /// The index in ``entries`` of the line found.
    private(set) var found: Int?
    /// Whether the pattern, as typed so far, matches no line from the one found on.
    private(set) var failed = false

    /// `history` oldest first, as it is kept.
    init(history: [String], original: String) {
        entries = history.reversed()
        self.original = original
    }

    /// The line shown: the one found, else the line being edited.
    var line: String { found.map { entries[$0] } ?? original }

    /// Whether `entry` holds `pattern` as typed, or folded (case, accents, punctuation).
    static func matches(_ entry: String, _ pattern: String) -> Bool {
        if entry.contains(pattern) { return true }
        // "x…x" keeps a leading or trailing space of the pattern through the fold.
        let key = String(Names.fold("x" + pattern + "x").dropFirst().dropLast())
        return !key.allSatisfy { $0 == " " } && (" " + Names.fold(entry) + " ").contains(key)
    }

    /// Adds a character to the pattern; the line found stays while it still matches.
    mutating func type(_ character: Character) {
        pattern.append(character)
        search(from: found ?? 0)
    }

    /// Removes the last character of the pattern and searches again from the newest line.
    mutating func deleteBackward() {
        guard !pattern.isEmpty else { return }
        pattern.removeLast()
        found = nil
        failed = false
        if !pattern.isEmpty { search(from: 0) }
    }

    /// Ctrl-R again: the next older line that matches.
    mutating func older() {
        guard !pattern.isEmpty else { return }
        search(from: found.map { $0 + 1 } ?? 0)
    }

    private mutating func search(from start: Int) {
        if let index = entries.indices.dropFirst(start).first(where: { Self.matches(entries[$0], pattern) }) {
            found = index
            failed = false
        } else {
            failed = true
        }
    }
}
