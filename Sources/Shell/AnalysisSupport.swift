import Analysis
import Messages
import Panel

extension AnalysisError {
    /// Unknown names are usage errors (exit 2); an empty selection is too.
    var failure: CommandFailure {
        let hint: Usage =
            switch self {
            case .unknownUnit(.ambiguous): .typeMoreOfTheName
            case .unknownUnit(.notFound): .howNamesMatch
            case .unknownMetric: .infoListsMetrics
            case .unknownPeriod: .howPeriodsAreWritten
            case .noData: .checkSelection
            }
        return .usage(.analysis(self), hint: hint)
    }
}

/// Loads the data and builds the view of one metric; load errors stop the command (exit 1).
func metricView(_ data: DataOptions, _ metric: String, _ say: Catalog, in env: Environment) throws(CommandFailure)
    -> MetricView
{
    let (result, _) = try data.load(in: env)
    if result.diagnostics.contains(where: { $0.severity == .error }) {
        writeDiagnostics(result.diagnostics.filter { $0.severity == .error }, say, to: env.err)
        throw .data
    }
    do { return try MetricView(panel: result.panel, metric: metric) } catch { throw error.failure }
}

extension OutputOptions {
    /// What an analysis command starts from: the view of `metric` in the loaded data and the
    /// formatter of the command's language and locale (its catalog is `formatter.say`).
    func analysis(of metric: String, _ data: DataOptions, in env: Environment) throws(CommandFailure) -> (
        MetricView, Formatter
    ) {
        let lang = self.lang ?? env.defaultLanguage
        let view = try metricView(data, metric, Catalog(lang), in: env)
        return (view, formatter(view.metric, lang, env))
    }
}

/// The lines that list figures two sources give differently (none when there are none).
func conflictNotes(_ conflicts: [MetricView.Conflict], _ say: Catalog) -> [String] {
    conflicts.isEmpty ? [] : [say(.conflictingSources)] + conflicts.map { "  " + say($0) }
}

/// The `notes` of an analysis in JSON: omissions (a refused test names its method), then
/// conflicts, in English whatever `--lang` says.
func jsonNotes(_ omissions: [Omission], _ conflicts: [MetricView.Conflict] = []) -> JSONValue {
    let english = Catalog(.en)
    return .strings(omissions.map(Catalog.scriptText) + conflicts.map { english($0) })
}
