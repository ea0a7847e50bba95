import Rendering

/// A result as a person reads it: a title, tables and notes. Each analysis result has one
/// adapter to it (`report(_:)`) beside its JSON adapter (`json()`);
/// ``OutputOptions/render(_:charts:formatter:in:)`` writes it as box or ASCII tables, Markdown,
/// an HTML page or CSV.
struct TableReport {
    var title: String
    var tables: [Table]
    var notes: [String]
    /// The result in words, shown above the tables with `--findings` (empty: nothing to say).
    var findings = ""
}
