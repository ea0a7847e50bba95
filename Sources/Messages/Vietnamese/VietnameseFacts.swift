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
            "\(entries) → \(provinces) tỉnh, hiệu lực từ \(effective.map(date).joined(separator: ", "))"
        case .crosswalkOfLevel(let entries, let units, let level, let effective):
            "\(entries) → \(units) \(text(.level(level))), hiệu lực từ \(effective.map(date).joined(separator: ", "))"
        case .notInCatalog:
            "* ngoài danh mục: đọc như số thông thường; khai báo chỉ số trong metrics.csv"
        case .warningsByCode(let count, let codes):
            "Cảnh báo: \(count) — \(codes.joined(separator: ", ")) (`parlens check` liệt kê chi tiết)"
        case .checkSummary(let errors, let warnings, let files):
            "\(errors) lỗi, \(warnings) cảnh báo trong \(files) tệp."
        case .moreProblems(let count): "… còn \(count) vấn đề nữa (--limit 0 để xem tất cả)"
        case .noProblems:
            "Không phát hiện vấn đề."
        case .moreDiagnostics(let count):
            "… và \(count) vấn đề nữa (chạy `parlens check --format json` để có danh sách đầy đủ)"
        case .diagnosticCounts(let errors, let warnings): "\(errors) lỗi, \(warnings) cảnh báo"
        case .dataHasErrors: "parlens: dữ liệu có lỗi; `parlens check` liệt kê mọi vấn đề tìm thấy"
        case .cannotWriteOutput(let reason): "parlens: không ghi được kết quả: \(reason)"
        case .figuresWithErrors(let metric, let count):
            "parlens: \(count) số liệu của \(metric) có lỗi dữ liệu (liệt kê ở trên); không tính toán gì\n"
                + "  gợi ý: sửa dữ liệu, hoặc dùng --exclude-errors để bỏ các dòng đó ra và ghi rõ việc này"
        case .figuresLeftOut(let metric, let count):
            "parlens: đã bỏ ra \(count) số liệu của \(metric) có lỗi dữ liệu (--exclude-errors):"
        }
    }
}
