extension Vietnamese {
    static func text(_ text: SessionText) -> String {
        switch text {
        case .error(let message, let hint):
            "parlens: lỗi: \(message)" + (hint.map { "\n  gợi ý: \($0)" } ?? "")
        case .loaded(let paths, let observations, let units, let periods, let metrics):
            "Đã nạp \(paths.joined(separator: ", ")): \(observations) quan sát, \(units) đơn vị, \(periods) kỳ, \(metrics) chỉ số."
        case .unloaded(let name): "đã bỏ nạp \(name)"
        case .help:
            """
            Các lệnh của phiên làm việc:
              load ĐƯỜNG_DẪN… [--metric MÃ]  thêm tệp CSV hoặc thư mục vào dữ liệu của phiên (--metric: chỉ
                                             số của tệp dạng ngang không có cột metric, như set metric)
              unload TÊN                     bỏ một tệp hoặc thư mục đã nạp
              set TÊN GIÁ_TRỊ                format|lang|locale|width|chart|decimal|ascii|metric, áp dụng cho
                                             mọi lệnh sau đó
              show settings                  những gì đã nạp và đã thiết lập
              metrics | units | periods      dữ liệu có những gì (help units để xem các tùy chọn)
              history                        các dòng lệnh của phiên này
              help [LỆNH]                    trợ giúp này, hoặc các tùy chọn của một lệnh
              quit | exit | Ctrl-D           thoát
            Mọi dòng khác là một lệnh parlens không có chữ parlens, ví dụ
              rank par_index --period 2024 --vs 2023 --level province
            """
        case .noDataYet:
            "chưa có dữ liệu (load PATH)"
        case .typeHelp:
            "Gõ help để xem trợ giúp, Tab để gợi ý, quit để thoát."
        case .matches(let notebook, let expected): "\(notebook): khớp với \(expected)"
        case .diffHeader(let expected, let actual): "--- \(expected) (kết quả mong đợi)\n+++ \(actual) (lần chạy này)"
        case .diffHunk(let expectedLine, let actualLine):
            "@@ dòng \(expectedLine) của kết quả mong đợi, dòng \(actualLine) của lần chạy này @@"
        case .historySearch(let pattern, let found):
            "(\(found ? "tìm trong lịch sử" : "không thấy trong lịch sử"))`\(pattern)': "
        }
    }
}
