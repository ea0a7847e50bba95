extension English {
    static func text(_ text: SessionText) -> String {
        switch text {
        case .error(let message, let hint):
            "parlens: error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
        case .loaded(let paths, let observations, let units, let periods, let metrics):
            "Loaded \(paths.joined(separator: ", ")): \(observations) observations, \(units) units, \(periods) periods, \(metrics) metrics."
        case .unloaded(let name):
            "unloaded \(name)"
        case .help:
            """
            Session commands:
              load PATH… [--metric ID]   add CSV files or folders to the session's data (--metric: the
                                         metric of wide files without a metric column, as set metric)
              unload NAME                remove a loaded file or folder
              set NAME VALUE             format|lang|locale|width|chart|decimal|ascii|metric, for every
                                         later command
              show settings              what is loaded and set
              metrics | units | periods  what the data holds (help units for the options)
              history                    the lines of this session
              help [COMMAND]             this, or a command's options
              quit | exit | Ctrl-D
            Any other line is a parlens command without the word parlens, e.g.
              rank par_index --period 2024 --vs 2023 --level province
            """
        case .noDataYet:
            "no data loaded (load PATH)"
        case .typeHelp:
            "Type help for help, Tab to complete, quit to leave."
        case .matches(let notebook, let expected):
            "\(notebook): matches \(expected)"
        case .diffHeader(let expected, let actual):
            "--- \(expected) (expected)\n+++ \(actual) (this run)"
        case .diffHunk(let expectedLine, let actualLine):
            "@@ expected line \(expectedLine), this run line \(actualLine) @@"
        case .historySearch(let pattern, let found):
            "(\(found ? "" : "failed ")reverse-i-search)`\(pattern)': "
        }
    }
}
