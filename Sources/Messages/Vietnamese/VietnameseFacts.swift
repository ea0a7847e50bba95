extension Vietnamese {
    static func text(_ fact: Fact) -> String {
        switch fact {
        case .observationCounts(let total, let withCounts, let rankOnly):
            "\(total) (\(withCounts) có tử số/mẫu số, \(rankOnly) chỉ có hạng)"
        case .metricCounts(let total, let notInCatalog):
            "\(total) (\(notInCatalog) ngoài danh mục)"
        case .corroborated(let count):
            "\(count) số liệu có từ hai dòng trở lên (`check` liệt kê các số liệu mâu thuẫn)"
        case .crosswalk(let entries, let provinces, let effective):
            "\(entries) → \(provinces) tỉnh, hiệu lực từ \(effective.joined(separator: ", "))"
        case .notInCatalog:
            // vi: untranslated (issue 15): all but "ngoài danh mục"
            "* ngoài danh mục: read as plain numbers; define it in metrics.csv"
        case .warningsByCode(let count, let codes):
            // vi: untranslated (issue 15): "(`parlens check` shows them)"
            "Cảnh báo: \(count) — \(codes.joined(separator: ", ")) (`parlens check` shows them)"
        case .checkSummary(let errors, let warnings, let files):
            "\(errors) lỗi, \(warnings) cảnh báo trong \(files) tệp."
        case .moreProblems(let count):
            // vi: untranslated (issue 15)
            "… \(count) more (--limit 0 shows all)"
        case .noProblems:
            "Không phát hiện vấn đề."
        case .moreDiagnostics(let count):
            // vi: untranslated (issue 15)
            "… and \(count) more (run `parlens check --format json` for the full list)"
        case .diagnosticCounts(let errors, let warnings):
            // vi: untranslated (issue 15)
            "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        case .dataHasErrors:
            // vi: untranslated (issue 15)
            "parlens: the data has errors; `parlens check` lists everything it finds"
        }
    }
}
