/// What a load has gathered so far: the panel, the diagnostics, and what the rules remember
/// between rows and files.
///
/// Rules (`Rules/`) extend it with one reader per kind of table; the ``Loader`` feeds them the
/// tables its sources yield. The memos exist because the same texts (metrics, periods, levels,
/// tiers, names, parents, sources) repeat on most rows.
struct LoadContext {
    var options: LoadOptions
    var panel = Panel()
    var diagnostics: [Diagnostic] = []
    /// Diagnostics beyond ``LoadOptions/maxDiagnostics``, counted and not kept.
    var suppressed = 0
    /// `file + U+1F + metric` for the unknown metrics already warned about.
    var unknownMetricsWarned: Set<String> = []
    var periodMemo: [String: Result<Period, PeriodParseError>] = [:]
    var cleanMemo: [String: String] = [:]
    /// By `name + U+1F + parent` as written.
    var unitMemo: [String: Int] = [:]
    var metricMemo: [String: String] = [:]
    var levelMemo: [String: UnitLevel?] = [:]
    var tierMemo: [String: Tier?] = [:]

    init(options: LoadOptions) { self.options = options }

    mutating func report(_ d: Diagnostic) {
        if diagnostics.count < options.maxDiagnostics { diagnostics.append(d) } else { suppressed += 1 }
    }

    mutating func period(_ text: String) -> Result<Period, PeriodParseError> {
        Self.memo(&periodMemo, text) { text in
            do throws(PeriodParseError) { return .success(try Period(parsing: text)) } catch { return .failure(error) }
        }
    }

    /// ``Names/clean(_:)``, memoised.
    mutating func clean(_ text: String) -> String { Self.memo(&cleanMemo, text, Names.clean) }

    /// The unit for a row's raw name and parent, added when new.
    mutating func unitIndex(name rawName: String, parent rawParent: String?, level: UnitLevel?) -> (
        index: Int, inserted: Bool
    ) {
        let key = rawName + "\u{1F}" + (rawParent ?? "")
        if let known = unitMemo[key] { return (known, false) }
        let result = panel.units.add(Unit(name: clean(rawName), level: level, parent: rawParent.map { clean($0) }))
        unitMemo[key] = result.index
        return result
    }

    mutating func metricID(_ text: String) -> String { Self.memo(&metricMemo, text, Self.metricID) }

    mutating func level(_ text: String) -> UnitLevel? { Self.memo(&levelMemo, text, UnitLevel.init(parsing:)) }

    mutating func tier(_ text: String) -> Tier? { Self.memo(&tierMemo, text, Tier.init(parsing:)) }

    /// `make(text)`, computed once per distinct text and kept in `memo`.
    static func memo<Value>(_ memo: inout [String: Value], _ text: String, _ make: (String) -> Value) -> Value {
        if let known = memo[text] { return known }
        let value = make(text)
        memo[text] = value
        return value
    }

    /// A metric cell's id: folded, spaces as underscores (`PAR INDEX` → `par_index`).
    static func metricID(_ text: String) -> String {
        Names.fold(text).replacingOccurrences(of: " ", with: "_")
    }

    /// Warns, once per file and metric, that `id` is not in the catalog.
    mutating func noteUnknownMetric(_ id: String, at location: SourceLocation) {
        guard panel.metrics[id] == nil, unknownMetricsWarned.insert(location.file + "\u{1F}" + id).inserted else {
            return
        }
        let close = Names.suggestions(for: id, among: panel.metrics.ids)
        report(
            Diagnostic(.unknownMetric(id, suggestions: close), at: location))
    }
}

/// Diagnostics found before their turn to be reported (a large file's shape problems are found
/// while its decimal vote is taken, and reported before it): at most `limit` are kept — no more
/// can be reported — and the rest are counted.
struct HeldDiagnostics {
    let limit: Int
    var kept: [Diagnostic] = []
    var dropped = 0

    init(limit: Int) { self.limit = limit }

    mutating func add(_ d: Diagnostic) {
        if kept.count < limit { kept.append(d) } else { dropped += 1 }
    }

    /// Reports them, in the order they were found.
    func flush(into context: inout LoadContext) {
        for d in kept { context.report(d) }
        context.suppressed += dropped
    }
}
