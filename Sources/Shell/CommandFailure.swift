import Messages

/// Why a command stopped: bad usage (exit 2) or bad data (exit 1).
public enum CommandFailure: Error, Sendable {
    /// What was typed wrong, and a hint; worded by the catalog of the command's language.
    case usage(Usage, hint: Usage?)
    /// The diagnostics have already been written; only the exit code remains.
    case data
}
