import Analysis
import Panel

extension Vietnamese {
    static func text(_ phrase: Phrase) -> String {
        switch phrase {
        case .metricName(let metric):
            metric.nameVi
        case .rankTitle(let metric, let period, let versus, let level, let tier):
            Notation.title(
                "\(metric.nameVi) · \(self.period(period))" + (versus.map { comparedWith(period, $0) } ?? ""),
                title(level),
                tier.map { text(.tier($0)) } ?? "", text(.rule(metric.better)))
        case .compareTitle(let metric, let from, let to, let level, let tier):
            Notation.title(
                "\(metric.nameVi) · \(self.period(from)) → \(self.period(to))", title(level),
                tier.map { text(.tier($0)) } ?? "", text(.rule(metric.better))
            )
        case .correlateTitle(let first, let second, let period, let level, let n):
            Notation.title("\(first) ~ \(second) · \(self.period(period))", title(level), "n = \(n)")
        case .summaryTitle(let metric, let period, let level):
            Notation.title("\(metric.nameVi) · \(self.period(period))", title(level))
        case .trendTitle(let metric, let unit, let first, let last, let n):
            "\(metric.nameVi) · \(unit)\(span(first, last)) · n = \(n)"
        case .trendTableTitle(let metric, let level):
            Notation.title("\(metric.nameVi) · Xu hướng", title(level))
        case .targetsTitle(let metric):
            "\(metric.nameVi) · chỉ tiêu"
        case .changeChartTitle(let metric, let from, let to):
            "\(metric.nameVi) · \(self.period(from)) → \(self.period(to)) (\(text(.changeUnit(metric.kind))))"
        case .periodChartTitle(let metric, let period):
            "\(metric.nameVi) · \(self.period(period))"
        case .reconstructedUnit(let unit):
            "\(unit) (tính lại)"
        case .rankChartTitle(let metric):
            "\(metric.nameVi) · Hạng"
        case .infoTitle(let version, let paths, let files):
            "parlens \(version) · \(paths.joined(separator: ", ")) · \(files) tệp"
        case .checkTitle(let paths, let observations):
            "parlens check · \(paths.joined(separator: ", ")) · \(observations) số quan sát"
        case .problems(let severity, let count):
            switch severity {
            case .error: "Lỗi (\(count))"
            case .warning: "Cảnh báo (\(count))"
            }
        case .perYear(let value):
            "\(value) mỗi năm"
        case .forecast(let period):
            "Dự báo \(self.period(period))"
        case .rankAmong(let n):
            "Hạng trong \(n) có số liệu"
        case .previousRankAmong(let n):
            "Hạng kỳ trước (\(n) có số liệu)"
        case .targetShortfall(let amount):
            "còn cách \(amount)"
        case .targetMargin(let amount, let comparator):
            switch comparator {
            case .atLeast, .above: "vượt \(amount)"
            case .atMost, .below: "thấp hơn \(amount)"
            case .equal: "đúng chỉ tiêu"
            }
        case .levelCount(let level, let count):
            "\(text(.level(level))) \(count)"
        case .qualifiedUnit(let unit):
            unit.level == nil && unit.parent == nil
                ? unit.name
                : "\(unit.name) (\([unit.level.map { text(.level($0)) }, unit.parent.map { "thuộc \($0)" }].compactMap { $0 }.joined(separator: ", ")))"
        case .dossierPanelTitle(let paths, let figures):
            "parlens dossiers summarise · \(paths.joined(separator: ", ")) · \(figures) số liệu"
        case .dossierPanelWritten(let figures, let units, let periods, let file):
            "đã ghi \(number(Double(figures))) số liệu (\(units) đơn vị × \(periods) kỳ) vào \(file)"
        case .periodKindCount(let kind, let count):
            "\(count) \(text(.periodKinds(kind)))"
        }
    }

    /// A level in a title: its name, or nothing (``Notation/title(_:)`` leaves it out).
    static func title(_ level: UnitLevel?) -> String {
        level.map { text(.level($0)) } ?? ""
    }

    /// " · first–last" of a series, or nothing for an empty one.
    static func span(_ first: Period?, _ last: Period?) -> String {
        guard let first, let last else { return "" }
        // Years as numbers ("2016–2024"); other periods in words, spaced ("quý I/2021 – quý IV/2024").
        if first.kind == .year, last.kind == .year { return " · \(first.year)–\(last.year)" }
        return " · \(period(first)) – \(period(last))"
    }

    /// " so với năm 2023", or " so với cùng kỳ năm trước" for the same months a year earlier.
    static func comparedWith(_ period: Period, _ earlier: Period) -> String {
        period.kind != .year && earlier == period.sameLastYear
            ? " so với cùng kỳ năm trước" : " so với \(self.period(earlier))"
    }
}
