import Foundation

/// Options of a load.
public struct LoadOptions: Sendable {
    /// Forces the decimal convention instead of detecting it per file.
    public var decimal: DecimalConvention?
    /// The metric of wide files that have no `metric` column.
    public var metric: String?
    /// Stop collecting diagnostics after this many (the rest are counted).
    public var maxDiagnostics: Int

    public init(decimal: DecimalConvention? = nil, metric: String? = nil, maxDiagnostics: Int = 1000) {
        self.decimal = decimal
        self.metric = metric
        self.maxDiagnostics = maxDiagnostics
    }
}

/// The result of a load: the panel (built from everything that could be read) and every
/// diagnostic. A load with errors still returns what it read, so `check` can report it.
public struct LoadResult: Sendable {
    public var panel: Panel
    public var diagnostics: [Diagnostic]
    /// Diagnostics beyond ``LoadOptions/maxDiagnostics`` that were counted, not kept.
    public var suppressed: Int

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads files and folders into a ``Panel``: sources → tables of cells → layout → rules.
///
/// A folder loads every `.csv`/`.tsv` in it (recursively, in name order), `metrics.csv` first,
/// except what lies in a subfolder named `synthetic` (generated demo data: loaded only when that
/// folder or one of its files is named, see ``dataFiles(in:)``).
/// Each source yields tables of cells (``TableSource``); what a table holds is told from its
/// header (``Layout``), and the rule for that kind of table (`Rules/`) turns its rows into
/// observations, targets, metric definitions or crosswalk entries, reporting every problem.
public struct Loader {
    var context: LoadContext

    public var options: LoadOptions { context.options }

    public init(options: LoadOptions = LoadOptions()) { context = LoadContext(options: options) }

    /// Loads `paths` (files or folders) in order.
    public static func load(_ paths: [String], options: LoadOptions = LoadOptions()) -> LoadResult {
        var loader = Loader(options: options)
        for path in paths { loader.add(path: path) }
        return loader.finish()
    }

    /// The files loading `folder` reads, in the order it reads them: its `.csv` and `.tsv` files,
    /// recursively, `metrics.csv` first, leaving out subfolders named `synthetic`.
    public static func dataFiles(in folder: String) -> [String] { FileAccess.csvFiles(in: folder) }

    /// Loads in-memory text as if it were a file named `name` (for tests and the REPL).
    public static func load(text: String, name: String, options: LoadOptions = LoadOptions()) -> LoadResult {
        var loader = Loader(options: options)
        loader.add(bytes: Array(text.utf8), name: name)
        return loader.finish()
    }

    /// Adds a file or a folder.
    public mutating func add(path: String) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            context.report(
                Diagnostic(.noSuchFile, at: SourceLocation(file: path, line: 0, column: 0)))
            return
        }
        guard isDirectory.boolValue else { return add(file: path) }
        let files = FileAccess.csvFiles(in: path)
        if files.isEmpty {
            context.report(
                Diagnostic(.emptyFolder, at: SourceLocation(file: path, line: 0, column: 0)))
        }
        for file in files { add(file: file) }
    }

    mutating func add(file: String) {
        guard let bytes = FileAccess.contents(of: file) else {
            context.report(
                Diagnostic(.unreadable, at: SourceLocation(file: file, line: 0, column: 0)))
            return
        }
        add(bytes: bytes, name: file)
    }

    /// Adds the content of one CSV file.
    public mutating func add(bytes: [UInt8], name: String) {
        context.prepareObservations(for: bytes)
        add(CSVSource(name: name, bytes: bytes))
    }

    /// Adds every table of `source`.
    mutating func add(_ source: some TableSource) {
        for table in source.tables() { add(table) }
    }

    /// Reads one table: its reading problems, its layout, then the rule of that layout.
    mutating func add(_ table: CellTable) {
        for d in table.diagnostics { context.report(d) }
        guard table.isText else { return }
        guard table.recordCount > 0 else {
            context.report(
                Diagnostic(.emptyFile, at: SourceLocation(file: table.name, line: 0, column: 0)))
            return
        }
        let input = context.panel.addInput(table.name)
        table.withView(input: input) { view in
            let header = TableHeader(view)
            if view.recordCount == 1 {
                context.report(
                    Diagnostic(.noRows, at: header.start))
            }
            guard let kind = Layout.kind(of: header) else { return context.report(Layout.unknown(header)) }
            let decimal: DecimalConvention
            switch kind {
            case .tidy: decimal = context.readTidy(view, header)
            case .wide: decimal = context.readWide(view, header)
            case .metrics:
                context.readMetrics(view, header)
                decimal = .point
            case .targets: decimal = context.readTargets(view, header)
            case .crosswalk:
                context.readCrosswalk(view, header)
                decimal = .point
            }
            context.panel.files.append(
                LoadedFile(
                    path: table.name, kind: kind, records: view.recordCount - 1,
                    delimiter: CSVReader.name(ofDelimiter: table.delimiter ?? CSVReader.comma), decimal: decimal,
                    hadBOM: table.hadBOM))
        }
    }

    /// Attaches the crosswalk to units and reports duplicates; returns the result.
    public mutating func finish() -> LoadResult {
        for entry in context.panel.crosswalk {
            let matches = context.panel.units.candidates(entry.oldProvince, level: .province)
            for i in matches { context.panel.units.setSuccessor(entry.newProvince, at: i) }
        }
        context.panel.rememberRepeatedKeys()
        context.reportDuplicates()
        return LoadResult(panel: context.panel, diagnostics: context.diagnostics, suppressed: context.suppressed)
    }
}
