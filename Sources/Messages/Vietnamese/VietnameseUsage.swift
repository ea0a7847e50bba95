extension Vietnamese {
    static func text(_ usage: Usage) -> String {
        switch usage {
        case .analysis(let error): text(error)
        case .infoFormats: "info ghi ra dạng table, markdown hoặc json"
        case .infoHasNoCSV: "info không có dạng CSV"
        case .workbookNeedsFile(let inSession):
            inSession
                ? "--format xlsx ghi ra một tệp Excel nhị phân, còn kết quả của phiên làm việc là văn bản: hãy cho -o TỆP.xlsx"
                : "--format xlsx ghi ra một tệp Excel nhị phân, màn hình không hiển thị được: hãy cho -o TỆP.xlsx (hoặc chuyển kết quả vào một tệp: > TỆP.xlsx)"
        case .chartHasNoWorkbook:
            "biểu đồ là hình vẽ, không có bảng để ghi ra tệp Excel: các số liệu của nó ghi được bằng rank, trend, compare hoặc summary với --format xlsx"
        case .nothingForWorkbook: "không có gì để ghi vào tệp Excel: không lệnh nào ghi ra bảng"
        case .noSuchPath(let path): "không có tệp hoặc thư mục: \(path)"
        case .standardInputHoldsCommands:
            "--data - đọc số liệu từ đầu vào chuẩn, nhưng ở đây đầu vào chuẩn chứa các lệnh của phiên làm việc"
        case .standardInputIsTerminal: "--data - đọc số liệu từ đầu vào chuẩn, nhưng ở đây đầu vào chuẩn là cửa sổ lệnh"
        case .standardInputTwice: "--data - được ghi hai lần: đầu vào chuẩn chỉ đọc được một lần"
        case .standardInputUnusable(let limit?): "đầu vào chuẩn dài hơn \(limit): quá lớn để đọc làm số liệu"
        case .standardInputUnusable(nil): "không đọc được đầu vào chuẩn"
        case .noDefaultData: "không có dữ liệu để nạp: không có thư mục ./datasets và chưa đặt biến PARLENS_DATA"
        case .windowStartOutOfRange(let day):
            "--window-start nhận một ngày trong tháng từ 1 đến 28 (15: từ ngày 15 tháng trước đến ngày 14), không phải \(day)"
        case .dossiersFormats: "dossiers summarise ghi ra dạng csv (mặc định), table, markdown hoặc html"
        case .notADossierLog(let path):
            "không phải sổ hồ sơ một cửa: \(path) (dòng tiêu đề cần có mã hồ sơ, đơn vị tiếp nhận, ngày tiếp nhận và hạn xử lý, ví dụ Mã hồ sơ, Đơn vị tiếp nhận, Ngày tiếp nhận, Hạn xử lý)"
        case .refusingToOverwrite(let path): "không ghi đè lên tệp đầu vào: \(path)"
        case .cannotWrite(let path, let reason): "không ghi được \(path): \(reason)"
        case .fromOrVs: "dùng --from KỲ hoặc --vs previous|last-year"
        case .vsTakes(let word):
            "--vs nhận kỳ-trước (previous) hoặc cùng-kỳ (cùng kỳ năm trước, last-year), không nhận '\(word)'"
        case .weightNeedsNewBasis: "--weight tính lại theo địa giới mới: dùng cùng --basis new hoặc --basis both"
        case .trendBasisIsNewWithUnit:
            "trend --basis chỉ nhận mới (new), cùng --unit: chuỗi số liệu của đơn vị mới theo địa giới mới"
        case .unitOrAll: "dùng --unit TÊN hoặc --all"
        case .valueWithBy: "--value và --by phải đi cùng nhau"
        case .lineChartNeedsUnit: "biểu đồ đường cần --unit TÊN (có thể lặp lại)"
        case .barChartNeedsPeriod: "biểu đồ cột cần --period KỲ"
        case .bumpChartNeedsPeriods: "biểu đồ thay đổi thứ hạng cần --from KỲ_ĐẦU --to KỲ_CUỐI"
        case .dotChartNeedsPeriod: "biểu đồ điểm cần --period KỲ"
        case .commandsNeeded: "-c cần các lệnh để chạy, ví dụ -c \"info; check\""
        case .noInput: "không có đầu vào để đọc lệnh"
        case .unterminatedQuote(let quote): "thiếu dấu \(quote == "'" ? "nháy đơn" : "ngoặc kép") đóng"
        case .showTakesSettings: "show nhận một từ: settings"
        case .loadTakesPaths: "load nhận một hoặc nhiều tệp hay thư mục"
        case .metricTakesID: "--metric cần mã chỉ số, ví dụ: load wide.csv --metric par_index"
        case .unloadTakesName: "unload nhận tên một tệp hay thư mục đã nạp"
        case .notLoaded(let name): "'\(name)' chưa được nạp"
        case .setTakesNameAndValue: "set nhận một tên và một giá trị, ví dụ set format markdown"
        case .formatIsOneOf(let formats): "format là một trong \(formats.joined(separator: ", "))"
        case .langIsViOrEn: "lang là vi hoặc en"
        case .localeIsViOrEn: "locale là vi hoặc en"
        case .widthIsColumns: "width là số cột, ít nhất là 20"
        case .isOnOrOff(let key): "\(key) là on hoặc off"
        case .decimalIsCommaOrPoint: "decimal là comma (phẩy) hoặc point (chấm)"
        case .noSetting(let key): "không có thiết lập '\(key)'"
        case .cannotReadNotebook(let path): "không đọc được sổ tay \(path)"
        case .parameterNotAToken(let name, let value):
            "tham số \(name) = '\(value)' chứa ';', dấu nháy, dấu gạch chéo ngược hoặc dấu xuống dòng: một tham số là một giá trị trong lệnh, không bao giờ là nội dung lệnh"
        case .refusingToReplaceNonFile(let path): "không ghi đè \(path): đây không phải là một tệp thông thường"
        case .notebookRunsItself(let path): "sổ tay \(path) đang chạy: một sổ tay không thể tự chạy lại chính nó"
        case .noSuchDataEntry(let path, let index, let count):
            "mục thứ \(index)/\(count) của PARLENS_DATA, \(path), không phải là tệp hay thư mục nào"
        case .outsideNotebook(let path, let notebook):
            "\(path) nằm ngoài phạm vi sổ tay \(notebook) được đọc hoặc ghi (thư mục của sổ tay, dữ liệu truyền cho run, tệp -o)"
        case .notebooksNestTooDeep(let depth): "các sổ tay lồng nhau quá \(depth) cấp; không chạy thêm"
        case .paramTakesNameValue(let text): "--param nhận TÊN=GIÁ_TRỊ, nhưng nhận được '\(text)'"
        case .undeclaredParameter(let notebook, let name): "\(notebook) không khai báo tham số '\(name)'"
        case .cannotRead(let path): "không đọc được \(path)"
        case .unclosedParameter(let path, let line): "\(path):\(line): '${' thiếu dấu '}' đóng"
        case .undefinedParameter(let path, let line, let name): "\(path):\(line): tham số ${\(name)} chưa được khai báo"
        case .langIsViOrEnAt(let path, let line, let value):
            "\(path):\(line): lang nhận vi hoặc en, không nhận '\(value)'"
        case .echoIsTrueOrFalse(let path, let line, let value):
            "\(path):\(line): echo chỉ nhận true hoặc false, không nhận '\(value)'"
        case .cannotLoadNotebookData(let said): "không nạp được dữ liệu của sổ tay: \(said)"
        case .notebookCommandFailed(let path): "\(path): một lệnh trong sổ tay bị lỗi (xem báo cáo)"
        case .typeMoreOfTheName: "thêm --level hoặc --parent, hoặc gõ thêm tên"
        case .howNamesMatch: "tên được so khớp không phân biệt dấu và bỏ qua 'tỉnh', 'huyện', …"
        case .infoListsUnits: "`parlens units --level L` liệt kê các đơn vị và đơn vị cấp trên"
        case .metricLacksPeriod:
            "kỳ này đọc được, nhưng chỉ số không có số liệu kỳ này (chỉ số khác có thể có): `parlens info` liệt kê các kỳ của từng chỉ số"
        case .infoListsMetrics: "`parlens info` liệt kê các chỉ số có trong dữ liệu"
        case .howPeriodsAreWritten: "kỳ báo cáo được viết như 2024, 2024-H1, 2024-Q3, 2024-09, 9 tháng 2024, …"
        case .checkSelection: "kiểm tra --level, --parent và --tier, hoặc dùng `parlens info`"
        case .compareLikeWithLike(let reversed, let mixedKinds):
            [
                reversed ? "đặt kỳ trước lên trước (--from trong compare và trend, --vs trong rank)" : nil,
                mixedKinds
                    ? "so sánh cùng loại kỳ: quý với quý, 9 tháng đầu năm với 9 tháng đầu năm của năm khác (--vs last-year); dùng --allow-mixed-periods để vẫn so sánh"
                    : nil,
            ].compactMap { $0 }.joined(separator: "; ")
        case .infoOtherFormats: "dùng --format table, markdown, html hoặc json"
        case .dataTakesPaths: "--data nhận một tệp CSV, một tệp Excel (.xlsx) hoặc một thư mục chứa các tệp đó"
        case .pipeOrSaveData:
            "chuyển tệp vào đầu vào chuẩn (parlens info --data - < so-lieu.csv) hoặc ghi thẳng tên tệp: --data so-lieu.csv"
        case .loadTakesCSV: "load nhận một tệp CSV, một tệp Excel (.xlsx) hoặc một thư mục chứa các tệp đó"
        case .passData: "dùng --data ĐƯỜNG_DẪN (một tệp CSV, một tệp Excel .xlsx hoặc một thư mục)"
        case .chooseAnotherOutput: "chọn tên khác cho -o"
        case .dataVariableHoldsPaths:
            "PARLENS_DATA chứa các đường dẫn dữ liệu cách nhau bởi ':': sửa hoặc bỏ mục này, hoặc dùng --data ĐƯỜNG_DẪN"
        case .allowPath: "để sổ tay dùng được đường dẫn này, chạy với --allow ĐƯỜNG_DẪN"
        case .checkFolder: "kiểm tra thư mục có tồn tại và ghi được không"
        case .nothingLoaded: "chưa có gì được nạp bằng `load`"
        case .loaded(let names): "đã nạp: \(names.joined(separator: ", "))"
        case .settingNames(let names): "các tên: \(names.joined(separator: ", "))"
        case .settingsList(let names): "các thiết lập: \(names.joined(separator: ", "))"
        case .giveMarkdownPath: "chỉ đường dẫn của một tệp Markdown"
        case .recordFirst(let notebook, let expected): "ghi bản kết quả trước: parlens run \(notebook) -o \(expected)"
        case .writeParameter: "viết ${TÊN}"
        case .declareParameter(let name):
            "khai báo tham số trong phần đầu sổ tay (params:) hoặc dùng --param \(name)=GIÁ_TRỊ"
        case .knownParameters(let names, let name):
            "các tham số đã khai báo: \(names.joined(separator: ", ")); hoặc dùng --param \(name)=GIÁ_TRỊ"
        case .declaredParameters(let names):
            names.isEmpty
                ? "tệp chưa khai báo tham số nào; tham số được khai báo ở phần đầu tệp, mục params:"
                : "các tham số đã khai báo: \(names.joined(separator: ", "))"
        }
    }
}
