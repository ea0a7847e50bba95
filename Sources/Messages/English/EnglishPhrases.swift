import Analysis
import Panel

extension English {
    static func text(_ phrase: Phrase) -> String {
        switch phrase {
        case .metricName(let metric):
            metric.nameEn
        case .rankTitle(let metric, let period, let versus, let level, let tier):
            Notation.title(
                "\(metric.nameEn) · \(self.period(period))" + (versus.map { " vs \(self.period($0))" } ?? ""),
                title(level),
                tier.map { text(.tier($0)) } ?? "", text(.rule(metric.better)))
        case .compareTitle(let metric, let from, let to, let level, let tier):
            Notation.title(
                "\(metric.nameEn) · \(self.period(from)) → \(self.period(to))", title(level),
                tier.map { text(.tier($0)) } ?? "", text(.rule(metric.better))
            )
        case .correlateTitle(let first, let second, let period, let level, let n):
            Notation.title("\(first) ~ \(second) · \(self.period(period))", title(level), "n = \(n)")
        case .summaryTitle(let metric, let period, let level):
            Notation.title("\(metric.nameEn) · \(self.period(period))", title(level))
        case .trendTitle(let metric, let unit, let first, let last, let n):
            "\(metric.nameEn) · \(unit)\(span(first, last)) · n = \(n)"
        case .trendTableTitle(let metric, let level):
            Notation.title("\(metric.nameEn) · Trend", title(level))
        case .targetsTitle(let metric):
            "\(metric.nameEn) · targets"
        case .changeChartTitle(let metric, let from, let to):
            "\(metric.nameEn) · \(self.period(from)) → \(self.period(to)) (\(text(.changeUnit(metric.kind))))"
        case .periodChartTitle(let metric, let period):
            "\(metric.nameEn) · \(self.period(period))"
        case .reconstructedUnit(let unit):
            "\(unit) (reconstructed)"
        case .rankChartTitle(let metric):
            "\(metric.nameEn) · Rank"
        case .infoTitle(let version, let paths, let files):
            "parlens \(version) · \(paths.joined(separator: ", ")) · \(files) \(files == "1" ? "file" : "files")"
        case .checkTitle(let paths, let observations):
            "parlens check · \(paths.joined(separator: ", ")) · \(observations) \(observations == "1" ? "observation" : "observations")"
        case .problems(let severity, let count):
            switch severity {
            case .error: "Errors (\(count))"
            case .warning: "Warnings (\(count))"
            }
        case .perYear(let value):
            "\(value) per year"
        case .forecast(let period):
            "Forecast \(self.period(period))"
        case .rankAmong(let n):
            "Rank among \(n) with data"
        case .previousRankAmong(let n):
            "Prev. rank (\(n) with data)"
        case .targetShortfall(let amount):
            "\(amount) to go"
        case .targetMargin(let amount, let comparator):
            switch comparator {
            case .atLeast, .above: "\(amount) above"
            case .atMost, .below: "\(amount) below"
            case .equal: "on target"
            }
        case .levelCount(let level, let count):
            "\(text(.level(level))) \(count)"
        case .qualifiedUnit(let unit):
            unit.level == nil && unit.parent == nil
                ? unit.name
                : "\(unit.name) (\([unit.level.map { text(.level($0)) }, unit.parent].compactMap { $0 }.joined(separator: ", ")))"
        case .dossierPanelTitle(let paths, let figures):
            "parlens dossiers summarise · \(paths.joined(separator: ", ")) · \(figures) \(figures == "1" ? "figure" : "figures")"
        case .dossierPanelWritten(let figures, let units, let periods, let file):
            "wrote \(figures) figures (\(units) \(units == 1 ? "unit" : "units") × \(periods) \(periods == 1 ? "period" : "periods")) to \(file)"
        case .periodKindCount(let kind, let count):
            count == "1" ? "1 \(singular(kind))" : "\(count) \(text(.periodKinds(kind)))"
        }
    }

    /// One period of a kind, for "1 half" beside "2 halves".
    static func singular(_ kind: Period.Kind) -> String {
        switch kind {
        case .year: "year"
        case .half: "half"
        case .quarter: "quarter"
        case .month: "month"
        case .cumulative: "cumulative period"
        case .years: "multi-year span"
        case .monthRange: "month range"
        case .day: "day"
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
}
