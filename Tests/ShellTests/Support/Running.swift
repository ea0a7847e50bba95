import Foundation

@testable import Shell

/// Collects what a command writes.
final class Capture: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""
    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }
    func writeOut(_ s: String) { lock.withLock { outText += s } }
    func writeErr(_ s: String) { lock.withLock { errText += s } }
}

/// An environment whose output goes to `capture`; `terminal` pretends standard output is a
/// terminal 100 columns wide.
func captured(_ capture: Capture, cwd: String, variables: [String: String] = [:], terminal: Bool = false)
    -> Environment
{
    Environment(
        workingDirectory: cwd, variables: variables, stdoutIsTerminal: terminal, terminalWidth: terminal ? 100 : nil,
        out: { capture.writeOut($0) }, err: { capture.writeErr($0) })
}

/// Runs `parlens ARGS` in `cwd` and returns its exit code and what it wrote.
func run(_ args: [String], cwd: String = root, env: [String: String] = [:], terminal: Bool = false) -> (
    code: Int32, out: String, err: String
) {
    let capture = Capture()
    let code = Parlens.main(
        arguments: args, environment: captured(capture, cwd: cwd, variables: env, terminal: terminal))
    return (code, capture.out, capture.err)
}

/// A session in `cwd` (default: the analysis fixtures) with its output captured.
func session(cwd: String = analysisFixtures, variables: [String: String] = [:]) -> (Session, Capture) {
    let capture = Capture()
    return (Session(environment: captured(capture, cwd: cwd, variables: variables)), capture)
}

/// `.build/<config>/parlens`, beside the test bundle (nil when it was not built).
var builtBinary: String? {
    var url = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
    for _ in 0..<4 {
        url.deleteLastPathComponent()
        let candidate = url.appendingPathComponent("parlens").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}
