import Analysis
import Panel

extension Vietnamese {
    static func text(_ omission: Omission) -> String {
        switch omission {
        case .failed(let test, let error): "\(name(of: test)): \(reason(error))"
        case .tooFewUnits(let test, let needed, let got):
            "\(name(of: test)): cần ít nhất \(needed) đơn vị có số liệu ở cả hai kỳ, chỉ có \(got)"
        case .tooFewPoints(let needed, let got):
            "chỉ có \(got) kỳ số liệu: kiểm định xu hướng cần ít nhất \(needed) kỳ"
        case .flatLine: "mọi giá trị bằng nhau: đường xu hướng nằm ngang và không có giá trị p"
        case .percentChangeOfRank: "thay đổi %: thay đổi thứ hạng tính bằng bậc, không tính bằng phần trăm"
        }
    }

    /// A test's short name, as the notes of omissions give it.
    static func name(of test: StatisticalTest) -> String {
        switch test {
        case .pairedT: "kiểm định t ghép cặp"
        case .wilcoxon: "Wilcoxon"
        case .pearson: "Pearson"
        case .spearman: "Spearman"
        case .kendall: "Kendall"
        case .ols: "OLS"
        case .mannKendall: "Mann–Kendall"
        case .sen: "hệ số góc Sen"
        }
    }

    static func text(_ error: AnalysisError) -> String {
        switch error {
        case .unknownMetric(let query, let suggestions):
            "không có chỉ số '\(query)'" + didYouMean(suggestions)
        case .unknownUnit(let error):
            text(error)
        case .unknownPeriod(let query, .unreadable, let suggestions):
            "không đọc được kỳ báo cáo '\(query)'" + didYouMean(suggestions)
        case .unknownPeriod(let query, .noFigures(let metric), let suggestions):
            "\(metric) không có số liệu cho kỳ '\(query)'" + didYouMean(suggestions)
        case .noData(.noFigures(let metric, let periods)):
            periods.isEmpty
                ? "không có số liệu \(metric) trong phạm vi đã chọn"
                : "không có số liệu \(metric) của \(periods.map(period).joined(separator: " hoặc ")) trong phạm vi đã chọn"
        case .noData(.noFiguresOfEither(let first, let second, let p)):
            "không có số liệu \(first) hay \(second) của \(period(p)) trong phạm vi đã chọn"
        case .noData(.noTargets(let metric)):
            "chưa có chỉ tiêu cho \(metric): dùng --value GIÁ_TRỊ --by KỲ, hoặc thêm tệp chỉ tiêu"
        case .noData(.unitHasNoFigures(let unit, let metric)):
            "\(unit) không có số liệu \(metric)"
        case .noData(.partOfSuccessor(let unit, let successors, let effective, let metric, let p)):
            "\(unit) thuộc \(names(successors)) từ \(date(effective))"
                + (p.map { ": không có số liệu \(metric) \(period($0))" }
                    ?? ", và dữ liệu không có đơn vị nào tên như vậy")
                + "; hãy chọn \(successors.map { "--unit '\($0)'" }.joined(separator: " hoặc ")) (`compare --basis new` đặt đơn vị đó cạnh các đơn vị cũ hợp thành)"
        case .incomparablePeriods(let earlier, let later, let reversed, let mixedKinds):
            "không so sánh được \(period(earlier)) với \(period(later)): "
                + [
                    reversed ? "\(period(earlier)) ở sau \(period(later))" : nil,
                    mixedKinds
                        ? "\(period(earlier)) là \(text(.periodKind(earlier))), còn \(period(later)) là \(text(.periodKind(later))): hai kỳ khác loại"
                        : nil,
                ].compactMap { $0 }.joined(separator: "; ")
        }
    }

    static func text(_ error: LookupError) -> String {
        switch error {
        case .notFound(let query, let suggestions):
            "không có đơn vị nào khớp với '\(query)'" + didYouMean(suggestions)
        case .ambiguous(let query, let candidates):
            "'\(query)' khớp với \(candidates.count) đơn vị: \(candidates.map { text(.qualifiedUnit($0)) }.joined(separator: "; ")); thêm --level hoặc --parent, hoặc gõ thêm tên"
        case .unknownParent(let query, let suggestions):
            "không có đơn vị nào trực thuộc '\(query)'" + didYouMean(suggestions)
        }
    }

    /// "; có phải là 'Hà Nội'?", or nothing.
    static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "; có phải là \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
    }

    static func text(_ conflict: MetricView.Conflict) -> String {
        "\(conflict.unitName) \(period(conflict.period)): dùng \(number(conflict.used)) (\(conflict.usedAt.file):\(conflict.usedAt.line)); "
            + "\(conflict.otherAt.file):\(conflict.otherAt.line) ghi \(number(conflict.other))"
    }
}
