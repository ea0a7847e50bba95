/// What a session, the REPL and `run` say outside the commands' reports.
public enum SessionText: Hashable, Sendable {
    /// A usage error, with its hint.
    case error(String, hint: String?)
    /// Data added with `load` (or at the start): what it holds.
    case loaded(paths: [String], observations: Int, units: Int, periods: Int, metrics: Int)
    /// `unload` of a file or folder.
    case unloaded(String)
    /// The session commands, for `help`.
    case help
    /// The banner's end when no data is loaded.
    case noDataYet
    /// The banner's last line.
    case typeHelp
    /// `run --check` found the rendering unchanged.
    case matches(notebook: String, expected: String)
    /// The head of a diff of an expected rendering against this run's.
    case diffHeader(expected: String, actual: String)
    /// The head of one hunk of that diff (1-based lines).
    case diffHunk(expectedLine: Int, actualLine: Int)
    /// The prompt while Ctrl-R searches the history for `pattern`; `found` is false when no line
    /// matches it.
    case historySearch(pattern: String, found: Bool)
}
