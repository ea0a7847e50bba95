extension Vietnamese {
    static func text(_ text: SessionText) -> String {
        switch text {
        case .error: English.text(text)  // vi: untranslated (issue 15)
        case .loaded(let paths, let observations, let units, let periods, let metrics):
            "Đã nạp \(paths.joined(separator: ", ")): \(observations) quan sát, \(units) đơn vị, \(periods) kỳ, \(metrics) chỉ số."
        case .unloaded: English.text(text)  // vi: untranslated (issue 15)
        case .help: English.text(text)  // vi: untranslated (issue 15)
        case .noDataYet:
            "chưa có dữ liệu (load PATH)"
        case .typeHelp:
            "Gõ help để xem trợ giúp, Tab để gợi ý, quit để thoát."
        case .matches: English.text(text)  // vi: untranslated (issue 15)
        case .diffHeader: English.text(text)  // vi: untranslated (issue 15)
        case .diffHunk: English.text(text)  // vi: untranslated (issue 15)
        case .historySearch(let pattern, let found):
            "(\(found ? "tìm trong lịch sử" : "không thấy trong lịch sử"))`\(pattern)': "
        }
    }
}
