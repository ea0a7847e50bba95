import Foundation
import Messages

/// What a command may touch: the working directory, the environment, and two writers.
/// Tests and the session pass their own; only ``Environment/process`` writes to the
/// real standard streams.
public struct Environment: Sendable {
    public var workingDirectory: String
    public var variables: [String: String]
    public var stdoutIsTerminal: Bool
    public var terminalWidth: Int?
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void
    /// Where a session reads its lines (nil: no input, as in tests of single commands).
    public var input: (any LineReader)?
    /// Whether the input is a person at a terminal (prompt, banner, errors do not stop).
    public var inputIsTerminal = false
    /// The session a command runs in: its data and settings (nil for a single command).
    public var session: SessionState?
    /// The notebooks being run, outermost first: a notebook that runs one of them again, or runs
    /// notebooks more than ``maxNotebookDepth`` deep, is refused.
    public var notebooks: [String] = []
    /// Where the commands of a running notebook may read and write (nil outside notebooks).
    var confinement: PathConfinement?
    /// Reads standard input for `--data -`: at most `limit` bytes and one more (so that a longer
    /// input shows), nil when it cannot be read; nil when there is none to read (tests).
    public var readStandardInput: (@Sendable (_ limit: Int) -> [UInt8]?)?
    /// How deep `run` may nest notebooks.
    public static let maxNotebookDepth = 4

    public init(
        workingDirectory: String, variables: [String: String], stdoutIsTerminal: Bool = false,
        terminalWidth: Int? = nil, out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void
    ) {
        self.workingDirectory = workingDirectory
        self.variables = variables
        self.stdoutIsTerminal = stdoutIsTerminal
        self.terminalWidth = terminalWidth
        self.out = out
        self.err = err
    }

    /// The real process: cwd, `environ`, stdout/stderr.
    public static var process: Environment {
        let tty = isatty(STDOUT_FILENO) == 1
        var width: Int?
        if tty {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { width = Int(size.ws_col) }
        }
        var env = Environment(
            workingDirectory: FileManager.default.currentDirectoryPath,
            variables: ProcessInfo.processInfo.environment, stdoutIsTerminal: tty, terminalWidth: width,
            out: { StandardStreams.shared.out($0) }, err: { StandardStreams.shared.err($0) })
        env.inputIsTerminal = isatty(STDIN_FILENO) == 1
        env.input = env.inputIsTerminal ? EditLineReader(variables: env.variables) : StandardInputReader()
        env.readStandardInput = { limit in StandardStreams.readInput(limit: limit) }
        return env
    }

    /// The language of messages from `PARLENS_LANG`, `LC_ALL`, `LC_MESSAGES` or `LANG`
    /// (`vi…` → Vietnamese, anything else → English).
    public var defaultLanguage: Language {
        for key in ["PARLENS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = variables[key], !v.isEmpty { return v.lowercased().hasPrefix("vi") ? .vi : .en }
        }
        return .en
    }

    /// Output width: `--width`, else the terminal's, else `COLUMNS`, else 100.
    public func width(_ forced: Int?) -> Int {
        if let forced { return max(20, forced) }
        if let terminalWidth { return terminalWidth }
        if let c = variables["COLUMNS"].flatMap(Int.init), c > 20 { return c }
        return 100
    }

    /// Makes a relative path absolute against the working directory.
    public func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
    }
}
