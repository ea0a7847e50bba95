import Foundation

/// Options of a load.
public struct LoadOptions: Sendable {
    /// Forces the decimal convention instead of detecting it per file.
    public var decimal: DecimalConvention?
    /// The metric of wide files that have no `metric` column.
    public var metric: String?
    /// Stop collecting diagnostics after this many (the rest are counted).
    public var maxDiagnostics: Int
    /// The sheets of workbooks to read (names or 1-based indices); empty: every sheet that holds
    /// a table.
    public var sheets: [String]
    /// How dossier logs are summarised.
    public var dossiers: DossierOptions

    public init(
        decimal: DecimalConvention? = nil, metric: String? = nil, maxDiagnostics: Int = 1000, sheets: [String] = [],
        dossiers: DossierOptions = DossierOptions()
    ) {
        self.decimal = decimal
        self.metric = metric
        self.maxDiagnostics = maxDiagnostics
        self.sheets = sheets
        self.dossiers = dossiers
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
/// A folder loads every `.csv`/`.tsv`/`.xlsx` in it (recursively, in name order), except what lies in a
/// subfolder named `synthetic` (generated demo data: loaded only when that folder or one of its
/// files is named, see ``FileAccess/csvFiles(in:)``). Metric definitions apply to every table of
/// the load, wherever they come in the order of the inputs.
/// Each source yields tables of cells (``TableSource``); what a table holds is told from its
/// header (``Layout``), and the rule for that kind of table (`Rules/`) turns its rows into
/// observations, targets, metric definitions or crosswalk entries, reporting every problem.
public struct Loader {
    var context: LoadContext
    /// What waits for ``finish()``, in the order it came: every table but metric definitions (read
    /// as soon as they come, so that the order of the inputs does not matter), and the problems met
    /// on the way (kept in place so that the report follows the inputs).
    var deferred: [Pending] = []

    enum Pending {
        case table(CellTable)
        /// A tidy input larger than one window, read a window at a time (``CSVChunks``).
        case chunks(CSVChunks)
        /// A dossier log larger than one window, read a window at a time (once).
        case dossierChunks(CSVChunks)
        case problem(Diagnostic)
    }

    /// The size of the windows inputs are read in (tests make it small).
    var windowBytes = CSVChunks.defaultWindow

    public var options: LoadOptions { context.options }

    public init(options: LoadOptions = LoadOptions()) { context = LoadContext(options: options) }

    /// Loads `paths` (files or folders) in order.
    public static func load(_ paths: [String], options: LoadOptions = LoadOptions()) -> LoadResult {
        var loader = Loader(options: options)
        for path in paths { loader.add(path: path) }
        return loader.finish()
    }

    /// The files loading `folder` reads, in the order it reads them: its `.csv`, `.tsv` and `.xlsx` files,
    /// recursively, `metrics.csv` first, leaving out subfolders named `synthetic`.
    public static func dataFiles(in folder: String) -> [String] { FileAccess.csvFiles(in: folder)?.files ?? [] }

    /// The name standard input goes by in places (`<stdin>:3:4: error: …`).
    public static let standardInputName = "<stdin>"

    /// Loads `paths` in order, where a path `-` stands for `standardInput` (its bytes, read by the
    /// caller: a CSV text or a workbook, named ``standardInputName`` in places).
    public static func load(_ paths: [String], standardInput: [UInt8], options: LoadOptions = LoadOptions())
        -> LoadResult
    {
        var loader = Loader(options: options)
        for path in paths {
            if path == "-" { loader.add(bytes: standardInput, name: standardInputName) } else { loader.add(path: path) }
        }
        return loader.finish()
    }

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
            if let (file, sheet) = Self.sheetPath(path, exists: { FileManager.default.fileExists(atPath: $0) }) {
                return add(file: file, sheets: [sheet])
            }
            deferred.append(
                .problem(Diagnostic(.noSuchFile, at: SourceLocation(file: path, line: 0, column: 0))))
            return
        }
        guard isDirectory.boolValue else { return add(file: path) }
        guard let listing = FileAccess.csvFiles(in: path) else {
            deferred.append(
                .problem(
                    Diagnostic(
                        .folderTooLarge(entries: FileAccess.maxEntries),
                        at: SourceLocation(file: path, line: 0, column: 0))))
            return
        }
        for folder in listing.unreadable {
            deferred.append(
                .problem(Diagnostic(.unreadableFolder, at: SourceLocation(file: folder, line: 0, column: 0))))
        }
        if listing.files.isEmpty, listing.unreadable.isEmpty {
            deferred.append(
                .problem(Diagnostic(.emptyFolder, at: SourceLocation(file: path, line: 0, column: 0))))
        }
        for file in listing.files { add(file: file) }
    }

