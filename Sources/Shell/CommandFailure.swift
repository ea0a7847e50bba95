/// Why a command stopped: bad usage (exit 2) or bad data (exit 1).
public enum CommandFailure: Error, Sendable {
    case usage(String, hint: String?)
    /// The diagnostics have already been written; only the exit code remains.
    case data
}
