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

/// Reads CSV files and folders into a ``Panel``.
///
/// A folder loads every `.csv`/`.tsv` in it (recursively, in name order), `metrics.csv`
/// first. What a file holds is told from its header: `unit`+`period`+`metric` → tidy
/// observations; `old_province`+`new_province` → merger crosswalk; `comparator`+`target` →
/// targets; `id`+`kind` → metric definitions; otherwise a first column of units and
/// period-named columns → a wide table.
public struct Loader {
    public var options: LoadOptions
    var panel = Panel()
    var diagnostics: [Diagnostic] = []
    var suppressed = 0
    var periodCache: [String: Result<Period, PeriodParseError>] = [:]
    var unknownMetricsWarned: Set<String> = []
    /// Caches: the same names, parents and sources repeat on many rows.
    var cleanCache: [String: String] = [:]
    var unitCache: [String: Int] = [:]
    /// Per distinct cell text: a file repeats the same metric, level and tier on every row.
    var metricCache: [String: String] = [:]
    var levelCache: [String: UnitLevel?] = [:]
    var tierCache: [String: Tier?] = [:]
    /// Read tidy files with ``readTidyReference(_:)`` (for tests of the fast reader).
    var useReferenceReaders = false

    public init(options: LoadOptions = LoadOptions()) { self.options = options }

    /// Loads `paths` (files or folders) in order.
    public static func load(_ paths: [String], options: LoadOptions = LoadOptions()) -> LoadResult {
        var loader = Loader(options: options)
        for path in paths { loader.add(path: path) }
        return loader.finish()
    }

    /// Loads in-memory text as if it were a file named `name` (for tests and the REPL).
    public static func load(text: String, name: String, options: LoadOptions = LoadOptions()) -> LoadResult {
        var loader = Loader(options: options)
        loader.add(bytes: Array(text.utf8), name: name)
        return loader.finish()
    }

    mutating func report(_ d: Diagnostic) {
        if diagnostics.count < options.maxDiagnostics { diagnostics.append(d) } else { suppressed += 1 }
    }

