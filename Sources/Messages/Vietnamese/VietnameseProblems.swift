import Panel

extension Vietnamese {
    /// The message of a problem in an input, as a Vietnamese analyst would write it: what is
    /// wrong, with the cell's text where it helps; figures with a decimal comma.
    static func text(_ problem: Problem) -> String {
        switch problem {
        case .noSuchFile: "không có tệp hoặc thư mục này"
        case .unreadable: "không đọc được tệp này"
        case .emptyFolder: "thư mục không có tệp .csv, .tsv hay .xlsx nào"
        case .unreadableFolder: "không đọc được thư mục này: các tệp dữ liệu trong đó (nếu có) không được nạp"
        case .folderTooLarge(let entries):
            "thư mục có hơn \(number(Double(entries))) mục nên không được đọc (một thư mục dữ liệu nhỏ hơn nhiều)"
        case .notAFile(let kind): "đây là \(name(of: kind)), không phải tệp thông thường nên không được đọc"
        case .tooLarge(let megabytes):
            "tệp lớn hơn \(number(Double(megabytes))) MB, lớn hơn mọi bảng số liệu thông thường"
        case .nulByte: "tệp chứa byte NUL: có vẻ là tệp nhị phân, không phải văn bản CSV hay tệp Excel .xlsx"
        case .damagedWorkbook(let part): "không mở được tệp Excel: tệp bị hỏng" + (part.map { " (thiếu \($0))" } ?? "")
        case .encryptedWorkbook: "tệp Excel được đặt mật khẩu: không đọc được nội dung các ô"
        case .legacyExcel: "đây là tệp Excel 97–2003 (.xls), định dạng parlens không đọc được"
        case .openDocumentSpreadsheet: "đây là bảng tính OpenDocument (.ods), định dạng parlens không đọc được"
        case .noSuchSheet(let name, _): "tệp Excel không có trang tính '\(name)'"
        case .unreadableSheet(let name): "trang tính '\(name)' không có ô nào để đọc (trang biểu đồ?)"
        case .notUTF8(let b):
            "byte 0x\(b < 16 ? "0" : "")\(String(b, radix: 16, uppercase: true)) không hợp lệ trong UTF-8"
        case .emptyFile: "tệp rỗng"
        case .noRows: "tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào"
        case .unknownLayout(let header, let missing):
            "không xác định được tệp chứa gì: dòng tiêu đề có \(header.map { "'\($0)'" }.joined(separator: ", ")); tệp dạng dọc cần \(missing.joined(separator: ", "))"
        case .unterminatedQuote: "một ô trong ngoặc kép bắt đầu ở đây nhưng không được đóng"
        case .textAfterQuote: "phần chữ sau dấu ngoặc kép đóng đã được nối vào ô"
        case .unusedColumn(let name): "cột '\(name)' không phải cột parlens đọc; các ô của cột này bị bỏ qua"
        case .tooManyCells(let count, let width): "dòng này có \(count) ô nhưng dòng tiêu đề có \(width) ô"
        case .tooFewCells(let count, let width):
            "dòng này có \(count) ô nhưng dòng tiêu đề có \(width) ô; các ô thiếu được đọc là ô trống"
        case .ambiguousDecimal(let example, let readAs):
            "không ô nào cho biết tệp dùng dấu thập phân nào; '\(example)' và các ô tương tự được đọc với dấu chấm thập phân (\(example.replacingOccurrences(of: ",", with: "")) → \(readAs.map(number) ?? example))"
        case .decimalFromRange(let example, let readAs, let convention, let metric, let min, let max):
            "không ô nào cho biết tệp dùng dấu thập phân nào; '\(example)' và các ô tương tự được đọc với dấu \(name(of: convention)) thập phân (\(number(readAs))), cách đọc duy nhất giữ \(metric) trong khoảng \(range(min, max))"
        case .mixedDecimal(let point, let comma, let chosen):
            "tệp dùng lẫn hai loại dấu thập phân (\(point) ô dùng dấu chấm, \(comma) ô dùng dấu phẩy); đọc theo dấu \(name(of: chosen)), loại chiếm đa số"
        case .notANumber(let text, let column, let count, _, _):
            "'\(text)' không phải là số ở cột \(column)\(count ? " (số đếm phải là số nguyên)" : "")"
        case .notAWholeNumber(let text, let column): "'\(text)' không phải là số nguyên ở cột \(column)"
        case .missingUnit: "thiếu tên đơn vị"
        case .missingPeriod: "thiếu kỳ báo cáo"
        case .missingMetric: "thiếu chỉ số"
        case .missingMetricID: "thiếu mã chỉ số"
        case .badPeriod(let error): text(error)
        case .badLevel(let text): "'\(text)' không phải là một cấp đơn vị"
        case .badTier(let text): "'\(text)' không phải là cấp tỉnh, cấp huyện hay cấp xã"
        case .badRank(let text): "'\(text)' không phải là một thứ hạng"
        case .rankOfMismatch(let rankOf, let rankCell):
            "cột rank_of ghi \(rankOf) nhưng ô thứ hạng ghi '\(rankCell)'"
        case .emptyObservation:
            "dòng không có giá trị, thứ hạng hay cặp tử số và mẫu số; không đọc được gì từ dòng này"
        case .levelMismatch(let unit, let first, let given):
            "\(unit) đã được nạp là cấp \(text(.level(first))) nhưng ở đây là cấp \(text(.level(given))); giữ cấp đầu tiên"
        case .unknownMetric(let id, let suggestions):
            "chỉ số '\(id)' không có trong danh mục; các giá trị được đọc như số thông thường"
                + (suggestions.isEmpty
                    ? "" : " (có phải là \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?)")
        case .wideWithoutMetric: "bảng dạng ngang này (mỗi kỳ một cột) không cho biết là chỉ số nào"
        case .badKind(let text): "'\(text)' không phải là một loại chỉ số"
        case .badDirection(let text): "'\(text)' không phải là một chiều đánh giá"
        case .incompleteTarget: "một chỉ tiêu cần có đơn vị và chỉ số"
        case .badComparator(let text): "'\(text)' không phải là một phép so sánh"
        case .incompleteCrosswalk:
            "một dòng của bảng chuyển đổi cần có old_province và new_province (hoặc old_unit và new_unit)"
        case .badDossier, .dossiersLeftOut: dossierText(problem)
        case .duplicate(let figure, let first):
            "trùng với \(English.row(first)): \(name(of: figure)) được ghi hai lần với cùng số liệu"
        case .conflictingDuplicate(let figure, let differences, let first):
            "\(name(of: figure)) được ghi hai lần với số liệu khác nhau (\(differences.map(text).joined(separator: ", "))); dòng kia là \(English.row(first))"
        case .outOfRange, .rankBelowOne, .rankExceedsRankOf, .zeroDenominator, .numeratorExceedsDenominator,
            .rateMismatch, .partsDoNotAddUp, .partsExceedTotal, .onTimeAndLateDoNotAddUp, .denominatorIsNotResolved,
            .denominatorIsNotReceived, .rankContradictsScores, .tiedScoresDifferentRanks, .sourceConflict, .gap,
            .unitAfterItsEnd, .unitBeforeItsStart, .mixedBoundaries:
            checkText(problem)
        case .badChange, .badEffectiveDate, .badShare:
            crosswalkText(problem)
        }
    }

