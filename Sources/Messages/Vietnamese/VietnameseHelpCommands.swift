extension Vietnamese {
    /// The paragraphs under each command's overview; the example command lines are the English
    /// ones, as typed.
    static func discussion(_ command: HelpCommand) -> String {
        switch command {
        case .parlens:
            """
            Mỗi lệnh có tùy chọn và ví dụ riêng: parlens help rank, hoặc parlens rank --help.

            Dữ liệu: --data ĐƯỜNG_DẪN (tệp hoặc thư mục, có thể lặp lại); mặc định là ./datasets, \
            nếu không có thì $PARLENS_DATA. Một tệp dạng ngang không có cột 'metric' cần --metric MÃ.

            Phiên làm việc: gõ parlens không kèm tham số trên cửa sổ dòng lệnh (hoặc parlens repl) \
            để mở một phiên tương tác, giữ nguyên dữ liệu và thiết lập: mỗi dòng là một lệnh dưới \
            đây không có chữ parlens, cùng với load, set, show settings, history, help và quit; \
            phím Tab để gợi ý, các phím mũi tên để gọi lại các dòng đã gõ. \
            parlens -c "load x.csv; rank par_index --period 2024" chạy các dòng như vậy mà không \
            hiện dấu nhắc và dừng ở lỗi đầu tiên (mã thoát 1), trừ khi có --keep-going; các dòng \
            chuyển vào parlens qua đường ống cũng chạy như vậy. parlens run SỔ_TAY.md chạy các \
            khối ```parlens của một sổ tay.

            Mã thoát: 0 thành công, 1 lỗi dữ liệu, 2 lỗi cú pháp lệnh.
            """
        case .info:
            """
            Ví dụ:
              parlens info
              parlens info --data datasets/seed_figures.csv --lang vi
              parlens info --format json
            """
        case .check:
            """
            Mã thoát 1 khi có lỗi (kể cả lỗi khi nạp dữ liệu), 0 nếu không có lỗi.

            Ví dụ:
              parlens check
              parlens check --format text --data datasets/seed_figures.csv
              parlens check --limit 20 --lang vi
            """
        case .metrics:
            """
            Mỗi chỉ số một dòng: mã chỉ số (tên mà các lệnh nhận), số lượng số liệu trong dữ liệu \
            và tên chỉ số theo --lang.

            Ví dụ:
              parlens metrics
              parlens metrics --data datasets/seed_figures.csv --lang vi
            """
        case .units:
            """
            Mỗi đơn vị một dòng, "tên (cấp, đơn vị cấp trên)", theo thứ tự trong dữ liệu. Tên được \
            so khớp không cần dấu và không cần tiền tố hành chính, như trong các phép phân tích.

            Ví dụ:
              parlens units --level province
              parlens units --level department --parent "Hòa Bình"
            """
        case .periods:
            """
            Các kỳ ở dạng chuẩn (2022, 2022-H1, 2023-Q3, 2022-9M, …), dạng mà mọi lệnh đều nhận, \
            bên cạnh cách viết tiếng Việt ("6 tháng đầu năm 2022").

            Ví dụ:
              parlens periods
              parlens periods --data datasets/seed_figures.csv
            """
        case .rank:
            """
            Thứ hạng được xếp theo kiểu đồng hạng (1, 2, 2, 4), theo chiều tốt hơn của chỉ số, \
            trong số các đơn vị có giá trị; thay đổi thứ hạng = thứ hạng kỳ trước − thứ hạng kỳ \
            này (dương là tăng hạng). Các hệ số tương quan hạng so sánh giá trị của những đơn vị \
            có mặt ở cả hai kỳ.

            Ví dụ:
              parlens rank par_index --period 2024 --vs previous --level province
              parlens rank par_index --period 2024 --vs 2022 --parent "Hòa Bình" --top 6
              parlens rank sipas --period 2023 --level province --chart --lang vi
            """
        case .trend:
            """
            Với --unit: chuỗi số liệu của một đơn vị, các kiểm định và dự báo cho kỳ tiếp theo. \
            Với --all: mỗi đơn vị cùng nhóm một dòng, sắp xếp theo hệ số góc Sen, kèm giá trị p \
            của kiểm định Mann–Kendall đã hiệu chỉnh Holm; kết luận "tăng" hay "giảm" khi p đã hiệu \
            chỉnh < 0,05. Trục hoành là thời điểm bắt đầu của mỗi kỳ, tính bằng năm, nên kỳ thiếu số \
            liệu vẫn để trống.

            Ví dụ:
              parlens trend pci --unit "Đồng Nai" --chart
              parlens trend par_index --unit "Cả nước" --from 2015
              parlens trend pci --all --level province
            """
        case .compare:
            """
            Thay đổi = kỳ sau − kỳ trước (tính bằng điểm % với các chỉ số phần trăm). Kiểm định t \
            theo cặp và kiểm định dấu-hạng Wilcoxon trên các đơn vị có mặt ở cả hai kỳ. Các tỷ lệ \
            có kèm số đếm còn có khoảng tin cậy Wilson, khoảng Newcombe của chênh lệch và kiểm \
            định z hai tỷ lệ cho từng đơn vị (hiệu chỉnh Holm theo các dòng). Qua thời điểm sắp \
            xếp (sáp nhập năm 2025), mỗi đơn vị bị ảnh hưởng đều được nêu rõ; --basis đặt đơn vị \
            mới cạnh các đơn vị cũ hợp thành.

            Ví dụ:
              parlens compare online_filing_rate --from 2022 --to 2023 --unit "Tháp Mười"
              parlens compare par_index --from 2022 --to 2024 --parent "Hòa Bình"
              parlens compare par_index_rank --to 2022 --vs previous --unit "Tháp Mười"
            """
        case .correlate:
            """
            Chỉ so sánh các đơn vị có cả hai chỉ số trong kỳ; các đơn vị còn lại được liệt kê.

            Ví dụ:
              parlens correlate par_index sipas --period 2023 --level province
              parlens correlate par_index sipas --period 2023 --level province --format json
            """
        case .summary:
            """
            Tứ phân vị tính theo cách 7 (mặc định của numpy). Giá trị ngoại lai cách trung vị hơn \
            3 × 1,4826 × MAD.

            Ví dụ:
              parlens summary par_index --period 2024 --parent "Hòa Bình"
              parlens summary pci --period 2016 --level province --lang vi
            """
        case .target:
            // The legend under `target`'s table, as a sentence.
            text(Finding.targetRule).prefix(1).uppercased() + text(Finding.targetRule).dropFirst() + "."
                + """


                Ví dụ:
                  parlens target friendly_government_commune_share
                  parlens target par_index --value 90 --by 2026 --unit "Cả nước"
                  parlens target on_time_rate --value 99 --by 2025 --unit "Đam Rông" --lang vi
                """
        case .chart:
            """
            line CHỈ_SỐ --unit TÊN [--unit TÊN_2 …] [--target GIÁ_TRỊ]
                 chuỗi số liệu theo thời gian (kỳ thiếu số liệu để trống); với một đơn vị,
                 --fit ols|sen thêm đường xu hướng và dự báo OLS
            bar  CHỈ_SỐ --period KỲ [--vs KỲ_GỐC] [--highlight TÊN]
                 giá trị, hoặc mức thay đổi so với KỲ_GỐC
            bump CHỈ_SỐ --from KỲ_ĐẦU --to KỲ_CUỐI
                 thứ hạng qua các kỳ từ KỲ_ĐẦU đến KỲ_CUỐI
            heat CHỈ_SỐ [--from KỲ_ĐẦU] [--to KỲ_CUỐI]
                 mọi đơn vị × mọi kỳ, tô màu đậm nhạt theo giá trị
            dots CHỈ_SỐ --period KỲ [--target GIÁ_TRỊ]
                 giá trị, kèm khoảng tin cậy Wilson cho các tỷ lệ có số đếm

            Ví dụ:
              parlens chart line pci --unit "Đồng Nai" --unit "Bình Dương"
              parlens chart line pci --unit "Đồng Nai" --fit sen
              parlens chart bar par_index --period 2024 --vs 2022 --parent "Hòa Bình"
              parlens chart heat par_index --level province --top 20
            """
        case .run:
            """
            Đầu ra là chính tài liệu đó, kết quả của mỗi khối đặt ngay sau khối (Markdown), hoặc \
            một báo cáo HTML (-o TỆP.html). Đầu ra không đổi giữa các lần chạy: độ rộng 100 \
            nếu không đặt, không tô màu, không ghi thời điểm chạy. --check TỆP_MONG_ĐỢI.md chạy \
            lại và so với một bản đã lưu: mã thoát 1 nếu có khác biệt, kèm các dòng khác nhau. \
            Lỗi dữ liệu của một lệnh (mã thoát 1, ví dụ `check` tìm thấy lỗi) được ghi trong báo \
            cáo; lỗi cú pháp (một lệnh viết sai) làm lần chạy thất bại với mã thoát 2. Xem \
            notebooks-cli/README.md.

            Ví dụ:
              parlens run notebooks-cli/annual-review.md --format text
              parlens run notebooks-cli/annual-review.md --param year=2023 -o review.html
              parlens run notebooks-cli/data-quality.md --check expected.md
            """
        case .dossiers:
            """
            Một nhật ký được đưa vào bất kỳ lệnh nào bằng --data cũng được tổng hợp theo cách này, \
            cho mọi tháng, quý, 6 tháng, 9 tháng và năm mà nhật ký bao trùm.

            Ví dụ:
              parlens dossiers summarise datasets/synthetic/dam_rong_2022_h1_dossiers.csv
              parlens dossiers summarise LOG.csv --by unit --period 6m -o panel.csv
            """
        case .dossiersSummarise:
            """
            Theo đơn vị (và cấp) và kỳ: dossiers_received (tồn kỳ trước chuyển sang + tiếp nhận mới), \
            dossiers_carried_over, dossiers_online, dossiers_resolved, dossiers_early, dossiers_on_time \
            (trước hạn + đúng hạn), dossiers_late, dossiers_ineligible, dossiers_pending, \
            dossiers_pending_overdue; on_time_rate = đúng hạn / đã giải quyết (như báo cáo của tỉnh), \
            on_time_rate_766 = (đúng hạn + đang giải quyết trong hạn) / (đã giải quyết + đang giải \
            quyết) (QĐ 766), online_filing_rate = trực tuyến / tiếp nhận, late_rate = trễ hạn / đã giải \
            quyết. Một kỳ chỉ được ghi khi nhật ký có đủ mọi tháng của kỳ đó. Hồ sơ lỗi (thiếu giá trị, \
            ngày không đọc được, cấp hoặc hình thức nộp không rõ, trả kết quả hoặc hạn xử lý trước ngày \
            tiếp nhận, mã hồ sơ trùng) bị loại ra và được đếm ở đầu ra lỗi, 10 hồ sơ đầu tiên của mỗi \
            loại kèm vị trí. Định nghĩa: README, mục 'Dossier logs'.

            Ví dụ:
              parlens dossiers summarise datasets/synthetic/dam_rong_2022_h1_dossiers.csv
              parlens dossiers summarise LOG.csv --by unit --period 6m -o panel.csv
              parlens dossiers summarise LOG.csv --period 6m --window-start 15
            """
        case .repl:
            // The session's `help`, narrowed to the help's 80 columns.
            """
            Các lệnh của phiên làm việc:
              load ĐƯỜNG_DẪN… [--metric MÃ]  thêm tệp hoặc thư mục vào dữ liệu của phiên
                                             (--metric: chỉ số của các tệp dạng ngang
                                             không có cột metric, như set metric)
              unload TÊN                     bỏ một tệp hoặc thư mục đã nạp
              set TÊN GIÁ_TRỊ                thiết lập cho mọi lệnh sau đó: format, lang,
                                             locale, width, chart, decimal, ascii, metric
              show settings                  những gì đã nạp và đã thiết lập
              metrics | units | periods      dữ liệu có những gì (help units: các tùy chọn)
              history                        các dòng lệnh của phiên này
              help [LỆNH]                    trợ giúp này, hoặc các tùy chọn của một lệnh
              quit | exit | Ctrl-D           thoát
            Mọi dòng khác là một lệnh parlens không có chữ parlens, ví dụ
              rank par_index --period 2024 --vs 2023 --level province

            Ví dụ:
              parlens repl
              parlens repl --data datasets/seed_figures.csv
              parlens repl --data my-wide-table.csv --metric par_index
              parlens -c "rank par_index --period 2024 --top 5" --data datasets
            """
        }
    }
}
