import ArgumentParser
import Foundation
import Messages
import Panel
import Rendering

extension DossierPeriod: ExpressibleByArgument {}

/// What a log's counts are split by: the unit, or the unit and the tier.
enum DossierGrouping: String, ExpressibleByArgument, CaseIterable, Sendable {
    case unit
    case unitTier = "unit,tier"

    init?(argument: String) {
        let parts = Set(argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        switch parts {
        case ["unit"]: self = .unit
        case ["unit", "tier"]: self = .unitTier
        default: return nil
        }
    }
}

/// `parlens dossiers summarise LOG…`: the tidy panel of a dossier log's counts and rates.
struct DossiersSummarise: Command {
    static var configuration: CommandConfiguration { .catalog(.dossiersSummarise, name: "summarise") }

    @Argument(help: .catalog(.dossierLogs, value: .log))
    var logs: [String]

    @Option(name: .long, help: .catalog(.dossierBy, value: .grouping))
    var by: DossierGrouping = .unitTier

    @Option(name: .long, help: .catalog(.dossierPeriod, value: .kind))
    var period: [DossierPeriod] = []

    @Option(name: .long, help: .catalog(.dossierWindowStart, value: .day))
    var windowStart = 1

    @OptionGroup var output: OutputOptions

    func execute(in env: Environment) throws(CommandFailure) {
        let lang = output.lang ?? env.defaultLanguage
        let say = Catalog(lang)
        guard [nil, .csv, .table, .markdown, .html].contains(output.formatOption.given) else {
            throw .usage(.dossiersFormats, hint: nil)
        }
        guard (1...28).contains(windowStart) else { throw .usage(.windowStartOutOfRange(windowStart), hint: nil) }
        var paths: [String] = []
        for log in logs {
            try env.checkAllowed(log)
            let path = env.resolve(log)
            guard FileManager.default.fileExists(atPath: path) else {
                throw .usage(.noSuchPath(log), hint: .dataTakesPaths)
            }
            paths.append(path)
        }
        let options = LoadOptions(
            dossiers: DossierOptions(
                periods: period.isEmpty ? DossierPeriod.allCases : period, byTier: by == .unitTier,
                windowStart: windowStart))
        let result = DataOptions.relativize(Loader.load(paths, options: options), to: env.workingDirectory)
        if let other = result.panel.files.first(where: { $0.kind != .dossiers }) {
            throw .usage(.notADossierLog(other.path), hint: nil)
        }
        writeDiagnostics(result.diagnostics, say, suppressed: result.suppressed, limit: 200, to: env.err)
        if result.hasErrors { throw .data }
        let panel = result.panel
        let rows = panel.observations.map { o -> [String] in
            let value = o.valueComputed ? String(format: "%.2f", o.value ?? 0) : String(Int(o.value ?? 0))
            return [
                panel.units.units[o.unit].name, o.tier?.rawValue ?? "", o.period.description, o.metric, value,
                o.numerator.map { String(Int($0)) } ?? "", o.denominator.map { String(Int($0)) } ?? "",
            ]
        }
        let header = ["unit", "tier", "period", "metric", "value", "numerator", "denominator"]
        let text: String
        if output.formatOption.given == nil || output.format == .csv {
            // The tidy panel, as parlens reads it back: commas, decimal points.
            text = ([header] + rows).map { $0.map(Self.cell).joined(separator: ",") + "\n" }.joined()
        } else {
            let columns = header.enumerated().map { Table.Column($1, $0 >= 4 ? .right : .left) }
            let title = say(
                .dossierPanelTitle(
                    paths: logs, figures: NumberFormat.count(rows.count, locale: output.locale ?? lang.numberLocale)))
            text = output.render(
                TableReport(title: title, tables: [Table(columns: columns, rows: rows)], notes: []), in: env)
        }
        let units = Set(panel.observations.map(\.unit)).count
        let periods = Set(panel.observations.map(\.period)).count
        guard let file = output.output else {
            env.out(text)
            return
        }
        let target = try OutputFile.guarded(file, inputs: paths, in: env)
        do {
            try Data(text.utf8).write(to: target, options: .atomic)
        } catch {
            throw .usage(.cannotWrite(file, reason: error.localizedDescription), hint: .checkFolder)
        }
        env.err(
            say(.dossierPanelWritten(figures: panel.observations.count, units: units, periods: periods, file: file))
                + "\n")
    }

    /// A CSV cell: quoted when it holds a comma, a quote or a line break.
    static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
