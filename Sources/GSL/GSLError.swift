internal import CGSL

/// A failure reported by the GNU Scientific Library, or refused before calling it.
///
/// GSL's default error handler calls `abort()`. parlens switches it off once
/// (``GSL/configure()``) and turns every non-zero status into this error, which names
/// the GSL function that returned it. Arguments GSL would not validate with the handler
/// off (empty input, mismatched lengths, non-finite values) are checked in Swift first
/// and reported with ``Code/invalidArgument``.
public struct GSLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The GSL status codes parlens can meet, by their `GSL_E…` names.
    public enum Code: Hashable, Sendable {
        /// `GSL_EDOM`: input domain error, e.g. sqrt(-1).
        case domain
        /// `GSL_ERANGE`: output range error, e.g. exp(1e100).
        case range
        /// `GSL_EINVAL`: invalid argument supplied by the caller.
        case invalidArgument
        /// `GSL_EZERODIV`: division by zero.
        case divisionByZero
        /// `GSL_EBADLEN`: vector lengths are not conformant.
        case badLength
        /// `GSL_ENOMEM`: allocation failed.
        case noMemory
        /// `GSL_EMAXITER`: iteration limit exceeded.
        case maxIterations
        /// `GSL_ELOSS`: loss of accuracy.
        case lossOfAccuracy
        /// Any other status, kept as its number.
        case other(Int32)

        /// The code for a raw GSL status.
        public init(status: Int32) {
            switch Int(status) {
            case GSL_EDOM: self = .domain
            case GSL_ERANGE: self = .range
            case GSL_EINVAL: self = .invalidArgument
            case GSL_EZERODIV: self = .divisionByZero
            case GSL_EBADLEN: self = .badLength
            case GSL_ENOMEM: self = .noMemory
            case GSL_EMAXITER: self = .maxIterations
            case GSL_ELOSS: self = .lossOfAccuracy
            default: self = .other(status)
            }
        }
    }

    /// What went wrong.
    public let code: Code
    /// The GSL function that failed (or would have been called), e.g. `gsl_fit_linear`.
    public let function: String
    /// A sentence for a person.
    public let reason: String

    public init(code: Code, function: String, reason: String) {
        self.code = code
        self.function = function
        self.reason = reason
    }

    public var description: String { "\(function): \(reason)" }
}

/// Process-wide GSL set-up.
public enum GSL {
    /// The linked GSL version, e.g. "2.7.1".
    public static var version: String { String(cString: parlens_gsl_version()) }

    /// Switches GSL's aborting error handler off. Idempotent; every entry point of this
    /// module calls it, so callers never need to.
    public static func configure() { _ = handlerOff }

    private static let handlerOff: Bool = {
        gsl_set_error_handler_off()
        return true
    }()

    /// Runs a GSL call and throws if it returns a non-zero status.
    ///
    /// - Parameters:
    ///   - function: the GSL function's name, for the error.
    ///   - body: the call, returning its status.
    static func check(_ function: String, _ body: () -> Int32) throws(GSLError) {
        configure()
        let status = body()
        guard Int(status) == Int(GSL_SUCCESS) else {
            let text = gsl_strerror(status).map { String(cString: $0) } ?? "status \(status)"
            throw GSLError(code: .init(status: status), function: function, reason: text)
        }
    }

    /// Throws unless `x` and `y` have the same length, at least `minCount` values, all finite.
    static func requirePaired(_ x: [Double], _ y: [Double], minCount: Int, function: String) throws(GSLError) {
        guard x.count == y.count else {
            throw GSLError(code: .badLength, function: function, reason: "x has \(x.count) values, y has \(y.count)")
        }
        try requireFinite(x, minCount: minCount, function: function)
        try requireFinite(y, minCount: minCount, function: function)
    }

    /// Throws ``GSLError/Code/invalidArgument`` unless `values` is non-empty and finite.
    static func requireFinite(_ values: [Double], minCount: Int, function: String) throws(GSLError) {
        configure()
        guard values.count >= minCount else {
            throw GSLError(
                code: .invalidArgument, function: function,
                reason: "needs at least \(minCount) value\(minCount == 1 ? "" : "s"), got \(values.count)")
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw GSLError(
                code: .invalidArgument, function: function,
                reason: "value at index \(bad) is not finite (\(values[bad]))")
        }
    }
}
