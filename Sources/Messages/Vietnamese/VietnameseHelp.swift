extension Vietnamese {
    static func text(_ help: HelpText) -> String {
        switch help {
        case .abstract(let command): abstract(command)
        case .discussion(let command): discussion(command)
        case .rootUsage:
            """
            parlens <lệnh> [<tùy_chọn>]
            parlens help <lệnh>
            parlens [repl] [--data <đường_dẫn> …] [--metric <mã>]
            parlens -c "<các_lệnh>" [--data <đường_dẫn> …] [--metric <mã>] [--keep-going]
            """
        case .option(let option): text(option)
        case .value(let value): text(value)
        }
    }

    static func abstract(_ command: HelpCommand) -> String {
        switch command {
        case .parlens: "Rà soát các chỉ số cải cách hành chính: nạp, kiểm tra, xếp hạng, so sánh, kiểm định xu hướng."
        case .info: "Dữ liệu có những gì: số quan sát, đơn vị theo cấp, kỳ, chỉ số, tệp, cảnh báo."
        case .check:
            "Báo cáo kiểm tra tính nhất quán: khoảng giá trị, tỷ lệ so với số đếm, tổng, thứ hạng so với điểm, số liệu mâu thuẫn, kỳ bị thiếu."
        case .metrics: "Các chỉ số có trong dữ liệu: mã, số lượng số liệu, tên."
        case .units: "Các đơn vị có trong dữ liệu, kèm cấp và đơn vị cấp trên."
        case .periods: "Các kỳ có trong dữ liệu, theo thứ tự thời gian."
        case .rank: "Bảng xếp hạng của một kỳ, kèm thay đổi thứ hạng so với một kỳ trước."
        case .trend:
            "Xu hướng của một đơn vị có thật không? Hồi quy OLS, kiểm định Mann–Kendall và hệ số góc Sen trên chuỗi số liệu."
        case .compare: "So sánh một kỳ với một kỳ khác, theo từng đơn vị, kèm các kiểm định theo cặp."
        case .correlate:
            "Hai chỉ số có cùng chiều giữa các đơn vị không? Tương quan Pearson, Spearman và Kendall trong một kỳ."
        case .summary:
            "Phân bố giữa các đơn vị trong một kỳ: n, trung bình, độ lệch chuẩn, tứ phân vị, giá trị lớn nhất và nhỏ nhất, giá trị ngoại lai."
        case .target:
            "Có đạt chỉ tiêu không? Giá trị mới nhất, khoảng cách đến chỉ tiêu, dự báo theo xu hướng và kết luận."
        case .chart:
            "Biểu đồ trên cửa sổ dòng lệnh: đường (line), cột (bar), thay đổi thứ hạng (bump), bản đồ nhiệt đơn vị × kỳ (heat), giá trị kèm khoảng tin cậy (dots)."
        case .run: "Chạy một sổ tay: tệp Markdown có các khối ```parlens được thực hiện trong cùng một phiên."
        case .repl: "Mở phiên làm việc tương tác (hoặc gõ `parlens` không kèm tham số trên cửa sổ dòng lệnh)."
        case .dossiers:
            "Nhật ký hồ sơ (mỗi dòng một hồ sơ): tổng hợp thành số lượng và tỷ lệ theo đơn vị, cấp và kỳ."
        case .dossiersSummarise:
            "Bảng dữ liệu dạng dọc từ một hoặc nhiều nhật ký hồ sơ: số lượng và tỷ lệ kèm tử số, mẫu số."
        }
    }

    /// Placeholders, lower case and joined by `_` as ArgumentParser writes them (`<đường_dẫn>`);
    /// values a user types (`kỳ-trước|cùng-kỳ`) as typed.
    static func text(_ value: HelpValue) -> String {
        switch value {
        case .period: "kỳ"
        case .name: "tên"
        case .n: "n"
        case .path: "đường_dẫn"
        case .id: "mã"
        case .targetValue: "giá_trị"
        case .comparator: "phép_so_sánh"
        case .file: "tệp"
        case .format: "định_dạng"
        case .nameValue: "tên=giá_trị"
        case .expected: "tệp_mong_đợi.md"
        case .basis: "mới|cũ|cả-hai"
        case .log: "nhật_ký"
        case .grouping: "cách_nhóm"
        case .day: "ngày"
        case .previousOrLastYear: "kỳ-trước|cùng-kỳ"
        case .commands: "các_lệnh"
        case .metric: "chỉ_số"
        case .kind: "loại"
        case .first: "chỉ_số_1"
        case .second: "chỉ_số_2"
        case .notebook: "sổ_tay"
        case .decimal: "dấu_thập_phân"
        case .lang: "ngôn_ngữ"
        case .locale: "kiểu_số"
        case .level: "cấp"
        case .tier: "cấp_số_liệu"
        case .fit: "xu_hướng"
        case .limit: "giới_hạn"
        }
    }
}