    /// What to do about a problem, when there is something to say.
    static func hint(_ problem: Problem) -> String? {
        switch problem {
        case .noSuchFile: "kiểm tra đường dẫn sau --data"
        case .folderTooLarge: "chỉ rõ thư mục chứa các tệp dữ liệu"
        case .notAFile: "dùng một tệp .csv thông thường (lưu luồng dữ liệu ra tệp trước)"
        case .unreadable: "kiểm tra quyền truy cập tệp"
        case .unreadableFolder: "kiểm tra quyền truy cập thư mục"
        case .tooLarge: "tách tệp, hoặc chỉ giữ các dòng và cột cần cho báo cáo"
        case .nulByte: "dùng tệp CSV (UTF-8) hoặc tệp Excel .xlsx"
        case .damagedWorkbook: "mở tệp bằng Excel hoặc LibreOffice rồi lưu lại dưới dạng .xlsx"
        case .encryptedWorkbook:
            "gỡ mật khẩu (Excel: File › Info › Protect Workbook › Encrypt with Password, xoá mật khẩu) rồi lưu lại"
        case .legacyExcel, .openDocumentSpreadsheet:
            "mở tệp bằng Excel hoặc LibreOffice rồi lưu dưới dạng Excel Workbook (.xlsx), hoặc xuất trang tính ra CSV UTF-8"
        case .noSuchSheet(_, let available):
            "các trang tính có: \(available.map { "'\($0)'" }.joined(separator: ", ")); --sheet nhận tên hoặc số thứ tự (1 = trang đầu)"
        case .unreadableSheet: "chọn trang tính có bảng số liệu"
        case .notUTF8: "lưu tệp dạng 'CSV UTF-8'; các bảng mã cũ (TCVN3, VNI, Windows-1258) không được đọc"
        case .emptyFile: "tệp dạng dọc bắt đầu bằng dòng tiêu đề: unit,period,metric,value"
        case .unknownLayout:
            "tệp dạng dọc có các cột unit, period, metric, value; tệp dạng ngang có cột tên đơn vị đầu tiên và mỗi kỳ một cột (2021, 2022, …)"
        case .unterminatedQuote:
            "mỗi dấu \" mở cần một dấu \" đóng; dấu ngoặc kép nằm trong ô được viết thành \"\""
        case .textAfterQuote: "đặt cả ô trong ngoặc kép"
        case .unusedColumn:
            "các cột được đọc: unit, level, parent, tier, period, metric, value, numerator, denominator, rank, rank_of, source, note"
        case .tooManyCells:
            "dấu phân cách nằm trong một giá trị (dấu phẩy thập phân trong tệp phân cách bằng dấu phẩy?) phải được đặt trong ngoặc kép: \"99,17\""
        case .ambiguousDecimal: "dùng --decimal comma nếu tệp viết 99,17 để chỉ chín mươi chín phẩy mười bảy"
        case .decimalFromRange(let example, _, let convention, _, _, _):
            "dùng --decimal \(convention == .point ? "comma" : "point") nếu '\(example)' có nghĩa khác"
        case .mixedDecimal: "các ô viết theo cách kia được báo lỗi; sửa các ô đó hoặc dùng --decimal"
        case .notANumber(let text, _, _, let convention, let readsOtherwise):
            readsOtherwise
                ? "tệp này được đọc với dấu \(name(of: convention)) thập phân; dùng --decimal \(convention == .point ? "comma" : "point") nếu '\(text)' là đúng"
                : "viết số như 99,17, 99.17, 7554 hoặc 7.554; giá trị thiếu để trống, '-' hoặc NA"
        case .missingUnit: "mỗi dòng cần có tên đơn vị"
        case .missingPeriod, .badPeriod: periodForms
        case .missingMetric: "ví dụ: par_index, sipas, online_filing_rate"
        case .badLevel:
            "các cấp: \(UnitLevel.allCases.map(\.rawValue).joined(separator: ", ")) (hoặc tỉnh, huyện, xã, sở, bộ, vùng, cả nước)"
        case .badTier: "các cấp: province, district, commune (hoặc cấp tỉnh, cấp huyện, cấp xã)"
        case .badRank: "viết thứ hạng như 6, 6/63 hoặc hạng 6"
        case .emptyObservation: "ghi giá trị, thứ hạng, hoặc tử số và mẫu số"
        case .unknownMetric:
            "khai báo chỉ số trong tệp metrics.csv đặt cạnh dữ liệu: id,name_vi,name_en,kind,better,min,max"
        case .wideWithoutMetric: "thêm cột 'metric' hoặc dùng --metric MÃ"
        case .badKind: "các loại: \(MetricKind.allCases.map(\.rawValue).joined(separator: ", "))"
        case .badDirection: "higher (cao hơn là tốt hơn), lower (thấp hơn là tốt hơn) hoặc none"
        case .badComparator: "một trong các dấu >=, <=, >, <, ="
        case .duplicate: "xóa một trong hai dòng"
        case .conflictingDuplicate:
            "giữ dòng đúng, hoặc ghi nguồn riêng cho mỗi dòng để `parlens check` liệt kê chúng như một mâu thuẫn giữa các nguồn"
        case .rateMismatch: "một trong ba số liệu bị sai; báo cáo thường làm tròn tỷ lệ đến hai chữ số thập phân"
        case .outOfRange: "kiểm tra lại số liệu; tệp metrics.csv đặt cạnh dữ liệu có thể mở rộng khoảng hợp lệ"
        case .partsDoNotAddUp: "số đã giải quyết + đang giải quyết + không đủ điều kiện phải bằng số tiếp nhận"
        case .denominatorIsNotResolved:
            "nêu rõ tỷ lệ dùng định nghĩa nào (QĐ 766 tính cả hồ sơ đang giải quyết còn trong hạn)"
        case .rankContradictsScores:
            "một điểm số hoặc một thứ hạng bị sai, hoặc hai dòng lấy từ hai bảng xếp hạng khác nhau"
        case .tiedScoresDifferentRanks:
            "điểm công bố đã được làm tròn; bảng xếp hạng có thể dùng nhiều chữ số thập phân hơn"
        case .sourceConflict: "giữ tất cả các dòng; nêu rõ báo cáo dùng nguồn nào"
        case .gap: "thiếu báo cáo, hoặc đơn vị đã đổi tên hay sáp nhập"
        case .emptyFolder, .noRows, .tooFewCells, .notAWholeNumber, .missingMetricID, .rankOfMismatch, .levelMismatch,
            .incompleteTarget, .incompleteCrosswalk, .badDossier, .dossiersLeftOut, .rankBelowOne, .rankExceedsRankOf,
            .zeroDenominator,
            .numeratorExceedsDenominator, .partsExceedTotal, .onTimeAndLateDoNotAddUp, .denominatorIsNotReceived:
            nil
        case .badChange, .badEffectiveDate, .badShare, .unitAfterItsEnd, .unitBeforeItsStart, .mixedBoundaries:
            crosswalkHint(problem)
        }
    }