    /// Adds a file or a folder.
    public mutating func add(path: String) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            report(
                Diagnostic(
                    .error, "no-such-file", at: SourceLocation(file: path, line: 0, column: 0),
                    "no such file or folder", hint: "check the path given to --data"))
            return
        }
        if isDirectory.boolValue {
            let files = Self.csvFiles(in: path)
            if files.isEmpty {
                report(
                    Diagnostic(
                        .warning, "empty-folder", at: SourceLocation(file: path, line: 0, column: 0),
                        "the folder holds no .csv or .tsv file"))
            }
            for file in files { add(file: file) }
        } else {
            add(file: path)
        }
    }

    static func csvFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let item = enumerator.nextObject() as? String {
            let lower = item.lowercased()
            if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") {
                found.append(folder.hasSuffix("/") ? folder + item : folder + "/" + item)
            }
        }
        // metrics.csv first, so observations see their definitions; then by name.
        return found.sorted { a, b in
            let ma = (a as NSString).lastPathComponent.lowercased() == "metrics.csv"
            let mb = (b as NSString).lastPathComponent.lowercased() == "metrics.csv"
            return ma != mb ? ma : a < b
        }
    }

    mutating func add(file: String) {
        guard let bytes = Self.contents(of: file) else {
            report(
                Diagnostic(
                    .error, "unreadable", at: SourceLocation(file: file, line: 0, column: 0),
                    "the file cannot be read", hint: "check its permissions"))
            return
        }
        add(bytes: bytes, name: file)
    }

    /// The bytes of a file, read straight into one array (`open`, `fstat`, `read` until the end),
    /// or nil when it cannot be opened or read (a folder, no permission).
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? max(Int(info.st_size), 0) : 0
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let n = read(fd, base + count, size - count)
                if n > 0 {
                    count += n
                } else if n == 0 || errno != EINTR {
                    failed = n < 0
                    return
                }
            }
        }
        guard !failed else { return nil }
        // Whatever is beyond the size fstat gave (a file still growing, a pipe).
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                bytes.append(contentsOf: chunk[0..<n])
            } else if n == 0 {
                return bytes
            } else if errno != EINTR {
                return nil
            }
        }
    }

    /// Adds the content of one file.
    public mutating func add(bytes: [UInt8], name: String) {
        let whole = SourceLocation(file: name, line: 0, column: 0)
        prepareObservations(for: bytes)
        let cells = CSVReader.cells(bytes, file: name)
        for d in cells.diagnostics { report(d) }
        guard cells.diagnostics.allSatisfy({ $0.code != "not-text" && $0.code != "not-utf8" }) else { return }
        guard cells.recordCount > 0 else {
            report(
                Diagnostic(
                    .error, "empty-file", at: whole, "the file is empty",
                    hint: "a tidy file starts with a header: unit,period,metric,value"))
            return
        }
        let table = Table(name: name, cells: cells)
        let header = table.header
        if table.rowCount == 0 {
            report(
                Diagnostic(
                    .warning, "no-rows", at: SourceLocation(file: name, line: header.first?.line ?? 1, column: 1),
                    "the file has a header and no data rows"))
        }
        let kind: LoadedFile.Kind
        let keys = Set(table.keys)
        if keys.contains(.unit) && keys.contains(.period) && keys.contains(.metric) {
            kind = .tidy
        } else if table.rawKeys.contains("old province") && table.rawKeys.contains("new province") {
            kind = .crosswalk
        } else if table.rawKeys.contains("comparator") && table.rawKeys.contains("target") {
            kind = .targets
        } else if table.rawKeys.contains("id") && table.rawKeys.contains("kind") {
            kind = .metrics
        } else if table.header.dropFirst().contains(where: { (try? Period(parsing: $0.text)) != nil })
            && !keys.contains(.period)
        {
            kind = .wide
        } else {
            let names = header.map { "'\($0.text)'" }.joined(separator: ", ")
            let missing = [HeaderKey.unit, .period, .metric].filter { !keys.contains($0) }.map(\.rawValue)
            report(
                Diagnostic(
                    .error, "unknown-layout", at: SourceLocation(file: name, line: header.first?.line ?? 1, column: 1),
                    "cannot tell what this file holds: the header has \(names); a tidy file needs \(missing.joined(separator: ", "))",
                    hint:
                        "a tidy file has columns unit, period, metric, value; a wide file has the unit first and one column per period (2021, 2022, …)"
                ))
            return
        }
        let decimal: DecimalConvention
        switch kind {
        case .tidy: decimal = readTidy(table)
        case .wide: decimal = readWide(table)
        case .metrics:
            readMetrics(table)
            decimal = .point
        case .targets: decimal = readTargets(table)
        case .crosswalk:
            readCrosswalk(table)
            decimal = .point
        }
        panel.files.append(
            LoadedFile(
                path: name, kind: kind, records: table.rowCount,
                delimiter: CSVReader.name(ofDelimiter: cells.delimiter),
                decimal: decimal, hadBOM: cells.hadBOM))
    }

    /// For a large file: room for about one observation per line, its pages faulted in on another
    /// core (``MemoryWarmer``) while this one reads the CSV. Lines are counted in three samples
    /// of the file (a guess: the tidy reader reserves the exact number of rows later; a wrong guess
    /// costs time, never a result).
    mutating func prepareObservations(for bytes: [UInt8]) {
        guard bytes.count >= MemoryWarmer.minimumBytes else { return }
        let window = 1 << 16
        var densest = 0
        for start in [0, (bytes.count - window) / 2, bytes.count - window] {
            var feeds = 0
            var returns = 0
            for b in bytes[start..<(start + window)] {
                if b == CSVReader.lf { feeds += 1 } else if b == CSVReader.cr { returns += 1 }
            }
            densest = max(densest, feeds > 0 ? feeds : returns)  // CRLF or LF files count LF; old Mac files CR
        }
        let lines = densest * (bytes.count / window + 1) * 9 / 8 + 1
        panel.observations.reserveCapacity(panel.observations.count + lines)
        let count = panel.observations.count
        let capacity = panel.observations.capacity
        panel.observations.withUnsafeBufferPointer { list in
            // At most 64 MB: a large file that turns out not to hold observations wastes no more.
            let free = UnsafeRawPointer(list.baseAddress.map { $0 + count })
            MemoryWarmer.warm(free, bytes: min((capacity - count) * MemoryLayout<Observation>.stride, 64 << 20))
        }
    }

    // MARK: - Headers

    /// The columns parlens understands, with Vietnamese aliases (matched folded).
    enum HeaderKey: String, CaseIterable {
        case unit, level, parent, tier, period, metric, value, numerator, denominator, rank
        case rankOf = "rank_of"
        case source, note

        static let aliases: [String: HeaderKey] = {
            var map: [String: HeaderKey] = [:]
            let table: [HeaderKey: [String]] = [
                .unit: ["unit", "don vi", "ten don vi", "dia phuong", "name"],
                .level: ["level", "cap", "cap hanh chinh"],
                .parent: ["parent", "don vi cha", "truc thuoc", "thuoc", "tinh thanh"],
                .tier: ["tier", "cap xu ly", "cap giai quyet"],
                .period: ["period", "ky", "ky bao cao", "thoi ky", "thoi gian"],
                .metric: ["metric", "chi so", "chi tieu"],
                .value: ["value", "gia tri", "diem", "so lieu"],
                .numerator: ["numerator", "tu so"],
                .denominator: ["denominator", "mau so"],
                .rank: ["rank", "hang", "xep hang", "thu hang"],
                .rankOf: ["rank of", "rankof", "tren tong so", "so don vi xep hang"],
                .source: ["source", "source url", "nguon", "nguon so lieu", "url"],
                .note: ["note", "notes", "ghi chu"],
            ]
            for (key, names) in table { for n in names { map[n] = key } }
            return map
        }()
    }

    /// A file's header and rows. Rows stay in the reader's flat ``CSVCells``: the tidy reader
    /// takes cells as bytes (``TidyRow``); the other readers take rows as ``CSVField`` arrays
    /// (``rows``), the form the helpers below work on.
    struct Table {
        let name: String
        let header: [CSVField]
        /// Every record, the header first.
        let cells: CSVCells
        /// Folded header names.
        let rawKeys: [String]
        /// Column index of each understood key (first occurrence).
        let column: [HeaderKey: Int]
        var keys: [HeaderKey] { Array(column.keys) }

        init(name: String, cells: CSVCells) {
            self.name = name
            self.cells = cells
            header = cells.recordCount > 0 ? cells.record(0) : []
            rawKeys = header.map { Names.fold($0.text) }
            var column: [HeaderKey: Int] = [:]
            for (i, key) in rawKeys.enumerated() {
                if let k = HeaderKey.aliases[key], column[k] == nil { column[k] = i }
            }
            self.column = column
        }

        /// Number of data rows (records after the header).
        var rowCount: Int { max(cells.recordCount - 1, 0) }

        /// The data rows as fields (made on each call).
        var rows: [[CSVField]] { (1..<max(cells.recordCount, 1)).map(cells.record) }

        func cell(_ row: [CSVField], _ key: HeaderKey) -> CSVField? {
            guard let i = column[key], i < row.count else { return nil }
            return row[i]
        }

        func text(_ row: [CSVField], _ key: HeaderKey) -> String? {
            guard let t = cell(row, key)?.text, !NumberReader.isMissing(t) else { return nil }
            return t
        }

        /// The first column whose folded header is `name`.
        func index(named name: String) -> Int? { rawKeys.firstIndex(of: name) }

        /// The cell at column `i`, nil when absent or a missing-value marker.
        func text(_ row: [CSVField], at i: Int?) -> String? {
            guard let i, i < row.count, !NumberReader.isMissing(row[i].text) else { return nil }
            return row[i].text
        }

        /// Where column `i` of `row` is (the row's start when the cell is absent).
        func location(_ row: [CSVField], at i: Int?) -> SourceLocation {
            guard let i, i < row.count else {
                return row.first.map(location) ?? SourceLocation(file: name, line: 0, column: 0)
            }
            return location(row[i])
        }

        func location(_ field: CSVField) -> SourceLocation {
            SourceLocation(file: name, line: field.line, column: field.column)
        }

        /// Where a missing cell would be: after the last cell of the row.
        func location(_ row: [CSVField], _ key: HeaderKey) -> SourceLocation {
            if let f = cell(row, key) { return location(f) }
            let last = row.last
            return SourceLocation(
                file: name, line: last?.line ?? 0, column: (last?.column ?? 0) + (last?.text.count ?? 0) + 1)
        }
    }

    /// Reports header columns that nothing reads, and rows longer or shorter than the header.
    mutating func checkShape(_ table: Table, used: Set<Int>) {
        for (i, field) in table.header.enumerated() where !used.contains(i) {
            report(
                Diagnostic(
                    .warning, "unused-column", at: table.location(field),
                    "column '\(field.text)' is not one parlens reads; its cells are ignored",
                    hint:
                        "columns read: unit, level, parent, tier, period, metric, value, numerator, denominator, rank, rank_of, source, note"
                ))
        }
        let width = table.header.count
        let cells = table.cells
        for r in 1..<max(cells.recordCount, 1) {
            let fields = cells.fieldRange(ofRecord: r)
            guard fields.count != width else { continue }
            if fields.count > width {
                let extra = cells.csvField(fields.lowerBound + width)
                report(
                    Diagnostic(
                        .error, "too-many-cells", at: table.location(extra),
                        "this row has \(fields.count) cells but the header has \(width)",
                        hint:
                            "a delimiter inside a value (a decimal comma in a comma-separated file?) must be quoted: \"99,17\""
                    ))
            } else {
                report(
                    Diagnostic(
                        .warning, "too-few-cells", at: table.location(cells.record(r), .unit),
                        "this row has \(fields.count) cells but the header has \(width); the missing ones are read as empty"
                    ))
            }
        }
    }

    // MARK: - Tidy observations

    mutating func period(_ text: String) -> Result<Period, PeriodParseError> {
        if let cached = periodCache[text] { return cached }
        let result: Result<Period, PeriodParseError>
        do throws(PeriodParseError) { result = .success(try Period(parsing: text)) } catch { result = .failure(error) }
        periodCache[text] = result
        return result
    }

    /// ``Names/clean(_:)``, memoised.
    mutating func clean(_ text: String) -> String {
        if let hit = cleanCache[text] { return hit }
        let value = Names.clean(text)
        cleanCache[text] = value
        return value
    }

    /// The unit for a row's raw name and parent, adding it when new.
    mutating func unitIndex(name rawName: String, parent rawParent: String?, level: UnitLevel?) -> (
        index: Int, inserted: Bool
    ) {
        let key = rawName + "\u{1F}" + (rawParent ?? "")
        if let hit = unitCache[key] { return (hit, false) }
        let result = panel.units.add(Unit(name: clean(rawName), level: level, parent: rawParent.map { clean($0) }))
        unitCache[key] = result.index
        return result
    }

    mutating func cachedMetricID(_ text: String) -> String {
        if let hit = metricCache[text] { return hit }
        let id = Self.metricID(text)
        metricCache[text] = id
        return id
    }

    mutating func cachedLevel(_ text: String) -> UnitLevel? {
        if let hit = levelCache[text] { return hit }
        let level = UnitLevel(parsing: text)
        levelCache[text] = level
        return level
    }

    mutating func cachedTier(_ text: String) -> Tier? {
        if let hit = tierCache[text] { return hit }
        let tier = Tier(parsing: text)
        tierCache[text] = tier
        return tier
    }

    static func metricID(_ text: String) -> String {
        Names.fold(text).replacingOccurrences(of: " ", with: "_")
    }

    mutating func noteUnknownMetric(_ id: String, at location: SourceLocation) {
        guard panel.metrics[id] == nil, unknownMetricsWarned.insert(location.file + "\u{1F}" + id).inserted else {
            return
        }
        let close = Names.suggestions(for: id, among: panel.metrics.ids)
        report(
            Diagnostic(
                .warning, "unknown-metric", at: location,
                "metric '\(id)' is not in the catalog; its values are read as plain numbers"
                    + (close.isEmpty ? "" : " (did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?)"),
                hint: "define it in a metrics.csv beside the data: id,name_vi,name_en,kind,better,min,max"))
    }

    /// Decides the decimal convention of a file from the cells that are not counts.
    mutating func convention(for cells: [String], file: String) -> DecimalConvention {
        if let forced = options.decimal { return forced }
        return convention(detected: NumberReader.detect(cells), file: file)
    }

    /// Reports what ``NumberReader/detect(_:)`` found (an ambiguous or a mixed file) and returns
    /// the convention it chose.
    mutating func convention(
        detected: (convention: DecimalConvention, ambiguousExample: String?, votes: (point: Int, comma: Int)),
        file: String
    ) -> DecimalConvention {
        let (convention, example, votes) = detected
        if let example {
            report(
                Diagnostic(
                    .warning, "ambiguous-decimal", at: SourceLocation(file: file, line: 0, column: 0),
                    "no cell shows which decimal separator this file uses; '\(example)' and the like were read with a decimal point (\(example.replacingOccurrences(of: ",", with: "")) → \(NumberReader.parse(example, convention: .point).map { Agreement.format($0.value) } ?? example))",
                    hint: "pass --decimal comma if the file writes 99,17 for ninety-nine point one seven"))
        } else if votes.point > 0, votes.comma > 0 {
            report(
                Diagnostic(
                    .warning, "mixed-decimal", at: SourceLocation(file: file, line: 0, column: 0),
                    "the file mixes decimal separators (\(votes.point) cells with a point, \(votes.comma) with a comma); read with a decimal \(convention == .point ? "point" : "comma"), the majority",
                    hint: "cells written the other way are reported as errors; fix them or pass --decimal"))
        }
        return convention
    }

    mutating func number(
        _ table: Table, _ row: [CSVField], _ key: HeaderKey, _ convention: DecimalConvention, count: Bool
    ) -> ParsedNumber? {
        guard let field = table.cell(row, key), !NumberReader.isMissing(field.text) else { return nil }
        if let n = NumberReader.parse(field.text, convention: convention, count: count) { return n }
        reportNotANumber(field.text, at: table.location(field), in: table, key, convention, count: count)
        return nil
    }

    /// The error for a cell of column `key` that does not read as a number.
    mutating func reportNotANumber(
        _ text: String, at location: SourceLocation, in table: Table, _ key: HeaderKey, _ convention: DecimalConvention,
        count: Bool
    ) {
        let whole = count ? " (a count must be a whole number)" : ""
        let other: DecimalConvention = convention == .point ? .comma : .point
        let hint =
            NumberReader.parse(text, convention: other, count: count) != nil
            ? "this file is read with a decimal \(convention == .point ? "point" : "comma"); pass --decimal \(other.rawValue) if '\(text)' is right"
            : "write a number such as 99.17, 99,17, 7554 or 7.554; missing values are empty, '-' or NA"
        report(
            Diagnostic(
                .error, "not-a-number", at: location,
                "'\(text)' is not a number in column \(table.header[table.column[key] ?? 0].text)\(whole)", hint: hint))
    }

    /// Reads a rank cell: `6`, `6/63`, `hạng 6`, `thứ 51/63`.
    static func parseRank(_ text: String) -> (rank: Int, of: Int?)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { Names.fold(String($0)) }
        guard (1...2).contains(parts.count) else { return nil }
        var head = parts[0]
        for word in ["hang ", "thu ", "xep "] where head.hasPrefix(word) { head.removeFirst(word.count) }
        guard let rank = Int(head) else { return nil }
        if parts.count == 2 {
            guard let of = Int(parts[1]) else { return nil }
            return (rank, of)
        }
        return (rank, nil)
    }

    /// The reference tidy reader: row by row on ``CSVField`` arrays, a `String` per cell. The fast
    /// reader (`readTidy`, TidyReader.swift) must give the same panel and diagnostics; tests
    /// compare the two through ``useReferenceReaders``.
    mutating func readTidyReference(_ table: Table) -> DecimalConvention {
        checkShape(table, used: Set(table.column.values))
        // Pass 1: the decimal convention from value cells of metrics that are not counts.
        var valueCells: [String] = []
        let rows = table.rows
        for row in rows {
            guard let v = table.text(row, .value) else { continue }
            let id = table.text(row, .metric).map { cachedMetricID($0) } ?? ""
            if panel.metrics[id]?.kind != .count && panel.metrics[id]?.kind != .rank { valueCells.append(v) }
        }
        let convention = convention(for: valueCells, file: table.name)

        for row in rows {
            guard let unitField = table.cell(row, .unit), !unitField.text.isEmpty else {
                report(
                    Diagnostic(
                        .error, "missing-unit", at: table.location(row, .unit), "the unit is empty",
                        hint: "every row needs the unit's name"))
                continue
            }
            guard let periodField = table.cell(row, .period), !NumberReader.isMissing(periodField.text) else {
                report(
                    Diagnostic(
                        .error, "missing-period", at: table.location(row, .period), "the period is empty",
                        hint: PeriodParseError.hint))
                continue
            }
            guard let metricText = table.text(row, .metric) else {
                report(
                    Diagnostic(
                        .error, "missing-metric", at: table.location(row, .metric), "the metric is empty",
                        hint: "e.g. par_index, sipas, online_filing_rate"))
                continue
            }
            var bad = false
            let period: Period
            switch self.period(periodField.text) {
            case .success(let p): period = p
            case .failure(let e):
                report(
                    Diagnostic(
                        .error, "bad-period", at: table.location(periodField), e.description,
                        hint: PeriodParseError.hint))
                bad = true
                period = .year(2000)
            }
            var level: UnitLevel?
            if let t = table.text(row, .level) {
                level = cachedLevel(t)
                if level == nil {
                    report(
                        Diagnostic(
                            .error, "bad-level", at: table.location(row, .level),
                            "'\(t)' is not a level",
                            hint:
                                "levels: \(UnitLevel.allCases.map(\.rawValue).joined(separator: ", ")) (or tỉnh, huyện, xã, sở, bộ, vùng, cả nước)"
                        ))
                    bad = true
                }
            }
            var tier: Tier?
            if let t = table.text(row, .tier) {
                tier = cachedTier(t)
                if tier == nil {
                    report(
                        Diagnostic(
                            .error, "bad-tier", at: table.location(row, .tier),
                            "'\(t)' is not a tier",
                            hint: "tiers: province, district, commune (or cấp tỉnh, cấp huyện, cấp xã)"))
                    bad = true
                }
            }
            let metricID = cachedMetricID(metricText)
            let metric = panel.metrics[metricID]
            noteUnknownMetric(metricID, at: table.location(row, .metric))
            let isCount = metric?.kind == .count
            let value = number(table, row, .value, convention, count: isCount)
            let numerator = number(table, row, .numerator, convention, count: true)
            let denominator = number(table, row, .denominator, convention, count: true)
            var rank: Int?
            var rankOf: Int?
            if let t = table.text(row, .rank) {
                if let r = Self.parseRank(t) {
                    rank = r.rank
                    rankOf = r.of
                } else {
                    report(
                        Diagnostic(
                            .error, "bad-rank", at: table.location(row, .rank),
                            "'\(t)' is not a rank", hint: "write a rank as 6, 6/63 or hạng 6"))
                    bad = true
                }
            }
            if let t = table.text(row, .rankOf) {
                if let n = NumberReader.parse(t, convention: convention, count: true), n.value >= 1, n.value < 1e9 {
                    let of = Int(n.value)
                    if let stated = rankOf, stated != of {
                        report(
                            Diagnostic(
                                .error, "rank-of-mismatch", at: table.location(row, .rankOf),
                                "rank_of says \(of) but the rank cell says '\(table.text(row, .rank) ?? "")'"))
                        bad = true
                    }
                    rankOf = of
                } else {
                    report(
                        Diagnostic(
                            .error, "not-a-number", at: table.location(row, .rankOf),
                            "'\(t)' is not a whole number in column \(table.header[table.column[.rankOf] ?? 0].text)"))
                    bad = true
                }
            }
            let hasNumbers = [table.text(row, .value), table.text(row, .numerator), table.text(row, .denominator)]
            if (value == nil && hasNumbers[0] != nil) || (numerator == nil && hasNumbers[1] != nil)
                || (denominator == nil && hasNumbers[2] != nil)
            {
                bad = true  // reported by number(…)
            }
            if bad { continue }
            if value == nil, rank == nil, numerator == nil || denominator == nil {
                report(
                    Diagnostic(
                        .warning, "empty-observation", at: table.location(row, .value),
                        "the row has no value, no rank and no pair of counts; nothing was read from it",
                        hint: "give a value, a rank, or numerator and denominator"))
                continue
            }
            let (unitIndex, inserted) = unitIndex(name: unitField.text, parent: table.text(row, .parent), level: level)
            let unitName = panel.units.units[unitIndex].name
            if !inserted, let level {
                if let known = panel.units.units[unitIndex].level, known != level {
                    report(
                        Diagnostic(
                            .warning, "level-mismatch", at: table.location(row, .level),
                            "\(unitName) was loaded as a \(known.rawValue) and is a \(level.rawValue) here; the first level is kept"
                        ))
                } else {
                    panel.units.setLevel(level, at: unitIndex)
                }
            }
            var observation = Observation(
                unit: unitIndex, period: period, metric: metricID, tier: tier,
                value: value?.value, valueDecimals: value?.decimals, valueComputed: false,
                numerator: numerator?.value, denominator: denominator?.value, rank: rank, rankOf: rankOf,
                source: table.text(row, .source).map { clean($0) }, note: table.text(row, .note),
                origin: table.location(unitField),
                valueColumn: table.location(row, .value).column, rankColumn: table.location(row, .rank).column)
            if observation.value == nil, let n = observation.numerator, let d = observation.denominator, d > 0 {
                let percent = metric == nil || metric?.kind == .percent
                observation.value = percent ? 100 * n / d : n / d
                observation.valueComputed = true
            }
            panel.observations.append(observation)
        }
        return convention
    }

    // MARK: - Wide tables

    mutating func readWide(_ table: Table) -> DecimalConvention {
        let whole = SourceLocation(file: table.name, line: table.header.first?.line ?? 1, column: 1)
        var periodColumns: [(Int, Period)] = []
        var used: Set<Int> = [0]
        for (i, field) in table.header.enumerated().dropFirst() {
            if let key = HeaderKey.aliases[table.rawKeys[i]],
                [.metric, .level, .parent, .tier, .source, .note].contains(key)
            {
                used.insert(i)
            } else if case .success(let p) = period(field.text) {
                periodColumns.append((i, p))
                used.insert(i)
            }
        }
        checkShape(table, used: used)
        if table.column[.metric] == nil && options.metric == nil {
            report(
                Diagnostic(
                    .error, "wide-without-metric", at: whole,
                    "this wide table (one column per period) does not say which metric it holds",
                    hint: "add a 'metric' column or pass --metric ID"))
            return .point
        }
        let rows = table.rows
        var cells: [String] = []
        for row in rows {
            for (i, _) in periodColumns where i < row.count && !NumberReader.isMissing(row[i].text) {
                cells.append(row[i].text)
            }
        }
        let convention = convention(for: cells, file: table.name)
        for row in rows {
            guard let unitField = row.first, !unitField.text.isEmpty else {
                report(
                    Diagnostic(
                        .error, "missing-unit",
                        at: SourceLocation(file: table.name, line: row.first?.line ?? 0, column: 1), "the unit is empty"
                    ))
                continue
            }
            let metricID = table.text(row, .metric).map(Self.metricID) ?? options.metric.map(Self.metricID) ?? ""
            noteUnknownMetric(metricID, at: table.cell(row, .metric).map(table.location) ?? whole)
            let isCount = panel.metrics[metricID]?.kind == .count
            let level = table.text(row, .level).flatMap(UnitLevel.init(parsing:))
            let tier = table.text(row, .tier).flatMap(Tier.init(parsing:))
            let (unitIndex, _) = unitIndex(name: unitField.text, parent: table.text(row, .parent), level: level)
            for (i, period) in periodColumns where i < row.count {
                let field = row[i]
                guard !NumberReader.isMissing(field.text) else { continue }
                guard let n = NumberReader.parse(field.text, convention: convention, count: isCount) else {
                    report(
                        Diagnostic(
                            .error, "not-a-number", at: table.location(field),
                            "'\(field.text)' is not a number in column \(table.header[i].text)",
                            hint: "write a number such as 99.17, 99,17 or 7554; missing values are empty, '-' or NA"))
                    continue
                }
                panel.observations.append(
                    Observation(
                        unit: unitIndex, period: period, metric: metricID, tier: tier, value: n.value,
                        valueDecimals: n.decimals, valueComputed: false, numerator: nil, denominator: nil,
                        rank: nil, rankOf: nil, source: table.text(row, .source).map { clean($0) },
                        note: table.text(row, .note), origin: table.location(unitField),
                        valueColumn: field.column, rankColumn: 0))
            }
        }
        return convention
    }

    // MARK: - Metrics, targets, crosswalk

    mutating func readMetrics(_ table: Table) {
        let col = table.index(named:)
        let columns = (
            id: col("id"), vi: col("name vi"), en: col("name en"), kind: col("kind"), better: col("better"),
            min: col("min"), max: col("max")
        )
        for row in table.rows {
            func text(_ i: Int?) -> String? { table.text(row, at: i) }
            func at(_ i: Int?) -> SourceLocation { table.location(row, at: i) }
            guard let id = text(columns.id).map(Self.metricID) else {
                report(Diagnostic(.error, "missing-metric", at: at(columns.id), "the metric id is empty"))
                continue
            }
            guard let kind = text(columns.kind).flatMap({ MetricKind(rawValue: $0.lowercased()) }) else {
                report(
                    Diagnostic(
                        .error, "bad-kind", at: at(columns.kind), "'\(text(columns.kind) ?? "")' is not a metric kind",
                        hint: "kinds: \(MetricKind.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            let betterText = text(columns.better)?.lowercased() ?? "none"
            guard let better = Direction(rawValue: betterText) else {
                report(
                    Diagnostic(
                        .error, "bad-direction", at: at(columns.better), "'\(betterText)' is not a direction",
                        hint: "higher, lower or none"))
                continue
            }
            var bounds: [Double?] = []
            var bad = false
            for i in [columns.min, columns.max] {
                guard let t = text(i) else {
                    bounds.append(nil)
                    continue
                }
                if let n = NumberReader.parse(t, convention: .point) ?? NumberReader.parse(t, convention: .comma) {
                    bounds.append(n.value)
                } else {
                    report(Diagnostic(.error, "not-a-number", at: at(i), "'\(t)' is not a number"))
                    bad = true
                }
            }
            if bad { continue }
            let name = text(columns.en) ?? text(columns.vi) ?? id
            panel.metrics.define(
                Metric(
                    id: id, nameVi: text(columns.vi).map(Names.clean) ?? name, nameEn: name, kind: kind, better: better,
                    min: bounds[0], max: bounds[1]))
        }
    }

    mutating func readTargets(_ table: Table) -> DecimalConvention {
        let col = table.index(named:)
        let c = (
            unit: col("unit") ?? 0, level: col("level"), parent: col("parent"), metric: col("metric"),
            comparator: col("comparator"), target: col("target"), by: col("by period"), source: col("source"),
            note: col("note")
        )
        for row in table.rows {
            func text(_ i: Int?) -> String? { table.text(row, at: i) }
            func at(_ i: Int?) -> SourceLocation { table.location(row, at: i) }
            guard let unit = text(c.unit), let metric = text(c.metric).map(Self.metricID) else {
                report(Diagnostic(.error, "incomplete-target", at: at(c.unit), "a target needs a unit and a metric"))
                continue
            }
            guard
                let comparator = text(c.comparator).flatMap({
                    Target.Comparator(
                        rawValue: $0.replacingOccurrences(of: "≥", with: ">=").replacingOccurrences(of: "≤", with: "<=")
                    )
                })
            else {
                report(
                    Diagnostic(
                        .error, "bad-comparator", at: at(c.comparator),
                        "'\(text(c.comparator) ?? "")' is not a comparator", hint: "one of >=, <=, >, <, ="))
                continue
            }
            guard let t = text(c.target),
                let goal = NumberReader.parse(t, convention: .point) ?? NumberReader.parse(t, convention: .comma)
            else {
                report(
                    Diagnostic(
                        .error, "not-a-number", at: at(c.target),
                        "'\(text(c.target) ?? "")' is not a number in column target"))
                continue
            }
            guard let byText = text(c.by), case .success(let by) = period(byText) else {
                report(
                    Diagnostic(
                        .error, "bad-period", at: at(c.by), "'\(text(c.by) ?? "")' is not a period",
                        hint: PeriodParseError.hint))
                continue
            }
            noteUnknownMetric(metric, at: at(c.metric))
            let (index, _) = panel.units.add(
                Unit(
                    name: Names.clean(unit), level: text(c.level).flatMap(UnitLevel.init(parsing:)),
                    parent: text(c.parent).map(Names.clean)))
            panel.targets.append(
                Target(
                    unit: index, metric: metric, comparator: comparator, target: goal.value, by: by,
                    source: text(c.source).map(Names.clean), note: text(c.note), origin: table.location(row[0])))
        }
        return .point
    }

    mutating func readCrosswalk(_ table: Table) {
        let col = table.index(named:)
        let c = (
            old: col("old province"), new: col("new province"), change: col("change"), effective: col("effective"),
            source: col("source")
        )
        for row in table.rows {
            func text(_ i: Int?) -> String? { table.text(row, at: i) }
            guard let old = text(c.old).map(Names.clean), let new = text(c.new).map(Names.clean) else {
                report(
                    Diagnostic(
                        .error, "incomplete-crosswalk", at: table.location(row[0]),
                        "a crosswalk row needs old_province and new_province"))
                continue
            }
            panel.crosswalk.append(
                CrosswalkEntry(
                    oldProvince: old, newProvince: new, change: text(c.change) ?? "",
                    effective: text(c.effective) ?? "",
                    source: text(c.source), origin: table.location(row[0])))
        }
    }

    // MARK: - Finishing

    /// Attaches the crosswalk to units and reports duplicates; returns the result.
    public mutating func finish() -> LoadResult {
        for entry in panel.crosswalk {
            let matches = panel.units.candidates(entry.oldProvince, level: .province)
            for i in matches { panel.units.setSuccessor(entry.newProvince, at: i) }
        }
        panel.rememberRepeatedKeys()
        reportDuplicates()
        return LoadResult(panel: panel, diagnostics: diagnostics, suppressed: suppressed)
    }

    /// Same key and same source (or both without a source): equal → warning, different →
    /// error naming both lines. Rows from different sources are left to `check`.
    mutating func reportDuplicates() {
        for group in panel.repeatedKeys() {
            for (a, i) in group.enumerated() {
                for j in group[(a + 1)...] {
                    let first = panel.observations[i]
                    let second = panel.observations[j]
                    guard first.source == second.source else { continue }
                    let unit = panel.units.units[first.unit].name
                    let what =
                        "\(unit) · \(first.period) · \(first.metric)\(first.tier.map { " · \($0.rawValue) tier" } ?? "")"
                    let firstPlace = "\(first.origin.file):\(first.origin.line)"
                    switch Agreement.between(first, second) {
                    case .agree, .complement:
                        report(
                            Diagnostic(
                                .warning, "duplicate", at: second.origin,
                                "duplicate of \(firstPlace): \(what) is given twice with the same figures",
                                hint: "delete one of the two rows", related: [first.origin]))
                    case .conflict(let difference):
                        report(
                            Diagnostic(
                                .error, "conflicting-duplicate", at: second.valueLocation,
                                "\(what) is given twice with different figures (\(difference)); the other row is \(firstPlace)",
                                hint:
                                    "keep the right row, or give each row its own source so that `parlens check` lists them as a conflict between sources",
                                related: [first.origin]))
                    }
                }
            }
        }
    }
}
