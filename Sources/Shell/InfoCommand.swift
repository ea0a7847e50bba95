import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering

struct Info: Command {
    static let configuration = CommandConfiguration(
        abstract: "What the data holds: observations, units by level, periods, metrics, files, warnings.")

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func execute(in env: Environment) throws(CommandFailure) {
        guard output.format != .text else { throw .usage("info writes table, markdown or json", hint: nil) }
        let (result, paths) = try data.load(in: env)
        if result.hasErrors {
            writeDiagnostics(result.diagnostics, suppressed: result.suppressed, to: env.err)
            env.err("parlens: the data has errors; `parlens check` lists everything it finds\n")
            throw .data
        }
        let inventory = Inventory(result.panel)
        let lang = output.lang ?? env.defaultLanguage
        switch output.format {
        case .json:
            env.out(JSON.encode(InfoJSON(inventory, warnings: result.warnings)))
        case .csv:
            throw .usage("info has no CSV form", hint: "use --format table, markdown, html or json")
        case .html:
            var report = HTMLReport(title: "parlens info", language: lang.rawValue)
            report.add(
                preformatted: InfoReport(inventory: inventory, warnings: result.warnings, paths: paths, lang: lang)
                    .render(style: .box, width: env.width(output.width)))
            env.out(report.rendered)
        case .table, .markdown, .text:
            let style: TableStyle = output.format == .markdown ? .markdown : .box
            env.out(
                InfoReport(inventory: inventory, warnings: result.warnings, paths: paths, lang: lang).render(
                    style: style, width: env.width(output.width)))
        }
    }
}

struct InfoJSON: Encodable {
    struct UnitJSON: Encodable {
        var name: String
        var level: String?
        var parent: String?
        var observations: Int
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(level, forKey: .level)
            try c.encode(parent, forKey: .parent)
            try c.encode(observations, forKey: .observations)
        }
        enum CodingKeys: String, CodingKey { case name, level, parent, observations }
    }

    struct MetricJSON: Encodable {
        var id: String
        var name: String
        var kind: String
        var better: String
        var inCatalog: Bool
        var observations: Int
        var units: Int
        var periods: [String]
        var min: Double?
        var max: Double?
    }

    struct FileJSON: Encodable {
        var path: String
        var kind: String
        var rows: Int
        var delimiter: String
        var decimal: String
        var bom: Bool
    }

    var observations: Int
    var units: [UnitJSON]
    var unitsByLevel: [String: Int]
    var periods: [String]
    var metrics: [MetricJSON]
    var targets: Int
    var files: [FileJSON]
    var warnings: [JSON.Problem]

    init(_ inv: Inventory, warnings: [Diagnostic]) {
        observations = inv.observations
        units = inv.units.map {
            UnitJSON(name: $0.name, level: $0.level?.rawValue, parent: $0.parent, observations: $0.observations)
        }
        unitsByLevel = Dictionary(
            uniqueKeysWithValues: inv.unitsByLevel.map { ($0.level?.rawValue ?? "unknown", $0.count) })
        periods = inv.periods.map(\.description)
        metrics = inv.metrics.map {
            MetricJSON(
                id: $0.metric.id, name: $0.metric.nameEn, kind: $0.metric.kind.rawValue,
                better: $0.metric.better.rawValue,
                inCatalog: $0.known, observations: $0.observations, units: $0.units,
                periods: $0.periods.map(\.description),
                min: $0.summary?.min, max: $0.summary?.max)
        }
        targets = inv.targets
        files = inv.files.map {
            FileJSON(
                path: $0.path, kind: $0.kind.rawValue, rows: $0.records, delimiter: $0.delimiter,
                decimal: $0.decimal.rawValue, bom: $0.hadBOM)
        }
        self.warnings = warnings.map(JSON.Problem.init)
    }
}

/// The `info` report as tables (pure: strings in, string out).
struct InfoReport {
    var inventory: Inventory
    var warnings: [Diagnostic]
    var paths: [String]
    var lang: Language

    func n(_ x: Int) -> String { NumberFormat.count(x, locale: lang.numberLocale) }
    func x(_ v: Double) -> String {
        let decimals = v == v.rounded() ? 0 : 2
        return NumberFormat.format(v, decimals: decimals, locale: lang.numberLocale)
    }

    static let plural: [Period.Kind: String] = [
        .year: "years", .half: "halves", .quarter: "quarters", .month: "months", .cumulative: "cumulative",
        .years: "multi-year spans", .monthRange: "month ranges", .day: "days",
    ]

