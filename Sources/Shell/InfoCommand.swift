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
        guard output.format != .text else { throw .usage(.infoFormats, hint: nil) }
        let (result, paths) = try data.load(in: env)
        if result.hasErrors {
            let say = output.catalog(in: env)
            writeDiagnostics(result.diagnostics, say, suppressed: result.suppressed, to: env.err)
            env.err(say(.dataHasErrors) + "\n")
            throw .data
        }
        let inventory = Inventory(result.panel)
        let lang = output.lang ?? env.defaultLanguage
        switch output.format {
        case .json:
            env.out(JSON.encode(InfoJSON(inventory, warnings: result.warnings)))
        case .csv:
            throw .usage(.infoHasNoCSV, hint: .infoOtherFormats)
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
