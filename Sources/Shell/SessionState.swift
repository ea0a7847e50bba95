/// What a session hands the commands it runs, through ``Environment/session``: its settings,
/// the data it loaded and the store of what it has read.
public struct SessionState: Sendable {
    /// `set format|lang|locale|width|chart|decimal|ascii|metric`: options for every command whose line
    /// does not give them.
    public var settings: Session.Settings
    /// The files and folders given to `load` (absolute), in order; empty: the default data.
    public var paths: [String]
    /// The data read so far, kept while the files are unchanged.
    let store: DataStore
}

extension DataOptions {
    /// These options with a session's data, decimal separator and metric of wide files where
    /// the line gives none (unchanged outside a session).
    func adopting(_ session: SessionState?) -> DataOptions {
        guard let session else { return self }
        var options = self
        if options.data.isEmpty { options.data = session.paths }
        if options.decimal == nil { options.decimal = session.settings.decimal }
        if options.metric == nil { options.metric = session.settings.metric }
        return options
    }
}

/// A command that takes `--chart` (a session's `set chart on` turns it on).
protocol DrawsChart {
    var chart: Bool { get set }
}

extension Rank: DrawsChart {}
extension Trend: DrawsChart {}
extension Compare: DrawsChart {}

extension WritesOutput {
    /// This command with the session's data and settings where its line gives none: `--data`,
    /// `--decimal`, `--metric`, the output options and `--chart`. A flag can only be turned on.
    func adopting(_ session: SessionState) -> Self {
        var command = self
        command.data = command.data.adopting(session)
        command.output.adopt(session.settings)
        if session.settings.chart, var drawing = command as? any DrawsChart, !drawing.chart {
            drawing.chart = true
            if let drawn = drawing as? Self { command = drawn }
        }
        return command
    }
}
