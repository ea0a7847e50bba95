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
        case .moreProblems: English.text(fact)  // vi: untranslated (issue 15)
        case .noProblems:
            "Không phát hiện vấn đề."
        case .moreDiagnostics: English.text(fact)  // vi: untranslated (issue 15)
        case .diagnosticCounts: English.text(fact)  // vi: untranslated (issue 15)
        case .dataHasErrors: English.text(fact)  // vi: untranslated (issue 15)
        case .cannotWriteOutput(let reason): "parlens: không ghi được kết quả: \(reason)"
        case .figuresWithErrors(let metric, let count):
            "parlens: \(count) số liệu của \(metric) có lỗi dữ liệu (liệt kê ở trên); không tính toán gì\n"
                + "  gợi ý: sửa dữ liệu, hoặc dùng --exclude-errors để bỏ các dòng đó ra và ghi rõ việc này"
        case .figuresLeftOut(let metric, let count):
            "parlens: đã bỏ ra \(count) số liệu của \(metric) có lỗi dữ liệu (--exclude-errors):"
        }
    }
}
