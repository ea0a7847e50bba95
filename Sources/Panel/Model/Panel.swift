/// Everything loaded: metric definitions, units, observations, targets and the merger
/// crosswalk, with the files they came from.
public struct Panel: Sendable {
    public internal(set) var metrics: MetricCatalog
    public internal(set) var units: UnitDirectory
    public internal(set) var observations: ObservationList {
        didSet { repeatedKeyGroups = nil }
    }
    public internal(set) var targets: [Target]
    /// The crosswalks of reorganisations (the 2025 province merger; district and commune ones).
    public internal(set) var crosswalk: Crosswalk
    public internal(set) var files: [LoadedFile]
    /// The names of the inputs read (files, later sheets and tables), indexed by ``Origin/input``.
    public internal(set) var inputs: [String]
    /// The inputs that are sheets of workbooks: their places are cells (``SourceLocation/isCell``).
    public internal(set) var cellInputs: Set<Int> = []
    /// ``repeatedKeys()`` as the loader found it; dropped when the observations change.
    var repeatedKeyGroups: [[Int]]?

    public init(metrics: MetricCatalog = .builtIn) {
        self.metrics = metrics
        units = UnitDirectory()
        observations = ObservationList()
        targets = []
        crosswalk = Crosswalk()
        files = []
        inputs = []
    }

    /// The metric's definition; an id the catalog does not know is a plain number with no
    /// direction and no range.
    public func metric(_ id: String) -> Metric {
        metrics[id] ?? Metric(id: id, nameVi: id, nameEn: id, kind: .points, better: .none)
    }

    /// The unit of an observation.
    public func unit(of observation: Observation) -> Unit { units.units[observation.unit] }

    /// Observations that share a key (unit, period, metric, tier), in load order; only keys
    /// with more than one observation are returned.
    ///
    /// Computed once by the loader (loading, `info` and `check` all ask); the groups are sorted by
    /// their first index.
    public func repeatedKeys() -> [[Int]] {
        repeatedKeyGroups ?? Self.repeatedKeys(of: observations)
    }

    /// All distinct periods, ordered.
    public var periods: [Period] { observations.distinctPeriods().sorted() }

    /// Remembers ``repeatedKeys()`` until the observations change.
    mutating func rememberRepeatedKeys() {
        repeatedKeyGroups = Self.repeatedKeys(of: observations)
    }
}

/// A file that was read, and what it held.
public struct LoadedFile: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case tidy, wide, metrics, targets, crosswalk
        /// A record-level dossier log (one row per dossier), summarised into counts and rates.
        case dossiers
    }

    public var path: String
    public var kind: Kind
    public var records: Int
    public var delimiter: String
    public var decimal: DecimalConvention
    public var hadBOM: Bool
}

/// How two observations of the same key relate.
public enum Agreement: Hashable, Sendable {
    /// Same value and rank (values equal once rounded to the fewer decimals of the two).
    case agree
    /// One gives what the other lacks (a value beside a rank-only row); nothing contradicts.
    case complement
    /// Something differs: the value, the rank or the size of the ranking.
    case conflict([Difference])

    /// Compares two observations of one key.
    public static func between(_ a: Observation, _ b: Observation) -> Agreement {
        var differences: [Difference] = []
        var complementary = false
        if let x = a.value, let y = b.value {
            let d = min(a.valueDecimals ?? 6, b.valueDecimals ?? 6)
            if !sameAtDecimals(x, y, d) { differences.append(.value(x, y)) }
        } else if (a.value == nil) != (b.value == nil) {
            complementary = true
        }
        if let x = a.rank, let y = b.rank {
            if x != y { differences.append(.rank(x, y)) }
        } else if (a.rank == nil) != (b.rank == nil) {
            complementary = true
        }
        if let x = a.rankOf, let y = b.rankOf, x != y { differences.append(.rankOf(x, y)) }
        if let x = a.numerator, let y = b.numerator, x != y { differences.append(.numerator(x, y)) }
        if let x = a.denominator, let y = b.denominator, x != y { differences.append(.denominator(x, y)) }
        if !differences.isEmpty { return .conflict(differences) }
        return complementary ? .complement : .agree
    }

    static func sameAtDecimals(_ x: Double, _ y: Double, _ decimals: Int) -> Bool {
        var scale = 1.0
        for _ in 0..<max(0, min(decimals, 12)) { scale *= 10 }
        return ((x * scale).rounded() - (y * scale).rounded()).magnitude < 0.5
    }

    /// A figure as written in messages: whole numbers without ".0", others in full.
    public static func format(_ x: Double) -> String {
        x == x.rounded() && x.magnitude < 1e15 ? String(Int(x)) : String(x)
    }
}

extension Panel {
    /// The place `origin` points to.
    public func location(_ origin: Origin) -> SourceLocation {
        let name = inputs.indices.contains(Int(origin.input)) ? inputs[Int(origin.input)] : ""
        return SourceLocation(
            file: name, line: Int(origin.line), column: Int(origin.column),
            isCell: cellInputs.contains(Int(origin.input)))
    }

    /// The input an origin points to.
    public func input(of origin: Origin) -> String { location(origin).file }

    /// Adds an input's name; its index is what ``Origin/input`` holds.
    mutating func addInput(_ name: String, cells: Bool = false) -> Int {
        if cells { cellInputs.insert(inputs.count) }
        inputs.append(name)
        return inputs.count - 1
    }

    /// Rewrites every stored file path (for display relative to the working directory): the
    /// names of the inputs and of the files read. Figures keep their origins.
    public mutating func relativizePaths(_ transform: (String) -> String) {
        for i in inputs.indices { inputs[i] = transform(inputs[i]) }
        for i in files.indices { files[i].path = transform(files[i].path) }
    }
}