    mutating func add(file: String, sheets: [String] = []) {
        if let kind = FileAccess.special(file) {
            deferred.append(
                .problem(Diagnostic(.notAFile(kind), at: SourceLocation(file: file, line: 0, column: 0))))
            return
        }
        if SpreadsheetFile.looksLike(path: file) {
            guard let bytes = FileAccess.contents(of: file) else {
                deferred.append(
                    .problem(Diagnostic(.unreadable, at: SourceLocation(file: file, line: 0, column: 0))))
                return
            }
            if addSpreadsheet(bytes: bytes, name: file, sheets: sheets) { return }
            return add(bytes: bytes, name: file)
        }
        add(CSVChunks(name: file, input: .file(file), windowBytes: windowBytes))
    }

    /// Adds the content of one CSV file or workbook.
    public mutating func add(bytes: [UInt8], name: String) {
        if addSpreadsheet(bytes: bytes, name: name) { return }
        add(CSVChunks(name: name, input: .bytes(bytes), windowBytes: windowBytes))
    }

    /// Adds a CSV input: read now when it fits one window (one table); a larger tidy input waits
    /// for ``finish()`` and is then read a window at a time; a larger input of another layout is
    /// read whole.
    mutating func add(_ input: CSVChunks) {
        var first: CellTable?
        var whole = false
        let end = input.readTables { table, isLast in
            (first, whole) = (table, isLast)
            return false
        }
        switch end {
        case .unreadable:
            deferred.append(.problem(Diagnostic(.unreadable, at: SourceLocation(file: input.name, line: 0, column: 0))))
        case .notText(let offset):
            deferred.append(.problem(CSVChunks.Reader.notText(input.input, at: offset, file: input.name)))
        case .done:
            guard let first else { return }
            if whole { return add(first) }
            let kind = first.withView { Layout.kind(of: TableHeader($0)) }
            if kind == .tidy { return deferred.append(.chunks(input)) }
            if kind == .dossiers { return deferred.append(.dossierChunks(input)) }
            let bytes: [UInt8]?
            switch input.input {
            case .bytes(let b): bytes = b
            case .file(let path): bytes = FileAccess.contents(of: path)
            }
            guard let bytes else {
                return deferred.append(
                    .problem(Diagnostic(.unreadable, at: SourceLocation(file: input.name, line: 0, column: 0))))
            }
            add(CSVSource(name: input.name, bytes: bytes, delimiter: input.delimiter))
        }
    }

    /// Adds every table of `source`.
    mutating func add(_ source: some TableSource) {
        for table in source.tables() { add(table) }
    }

    /// Takes one table: reports its reading problems, reads it now when it defines metrics, and
    /// keeps it for ``finish()`` otherwise.
    mutating func add(_ table: CellTable) {
        let table = HeaderRows.combined(table) ?? table
        for d in table.diagnostics { deferred.append(.problem(d)) }
        guard table.isText else { return }
        guard table.recordCount > 0 else {
            deferred.append(
                .problem(Diagnostic(.emptyFile, at: SourceLocation(file: table.name, line: 1, column: 0))))
            return
        }
        if table.withView({ Layout.kind(of: TableHeader($0)) }) == .metrics {
            read(table)
        } else {
            deferred.append(.table(table))
        }
    }

    /// Reads one table: its layout, then the rule of that layout.
    mutating func read(_ table: CellTable) {
        let input = context.panel.addInput(table.name, cells: table.isSheet)
        table.withView(input: input) { view in
            let header = TableHeader(view)
            // A header and no rows, unless a reading error (an unclosed quote) took the rows.
            if view.recordCount == 1, !table.diagnostics.contains(where: { $0.severity == .error }) {
                context.report(Diagnostic(.noRows, at: header.start))
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
            case .dossiers:
                if let columns = DossierColumns(header) { context.readDossiers(view, header, columns) }
                decimal = .point
            }
            context.panel.files.append(
                LoadedFile(
                    path: table.name, kind: kind, records: view.recordCount - 1,
                    delimiter: table.delimiter.map(CSVReader.name(ofDelimiter:)) ?? "sheet", decimal: decimal,
                    hadBOM: table.hadBOM))
        }
    }

    /// Reads the tables kept back, attaches the crosswalk to units and reports duplicates; returns
    /// the result.
    public mutating func finish() -> LoadResult {
        for pending in deferred {
            switch pending {
            case .table(let table): read(table)
            case .chunks(let input): read(input)
            case .dossierChunks(let input): readDossiers(input)
            case .problem(let d): context.report(d)
            }
        }
        deferred = []
        for entry in context.panel.crosswalk.entries where entry.change != .split {
            let matches = context.panel.units.candidates(entry.oldUnit, level: entry.level)
            for i in matches { context.panel.units.setSuccessor(entry.newUnit, at: i) }
        }
        context.panel.crosswalk.attach(to: context.panel.units)
        context.panel.rememberRepeatedKeys()
        context.reportDuplicates()
        context.markCellPlaces()
        return LoadResult(panel: context.panel, diagnostics: context.diagnostics, suppressed: context.suppressed)
    }
}
