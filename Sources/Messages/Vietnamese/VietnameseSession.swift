extension Vietnamese {
    static func text(_ text: SessionText) -> String {
        switch text {
        case .error(let message, let hint):
            // vi: untranslated (issue 15)
            "parlens: error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
        case .loaded(let paths, let observations, let units, let periods, let metrics):
            "Đã nạp \(paths.joined(separator: ", ")): \(observations) quan sát, \(units) đơn vị, \(periods) kỳ, \(metrics) chỉ số."
        case .unloaded(let name):
            // vi: untranslated (issue 15)
            "unloaded \(name)"
        case .help:
            // vi: untranslated (issue 15)
            """
            Session commands:
              load PATH…            add CSV files or folders to the session's data
              unload NAME           remove a loaded file or folder
              set NAME VALUE        format|lang|locale|width|chart|decimal|ascii for every later command
              show settings         what is loaded and set
              metrics | periods     what the data holds
              units [--level L] [--parent P]
              history               the lines of this session
              help [COMMAND]        this, or a command's options
              quit | exit | Ctrl-D
            Any other line is a parlens command without the word parlens, e.g.
              rank par_index --period 2024 --vs 2023 --level province
            """
        case .noDataYet:
            "chưa có dữ liệu (load PATH)"
        case .typeHelp:
            "Gõ help để xem trợ giúp, Tab để gợi ý, quit để thoát."
        case .matches(let notebook, let expected):
            // vi: untranslated (issue 15)
            "\(notebook): matches \(expected)"
        case .diffHeader(let expected, let actual):
            // vi: untranslated (issue 15)
            "--- \(expected) (expected)\n+++ \(actual) (this run)"
        case .diffHunk(let expectedLine, let actualLine):
            // vi: untranslated (issue 15)
            "@@ expected line \(expectedLine), this run line \(actualLine) @@"
        }
    }
}
