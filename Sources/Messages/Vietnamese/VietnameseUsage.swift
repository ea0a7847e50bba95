extension Vietnamese {
    static func text(_ usage: Usage) -> String {
        switch usage {
        case .analysis(let error): text(error)
        case .infoFormats: English.text(usage)  // vi: untranslated (issue 15)
        case .infoHasNoCSV: English.text(usage)  // vi: untranslated (issue 15)
        case .noSuchPath: English.text(usage)  // vi: untranslated (issue 15)
        case .noDefaultData: English.text(usage)  // vi: untranslated (issue 15)
        case .refusingToOverwrite: English.text(usage)  // vi: untranslated (issue 15)
        case .cannotWrite: English.text(usage)  // vi: untranslated (issue 15)
        case .fromOrVs: English.text(usage)  // vi: untranslated (issue 15)
        case .vsTakes: English.text(usage)  // vi: untranslated (issue 15)
        case .unitOrAll: English.text(usage)  // vi: untranslated (issue 15)
        case .valueWithBy: English.text(usage)  // vi: untranslated (issue 15)
        case .lineChartNeedsUnit: English.text(usage)  // vi: untranslated (issue 15)
        case .barChartNeedsPeriod: English.text(usage)  // vi: untranslated (issue 15)
        case .bumpChartNeedsPeriods: English.text(usage)  // vi: untranslated (issue 15)
        case .dotChartNeedsPeriod: English.text(usage)  // vi: untranslated (issue 15)
        case .commandsNeeded: English.text(usage)  // vi: untranslated (issue 15)
        case .noInput: English.text(usage)  // vi: untranslated (issue 15)
        case .unterminatedQuote: English.text(usage)  // vi: untranslated (issue 15)
        case .showTakesSettings: English.text(usage)  // vi: untranslated (issue 15)
        case .loadTakesPaths: English.text(usage)  // vi: untranslated (issue 15)
        case .metricTakesID: "--metric cần mã chỉ số, ví dụ: load wide.csv --metric par_index"
        case .unloadTakesName: English.text(usage)  // vi: untranslated (issue 15)
        case .notLoaded: English.text(usage)  // vi: untranslated (issue 15)
        case .setTakesNameAndValue: English.text(usage)  // vi: untranslated (issue 15)
        case .formatIsOneOf: English.text(usage)  // vi: untranslated (issue 15)
        case .langIsViOrEn: English.text(usage)  // vi: untranslated (issue 15)
        case .localeIsViOrEn: English.text(usage)  // vi: untranslated (issue 15)
        case .widthIsColumns: English.text(usage)  // vi: untranslated (issue 15)
        case .isOnOrOff: English.text(usage)  // vi: untranslated (issue 15)
        case .decimalIsCommaOrPoint: English.text(usage)  // vi: untranslated (issue 15)
        case .noSetting: English.text(usage)  // vi: untranslated (issue 15)
        case .cannotReadNotebook: English.text(usage)  // vi: untranslated (issue 15)
        case .parameterNotAToken: English.text(usage)  // vi: untranslated (issue 15)
        case .refusingToReplaceNonFile(let path): "không ghi đè \(path): đây không phải là một tệp thông thường"
        case .notebookRunsItself(let path): "sổ tay \(path) đang chạy: một sổ tay không thể tự chạy lại chính nó"
        case .noSuchDataEntry(let path, let index, let count):
            "mục thứ \(index)/\(count) của PARLENS_DATA, \(path), không phải là tệp hay thư mục nào"
        case .outsideNotebook(let path, let notebook):
            "\(path) nằm ngoài phạm vi sổ tay \(notebook) được đọc hoặc ghi (thư mục của sổ tay, dữ liệu truyền cho run, tệp -o)"
        case .notebooksNestTooDeep(let depth): "các sổ tay lồng nhau quá \(depth) cấp; không chạy thêm"
        case .paramTakesNameValue: English.text(usage)  // vi: untranslated (issue 15)
        case .undeclaredParameter(let notebook, let name): "\(notebook) không khai báo tham số '\(name)'"
        case .cannotRead: English.text(usage)  // vi: untranslated (issue 15)
        case .unclosedParameter: English.text(usage)  // vi: untranslated (issue 15)
        case .undefinedParameter: English.text(usage)  // vi: untranslated (issue 15)
        case .echoIsTrueOrFalse(let path, let line, let value):
            "\(path):\(line): echo chỉ nhận true hoặc false, không nhận '\(value)'"
        case .cannotLoadNotebookData: English.text(usage)  // vi: untranslated (issue 15)
        case .notebookCommandFailed: English.text(usage)  // vi: untranslated (issue 15)
        case .typeMoreOfTheName: English.text(usage)  // vi: untranslated (issue 15)
        case .howNamesMatch: English.text(usage)  // vi: untranslated (issue 15)
        case .infoListsUnits: "`parlens units --level L` liệt kê các đơn vị và đơn vị cấp trên"
        case .metricLacksPeriod:
            "kỳ này đọc được, nhưng chỉ số không có số liệu kỳ này (chỉ số khác có thể có): `parlens info` liệt kê các kỳ của từng chỉ số"
        case .infoListsMetrics: English.text(usage)  // vi: untranslated (issue 15)
        case .howPeriodsAreWritten: English.text(usage)  // vi: untranslated (issue 15)
        case .checkSelection: English.text(usage)  // vi: untranslated (issue 15)
        case .compareLikeWithLike(let reversed, let mixedKinds):
            [
                reversed ? "đặt kỳ trước lên trước (--from trong compare và trend, --vs trong rank)" : nil,
                mixedKinds
                    ? "so sánh cùng loại kỳ: quý với quý, 9 tháng đầu năm với 9 tháng đầu năm của năm khác (--vs last-year); dùng --allow-mixed-periods để vẫn so sánh"
                    : nil,
            ].compactMap { $0 }.joined(separator: "; ")
        case .infoOtherFormats: English.text(usage)  // vi: untranslated (issue 15)
        case .dataTakesPaths: English.text(usage)  // vi: untranslated (issue 15)
        case .loadTakesCSV: English.text(usage)  // vi: untranslated (issue 15)
        case .passData: English.text(usage)  // vi: untranslated (issue 15)
        case .chooseAnotherOutput: English.text(usage)  // vi: untranslated (issue 15)
        case .dataVariableHoldsPaths:
            "PARLENS_DATA chứa các đường dẫn dữ liệu cách nhau bởi ':': sửa hoặc bỏ mục này, hoặc dùng --data ĐƯỜNG_DẪN"
        case .allowPath: "để sổ tay dùng được đường dẫn này, chạy với --allow ĐƯỜNG_DẪN"
        case .checkFolder: English.text(usage)  // vi: untranslated (issue 15)
        case .nothingLoaded: English.text(usage)  // vi: untranslated (issue 15)
        case .loaded: English.text(usage)  // vi: untranslated (issue 15)
        case .settingNames: English.text(usage)  // vi: untranslated (issue 15)
        case .settingsList: English.text(usage)  // vi: untranslated (issue 15)
        case .giveMarkdownPath: English.text(usage)  // vi: untranslated (issue 15)
        case .recordFirst: English.text(usage)  // vi: untranslated (issue 15)
        case .writeParameter: English.text(usage)  // vi: untranslated (issue 15)
        case .declareParameter: English.text(usage)  // vi: untranslated (issue 15)
        case .knownParameters: English.text(usage)  // vi: untranslated (issue 15)
        case .declaredParameters(let names):
            names.isEmpty
                ? "tệp chưa khai báo tham số nào; tham số được khai báo ở phần đầu tệp, mục params:"
                : "các tham số đã khai báo: \(names.joined(separator: ", "))"
        }
    }
}