    /// The forms of period parlens reads.
    static let periodForms =
        "viết kỳ báo cáo như 2022, 2022-H1, H1/2022, 2022-Q3, quý III/2022, 2023-11, tháng 11/2023, 2022-9M, 9T/2022, 6 tháng đầu năm 2022 hoặc 2021-2023"

    static func text(_ error: PeriodParseError) -> String {
        let reason: String =
            switch error.reason {
            case .empty: "ô trống"
            case .notAFourDigitYear(let t): "'\(t)' không phải là năm có bốn chữ số"
            case .yearOutOfRange(let y): "năm \(y) nằm ngoài khoảng 1900–2100"
            case .outOfRange(let part, let t, let range):
                "\(name(of: part)) '\(t)' nằm ngoài khoảng \(range.lowerBound)–\(range.upperBound)"
            case .monthCountOutOfRange(let n): "\(n) tháng nằm ngoài khoảng 1–12"
            case .yearsBackwards(let y0, let y1): "giai đoạn phải đi từ năm trước đến năm sau (\(y0) ≥ \(y1))"
            case .monthsBackwards(let m0?, let m1?): "các tháng phải theo thứ tự tăng dần (\(m0) > \(m1))"
            case .monthsBackwards: "các tháng phải theo thứ tự tăng dần"
            case .unreadable(let t): "không đọc được '\(t)'"
            }
        return "'\(error.text)' không phải là một kỳ báo cáo: \(reason)"
    }

