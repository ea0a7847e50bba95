import Analysis
import Messages
import Panel

extension AnalysisError {
    /// Unknown names are usage errors (exit 2); an empty selection is too.
    var failure: CommandFailure {
        switch self {
        case .unknownUnit(let error):
            if case .ambiguous = error {
                return .usage(description, hint: "add --level or --parent, or type more of the name")
            }
            return .usage(description, hint: "names are matched without accents and without 'tỉnh', 'huyện', …")
        case .unknownMetric:
            return .usage(description, hint: "`parlens info` lists the metrics in the data")
        case .unknownPeriod:
            return .usage(description, hint: "periods are written 2024, 2024-H1, 2024-Q3, 2024-09, 9 tháng 2024, …")
        case .noData:
            return .usage(description, hint: "check --level, --parent and --tier, or `parlens info`")
        }
    }
}

/// Loads the data and builds the view of one metric; load errors stop the command (exit 1).
func metricView(_ data: DataOptions, _ metric: String, in env: Environment) throws(CommandFailure) -> MetricView {
    let (result, _) = try data.load(in: env)
    if result.diagnostics.contains(where: { $0.severity == .error }) {
        writeDiagnostics(result.diagnostics.filter { $0.severity == .error }, to: env.err)
        throw .data
    }
    do { return try MetricView(panel: result.panel, metric: metric) } catch { throw error.failure }
}

/// The lines that list figures two sources give differently (none when there are none).
func conflictNotes(_ conflicts: [String], _ lang: Language) -> [String] {
    conflicts.isEmpty ? [] : [lang("Conflicting sources (the first row is used)") + ":"] + conflicts.map { "  " + $0 }
}
