extension Vietnamese {
    static func text(_ option: HelpOption) -> String {
        switch option {
        case .data: "Một tệp CSV, một tệp Excel (.xlsx) hoặc một thư mục chứa các tệp đó (có thể lặp lại)."
        case .dataDefault:
            "Mặc định: ./datasets nếu có, nếu không thì $PARLENS_DATA (các đường dẫn cách nhau bởi ':'). 'book.xlsx#Sheet' chỉ đọc một trang tính; '-' đọc từ đầu vào chuẩn."
        case .decimal:
            "Chỉ định dấu thập phân thay vì tự nhận biết theo từng tệp (comma: dấu phẩy, point: dấu chấm)."
        case .wideMetric: "Chỉ số của các tệp dạng ngang không có cột 'metric'."
        case .sheet:
            "Trang tính cần đọc trong mỗi tệp Excel, theo tên hoặc số thứ tự (1 = trang đầu tiên; có thể lặp lại)."
        case .sheetDefault: "Mặc định: mọi trang tính không bị ẩn có chứa một bảng mà parlens đọc được."
        case .excludeErrors:
            "Khi phân tích: bỏ qua các dòng số liệu mà `check` coi là lỗi (được liệt kê ở đầu ra lỗi) thay vì dừng lại."
        case .format:
            "table, markdown, csv, json, html, xlsx (bảng tính Excel; mặc định khi -o TỆP.xlsx), và text cho check (các dòng theo kiểu trình biên dịch)."
        case .lang: "Ngôn ngữ của nhãn và thông báo: vi hoặc en (mặc định theo $LANG)."
        case .width: "Độ rộng đầu ra, tính bằng số cột (mặc định: độ rộng cửa sổ dòng lệnh, nếu không thì 100)."
        case .ascii: "Bảng và biểu đồ chỉ dùng ký tự ASCII (không kẻ khung, không ký tự chấm nổi, không mũi tên)."
        case .locale: "Định dạng số: vi (1.234,5) hoặc en (1,234.5); mặc định theo --lang."
        case .findings:
            "Mở đầu bằng một đoạn nhận xét (rank, compare, trend): đơn vị dẫn đầu, đơn vị tăng và giảm hạng, xu hướng có thật hay không."
        case .noColor: "Không tô màu kể cả trên cửa sổ dòng lệnh (cũng không tô màu khi có biến NO_COLOR)."
        case .maxRows: "Chỉ hiện tối đa N dòng của một bảng, kèm một dòng cuối cho biết số dòng bị ẩn."
        case .output: "Ghi kết quả ra tệp này (ghi trọn vẹn hoặc không ghi gì; không bao giờ ghi đè tệp đầu vào)."
        case .level: "Chỉ các đơn vị thuộc cấp này (cũng nhận tỉnh, huyện, xã, sở, bộ, …)."
        case .parent: "Chỉ các đơn vị trực thuộc đơn vị này (ví dụ \"Hòa Bình\")."
        case .tier: "Chỉ số liệu của cấp này (province: cấp tỉnh, district: cấp huyện, commune: cấp xã)."
        case .listLang: "Ngôn ngữ của tên chỉ số và thông báo: vi hoặc en (mặc định theo $LANG)."
        case .metricID: "Mã chỉ số."
        case .onlyUnit: "Chỉ đơn vị này."
        case .onePeriod: "Kỳ số liệu."
        case .checkLimit: "Chỉ hiện tối đa chừng này vấn đề cho mỗi mức độ ở dạng table và text (0 = tất cả)."
        case .rankMetric: "Mã chỉ số, ví dụ par_index."
        case .rankPeriod: "Kỳ cần xếp hạng."
        case .rankVs: "Một kỳ trước để so sánh thứ hạng, hoặc kỳ-trước / cùng-kỳ (previous / last-year)."
        case .rankTop: "Chỉ hiện N dòng đầu."
        case .rankChart: "Thêm biểu đồ phù hợp: biểu đồ thay đổi thứ hạng khi có --vs, nếu không thì biểu đồ cột."
        case .rankAllowMixed:
            "So sánh thứ hạng giữa các kỳ khác loại (một quý với 9 tháng); kết quả sẽ ghi rõ điều này."
        case .trendMetric: "Mã chỉ số, ví dụ par_index, pci, sipas_rank."
        case .trendUnit: "Đơn vị (có thể gõ không dấu)."
        case .trendAll: "Mọi đơn vị cùng nhóm."
        case .trendFrom: "Dùng số liệu từ kỳ này."
        case .trendTo: "Dùng số liệu đến kỳ này."
        case .trendChart: "Thêm biểu đồ phù hợp (chuỗi số liệu cùng đường OLS và dự báo)."
        case .trendBasis:
            "Cùng --unit, với đơn vị hình thành khi sáp nhập năm 2025: mới (new) đưa chuỗi số liệu về địa giới mới (trước ngày sáp nhập, cộng gộp tử số, mẫu số của các đơn vị cũ)."
        case .compareMetric: "Mã chỉ số, ví dụ par_index, on_time_rate, par_index_rank."
        case .compareFrom: "Kỳ gốc (kỳ trước)."
        case .compareTo: "Kỳ so sánh (kỳ sau)."
        case .compareVs: "Lấy kỳ gốc theo --to: kỳ-trước (previous) hoặc cùng-kỳ, tức cùng kỳ năm trước (last-year)."
        case .compareChart: "Thêm biểu đồ phù hợp: biểu đồ cột của các mức thay đổi."
        case .compareAllowMixed:
            "So sánh các kỳ khác loại (một quý với 9 tháng, một năm với 6 tháng); kết quả sẽ ghi rõ điều này."
        case .compareBasis:
            "Qua thời điểm sắp xếp (sáp nhập năm 2025): theo địa giới mới (mới, new: tỷ lệ cộng gộp tử số, mẫu số; chỉ số tổng hợp đặt cạnh từng đơn vị cũ), theo địa giới cũ (cũ, old: từng đơn vị cũ cạnh đơn vị kế thừa), hoặc cả hai (cả-hai, both)."
        case .compareWeight:
            "Cùng --basis mới hoặc cả-hai: tính lại chỉ số của đơn vị mới bằng bình quân của các đơn vị cũ có trọng số là chỉ số này (dân số, số hồ sơ tiếp nhận)."
        case .firstMetric: "Chỉ số thứ nhất."
        case .secondMetric: "Chỉ số thứ hai."
        case .targetValue: "Giá trị chỉ tiêu (mặc định: các chỉ tiêu có trong dữ liệu)."
        case .targetBy: "Kỳ phải đạt chỉ tiêu."
        case .targetComparator:
            "Cách so giá trị với chỉ tiêu: >=, <=, >, <, = (mặc định theo chiều tốt hơn của chỉ số)."
        case .chartKind: "line, bar, bump, heat hoặc dots."
        case .chartUnit: "Một đơn vị (có thể lặp lại; biểu đồ đường)."
        case .chartPeriod: "Kỳ số liệu (bar, dots)."
        case .chartVs: "Một kỳ trước: các cột thể hiện mức thay đổi."
        case .chartFrom: "Kỳ đầu (bump, heat, line)."
        case .chartTo: "Kỳ cuối (bump, heat, line)."
        case .chartTarget: "Một đường chỉ tiêu."
        case .chartHighlight: "Làm nổi bật đơn vị này (bar)."
        case .chartTop: "Chỉ N đơn vị đầu (bar, dots, heat)."
        case .chartFit: "Đường xu hướng cho biểu đồ đường của một đơn vị, kèm dự báo: ols, sen hoặc none (không vẽ)."
        case .notebook: "Sổ tay (.md)."
        case .param: "Một tham số, TÊN=GIÁ_TRỊ (có thể lặp lại); thay cho giá trị ở phần đầu tệp."
        case .runData: "Dữ liệu cho phiên (có thể lặp lại); mặc định ./datasets hoặc PARLENS_DATA."
        case .sessionMetric: "Chỉ số của các tệp dạng ngang không có cột 'metric' (như `set metric`)."
        case .runOutput:
            "Ghi báo cáo vào đây (.md, .html, hoặc .xlsx: bảng tính gồm các bảng của các lệnh), trọn vẹn hoặc không ghi gì."
        case .runFormat:
            "markdown (tài liệu kèm kết quả của từng khối), html (một trang báo cáo; mặc định khi -o TỆP.html), text (báo cáo để đọc trên cửa sổ dòng lệnh: không có ký hiệu Markdown, bảng như khi các lệnh hiện ra) hoặc xlsx (bảng tính, mỗi bảng một trang tính mang tên đề mục phía trên khối lệnh; mặc định khi -o TỆP.xlsx)."
        case .runCheck: "So sánh kết quả với tệp này thay vì ghi ra."
        case .runLang:
            "Ngôn ngữ của báo cáo: vi hoặc en (mặc định: mục lang: ở phần đầu sổ tay, nếu không có thì en, để kết quả không phụ thuộc vào $LANG)."
        case .allow:
            "Cho phép các lệnh của sổ tay đọc hoặc ghi cả tệp hay thư mục này (có thể lặp lại). Mặc định chúng chỉ được dùng thư mục của sổ tay, dữ liệu của lần chạy và tệp -o."
        case .replData: "Dữ liệu nạp khi bắt đầu (có thể lặp lại)."
        case .commands: "Chạy các lệnh này (cách nhau bởi ;) trong một phiên, không hiện dấu nhắc, rồi dừng."
        case .keepGoing: "Khi đọc một kịch bản lệnh, vẫn chạy tiếp sau lệnh bị lỗi (thoát với mã 1 khi kết thúc)."
        case .dossierLogs: "Các nhật ký hồ sơ (tệp CSV, mỗi dòng một hồ sơ)."
        case .dossierBy: "Tách số liệu theo đơn vị (unit), hoặc theo đơn vị và cấp (unit,tier)."
        case .dossierPeriod:
            "Các kỳ: month (tháng), quarter (quý), 6m (6 tháng), 9m (9 tháng đầu năm) hoặc year (năm) (có thể lặp lại; mặc định: tất cả)."
        case .dossierWindowStart:
            "Tháng báo cáo tính từ ngày này của tháng trước (15: từ ngày 15 đến ngày 14); mặc định 1, tức tháng dương lịch."
        }
    }
}