    /// "quý", "tháng", …
    static func name(of part: PeriodParseError.Part) -> String {
        switch part {
        case .quarter: "quý"
        case .month: "tháng"
        case .half: "nửa năm"
        case .day: "ngày"
        case .monthCount: "số tháng"
        }
    }

    /// "một FIFO (đường ống có tên)", "một thiết bị ký tự", …
    static func name(of kind: FileKind) -> String {
        switch kind {
        case .fifo: "một FIFO (đường ống có tên)"
        case .characterDevice: "một thiết bị ký tự"
        case .blockDevice: "một thiết bị khối"
        case .socket: "một socket"
        case .other: "một tệp đặc biệt"
        }
    }

    /// "chấm" or "phẩy".
    static func name(of convention: DecimalConvention) -> String { convention == .point ? "chấm" : "phẩy" }

    /// unit · period · metric · tier, the period as reports write it.
    static func name(of figure: FigureName) -> String {
        var parts = [figure.unit, period(figure.period)]
        if let metric = figure.metric { parts.append(metric) }
        if let tier = figure.tier { parts.append(text(.tier(tier))) }
        return parts.joined(separator: " · ")
    }

    static func text(_ difference: Difference) -> String {
        switch difference {
        case .value(let x, let y): "giá trị \(number(x)) và \(number(y))"
        case .rank(let x, let y): "thứ hạng \(x) và \(y)"
        case .rankOf(let x, let y): "số đơn vị xếp hạng \(x) và \(y)"
        case .numerator(let x, let y): "tử số \(number(x)) và \(number(y))"
        case .denominator(let x, let y): "mẫu số \(number(x)) và \(number(y))"
        }
    }

    /// The words of a compiler-style line: severity and hint.
    static func text(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "lỗi"
        case .warning: "cảnh báo"
        }
    }

    static let hintWord = "gợi ý"
}
