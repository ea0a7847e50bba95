/// Where a session gets its lines: a terminal with line editing, standard input, or a script.
public protocol LineReader: AnyObject, Sendable {
    /// The next line without its newline, or nil at the end of input (Ctrl-D).
    func readLine(prompt: String) -> String?
    /// Records a line in the history (line editors keep and save it; others ignore it).
    func remember(_ line: String)
    /// What Tab does to the text before the cursor is asked from here.
    func setCompleter(_ completer: @escaping @Sendable (String) -> LineCompletion)
    /// The prompt of the history search (Ctrl-R) for a pattern, and whether the pattern matched.
    func setSearchPrompt(_ prompt: @escaping @Sendable (_ pattern: String, _ found: Bool) -> String)
}

extension LineReader {
    public func remember(_ line: String) {}
    public func setCompleter(_ completer: @escaping @Sendable (String) -> LineCompletion) {}
    public func setSearchPrompt(_ prompt: @escaping @Sendable (_ pattern: String, _ found: Bool) -> String) {}
}

/// Lines given in advance (tests, `-c`).
public final class ScriptedLineReader: LineReader, @unchecked Sendable {
    private var lines: [String]
    public private(set) var prompts: [String] = []
    public private(set) var remembered: [String] = []
    public init(_ lines: [String]) { self.lines = lines }
    public func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        return lines.isEmpty ? nil : lines.removeFirst()
    }
    public func remember(_ line: String) { remembered.append(line) }
}

/// Standard input read line by line, without a prompt (a pipe or a file).
public final class StandardInputReader: LineReader, @unchecked Sendable {
    public init() {}
    public func readLine(prompt: String) -> String? { Swift.readLine(strippingNewline: true) }
}
