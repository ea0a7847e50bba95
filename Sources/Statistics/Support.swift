import GSL

/// Errors from estimators and tests, phrased without domain words.
///
/// Every function in this module either returns a complete result or throws one of these;
/// none returns NaN in silence. ``description`` is the English wording, for logs and tests;
/// parlens words these errors for users in the Messages module's catalog.
public enum StatisticsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Fewer values than the method needs.
    case tooFewValues(method: String, needed: Int, got: Int)
    /// A value is NaN or infinite.
    case nonFinite(method: String, index: Int)
    /// Two samples that must pair up have different lengths.
    case lengthMismatch(method: String, first: Int, second: Int)
    /// The input has no spread where the method needs some (all x equal, all values equal).
    case degenerate(method: String, reason: Degeneracy)
    /// An argument outside its domain (a count above its total, a level outside (0, 1)).
    case invalidArgument(method: String, reason: InvalidArgument)
    /// The numeric library refused the computation.
    case numeric(GSLError)

    public var description: String {
        switch self {
        case .tooFewValues(let method, let needed, let got):
            "\(method) needs at least \(needed) values, got \(got)"
        case .nonFinite(let method, let index):
            "\(method): value at index \(index) is not a finite number"
        case .lengthMismatch(let method, let first, let second):
            "\(method): the samples must pair up, got \(first) and \(second) values"
        case .degenerate(let method, let reason):
            "\(method): \(reason)"
        case .invalidArgument(let method, let reason):
            "\(method): \(reason)"
        case .numeric(let error):
            error.description
        }
    }
}

/// Why an input has no spread where a method needs some.
public enum Degeneracy: Hashable, Sendable, CustomStringConvertible {
    /// All x values are equal: a slope is undefined.
    case equalX
    /// Both proportions are `value` (0 or 1): the z statistic is undefined.
    case equalProportions(Int)
    /// The first (1) or second (2) sample is constant: a correlation is undefined.
    case constantSample(Int)
    /// Every paired difference equals the same value: t is undefined.
    case equalDifferences(Double)
    /// Every paired difference is zero: there is nothing to rank.
    case zeroDifferences

    public var description: String {
        switch self {
        case .equalX: "all x values are equal; the slope is undefined"
        case .equalProportions(let p): "both proportions are \(p); z is undefined"
        case .constantSample(let which):
            "the \(which == 1 ? "first" : "second") sample is constant; the correlation is undefined"
        case .equalDifferences(let d): "every difference equals \(d); t is undefined"
        case .zeroDifferences: "every difference is zero; there is nothing to rank"
        }
    }
}

/// An argument outside the domain a method accepts.
public enum InvalidArgument: Hashable, Sendable, CustomStringConvertible {
    /// A confidence level outside (0, 1).
    case confidenceLevel(Double)
    /// A p-value outside [0, 1], at its index.
    case pValue(index: Int, value: Double)
    /// A number of trials that is not positive.
    case trials(Int)
    /// A number of successes outside 0…trials.
    case successes(Int, trials: Int)
    /// Fewer than two bootstrap resamples.
    case resamples(Int)

    public var description: String {
        switch self {
        case .confidenceLevel(let level): "the confidence level must be in (0, 1), got \(level)"
        case .pValue(let index, let value): "p-value at index \(index) is not in [0, 1] (\(value))"
        case .trials(let n): "the number of trials must be positive, got \(n)"
        case .successes(let k, let n): "successes must be between 0 and \(n), got \(k)"
        case .resamples(let n): "needs at least 2 resamples, got \(n)"
        }
    }
}

/// A two-sided confidence interval [lower, upper] at a stated level.
public struct ConfidenceInterval: Hashable, Sendable, Codable {
    public let lower: Double
    public let upper: Double
    /// Coverage, e.g. 0.95.
    public let level: Double

    public init(lower: Double, upper: Double, level: Double) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// Both bounds multiplied by `factor` (e.g. 100 for a proportion shown in percent).
    public func scaled(by factor: Double) -> ConfidenceInterval {
        ConfidenceInterval(lower: lower * factor, upper: upper * factor, level: level)
    }

    /// Whether `value` lies within the closed interval.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }
}

/// Input checks shared by the estimators.
enum Check {
    static func finite(_ x: [Double], method: String, minCount: Int) throws(StatisticsError) {
        guard x.count >= minCount else { throw .tooFewValues(method: method, needed: minCount, got: x.count) }
        if let bad = x.firstIndex(where: { !$0.isFinite }) { throw .nonFinite(method: method, index: bad) }
    }

    static func paired(_ x: [Double], _ y: [Double], method: String, minCount: Int) throws(StatisticsError) {
        guard x.count == y.count else { throw .lengthMismatch(method: method, first: x.count, second: y.count) }
        try finite(x, method: method, minCount: minCount)
        try finite(y, method: method, minCount: minCount)
    }

    static func level(_ level: Double, method: String) throws(StatisticsError) {
        guard level > 0, level < 1 else {
            throw .invalidArgument(method: method, reason: .confidenceLevel(level))
        }
    }

    /// Runs a GSL call, turning its error into ``StatisticsError/numeric(_:)``.
    static func gsl<T>(_ body: () throws(GSLError) -> T) throws(StatisticsError) -> T {
        do { return try body() } catch { throw .numeric(error) }
    }
}

/// Two-sided normal p-value 2·P(Z > |z|), from GSL's `gsl_cdf_ugaussian_Q`.
func twoSidedNormalP(_ z: Double) throws(StatisticsError) -> Double {
    try Check.gsl { () throws(GSLError) in min(1, 2 * (try Distributions.normalUpper(abs(z)))) }
}

/// Two-sided Student t p-value 2·P(T > |t|) with `df` degrees of freedom; an infinite t gives 0.
func twoSidedStudentP(_ t: Double, degreesOfFreedom df: Double) throws(StatisticsError) -> Double {
    if t.isInfinite { return 0 }
    return try Check.gsl { () throws(GSLError) in
        min(1, 2 * (try Distributions.studentTUpper(abs(t), degreesOfFreedom: df)))
    }
}

/// Median of a copy of `x` (mean of the two middle values for even n), by sorting.
func median(_ x: [Double]) -> Double {
    var sorted = x
    sorted.sort()
    return medianOfSorted(sorted)
}

func medianOfSorted(_ sorted: [Double]) -> Double {
    let n = sorted.count
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
}

/// Sizes of the groups of equal values (only groups of 2 or more), in sorted order.
func tieGroupSizes(_ x: [Double]) -> [Int] {
    var groups: [Int] = []
    withSortedCopy(x) { sorted in
        var run = 1
        for i in 1..<max(sorted.count, 1) {
            if sorted[i] == sorted[i - 1] {
                run += 1
            } else {
                if run > 1 { groups.append(run) }
                run = 1
            }
        }
        if run > 1 { groups.append(run) }
    }
    return groups
}

/// Whether some values of `x` are equal.
func hasTies(_ x: [Double]) -> Bool {
    withSortedCopy(x) { sorted in
        for i in 1..<max(sorted.count, 1) where sorted[i] == sorted[i - 1] { return true }
        return false
    }
}

/// Calls `body` with a sorted copy of `x` in scratch memory (on the stack when short).
func withSortedCopy<R>(_ x: [Double], _ body: (UnsafeMutableBufferPointer<Double>) -> R) -> R {
    x.withUnsafeBufferPointer { source in
        withUnsafeTemporaryAllocation(of: Double.self, capacity: source.count) { scratch in
            sortedCopy(source, into: scratch)
            return body(scratch)
        }
    }
}