    func render(style: TableStyle, width: Int) -> String {
        let inv = inventory
        var out = ""
        let title =
            "parlens \(Parlens.version) · \(paths.joined(separator: ", ")) · \(n(inv.files.count)) \(lang("Files").lowercased())"
        let levels = inv.unitsByLevel.map { "\(lang($0.level?.rawValue ?? "no level")) \(n($0.count))" }.joined(
            separator: " · ")
        let kinds = inv.periodsByKind.map { "\(n($0.count)) \(lang(Self.plural[$0.kind] ?? $0.kind.rawValue))" }.joined(
            separator: ", ")
        let span = inv.periods.first.map { first in "\(first) … \(inv.periods.last ?? first)" } ?? "—"
        var facts: [[String]] = [
            [
                lang("Observations"),
                "\(n(inv.observations)) (\(n(inv.withCounts)) \(lang("with counts")), \(n(inv.rankOnly)) \(lang("rank only")))",
            ],
            [lang("Units"), "\(n(inv.units.count)): \(levels)"],
            [lang("Periods"), "\(n(inv.periods.count)), \(span): \(kinds)"],
            [
                lang("Metrics"),
                "\(n(inv.metrics.count)) (\(n(inv.metrics.count { !$0.known })) \(lang("not in catalog")))",
            ],
            [
                lang("Sources"),
                "\(n(inv.corroborated)) \(lang("figures given by more than one row (`check` lists those that disagree)"))",
            ],
        ]
        if inv.targets > 0 { facts.append([lang("Targets"), n(inv.targets)]) }
        if inv.crosswalk.entries > 0 {
            facts.append([
                lang("Crosswalk 2025"),
                "\(n(inv.crosswalk.entries)) → \(n(inv.crosswalk.newProvinces)) \(lang("provinces, effective")) \(inv.crosswalk.effective.joined(separator: ", "))",
            ])
        }
        out += Table(title: title, columns: [.init(""), .init("", wraps: true)], rows: facts).renderWithoutHeader(
            style: style, width: width)
        out += "\n"
        let metricRows = inv.metrics.map { m -> [String] in
            let range = m.summary.map { $0.min == $0.max ? x($0.min) : "\(x($0.min)) – \(x($0.max))" } ?? "—"
            let periods: String
            switch m.periods.count {
            case 0: periods = "—"
            case 1: periods = m.periods[0].description
            default: periods = "\(m.periods[0]) … \(m.periods[m.periods.count - 1]) (\(n(m.periods.count)))"
            }
            return [
                m.metric.id + (m.known ? "" : " *"), lang(m.metric.kind.rawValue), lang(m.metric.better.rawValue),
                n(m.observations), n(m.units), periods, range,
            ]
        }
        out += Table(
            title: lang("Metrics"),
            columns: [
                .init(lang("Metric")), .init(lang("Kind")), .init(lang("Better")), .init(lang("Obs."), .right),
                .init(lang("Units"), .right), .init(lang("Periods"), wraps: true), .init(lang("Range"), .right),
            ],
            rows: metricRows,
            footer: inv.metrics.contains { !$0.known }
                ? ["* \(lang("not in catalog")): read as plain numbers; define it in metrics.csv"] : []
        ).render(style: style, width: width)
        out += "\n"
        out += Table(
            title: lang("Files"),
            columns: [
                .init(lang("File"), wraps: true), .init(lang("Layout")), .init(lang("Rows"), .right),
                .init(lang("Delimiter")), .init(lang("Decimal")),
            ],
            rows: inv.files.map {
                [
                    $0.path, $0.kind.rawValue, n($0.records), lang($0.delimiter) + ($0.hadBOM ? " + BOM" : ""),
                    lang($0.decimal.rawValue),
                ]
            }
        ).render(style: style, width: width)
        if !warnings.isEmpty {
            out += "\n\(lang("Warnings")): \(n(warnings.count)) — "
            let byCode = Dictionary(grouping: warnings, by: \.code).map { "\($0.key) \(n($0.value.count))" }.sorted()
            out += byCode.joined(separator: ", ") + " (`parlens check` shows them)\n"
        }
        return out
    }
}

extension Table {
    /// A two-column key/value table without a header row.
    func renderWithoutHeader(style: TableStyle, width: Int) -> String {
        if style == .markdown {
            var t = self
            t.columns = [.init(rows.isEmpty ? "" : " "), .init(" ")]
            return t.render(style: .markdown, width: width)
        }
        let text = render(style: style, width: width)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Drop the empty header line and the rule under it.
        let start = title == nil ? 1 : 2
        if lines.count > start + 1 { lines.removeSubrange(start...(start + 1)) }
        return lines.joined(separator: "\n")
    }
}
