import Foundation

/// A command whose output may go to a file (`-o FILE`).
protocol WritesOutput {
    var output: OutputOptions { get set }
    var data: DataOptions { get set }
}

extension Info: WritesOutput {}
extension Check: WritesOutput {}
extension Rank: WritesOutput {}
extension Trend: WritesOutput {}
extension Compare: WritesOutput {}
extension Correlate: WritesOutput {}
extension SummaryCommand: WritesOutput {}
extension TargetCommand: WritesOutput {}
extension Chart: WritesOutput {}

/// Collects what a command writes, for `-o`.
final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func append(_ s: String) { lock.withLock { text += s } }
    var contents: String { lock.withLock { text } }
}

enum OutputFile {
    /// Runs `command` with its standard output captured, then writes it to `path` atomically
    /// (a temporary file in the same folder, then a rename), refusing to overwrite a data file.
    /// The file is written even when the command reports data errors (exit 1), as `check` does.
    static func run(_ command: any Command & WritesOutput, to path: String, in env: Environment) throws(CommandFailure)
    {
        let target = URL(fileURLWithPath: env.resolve(path)).standardizedFileURL.resolvingSymlinksInPath()
        let inputs = (try? command.data.paths(in: env)) ?? []
        for input in inputs {
            let url = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            let inside =
                isDirectory.boolValue && target.path.hasPrefix(url.path + "/")
                && target.pathExtension.lowercased() == "csv"
            if target.path == url.path || inside {
                throw .usage(.refusingToOverwrite(path), hint: .chooseAnotherOutput)
            }
        }
        let buffer = OutputBuffer()
        var captured = env
        captured.out = { buffer.append($0) }
        captured.stdoutIsTerminal = false
        var failure: CommandFailure?
        do { try command.execute(in: captured) } catch { failure = error }
        if case .usage = failure { throw failure ?? .data }
        do {
            try Data(buffer.contents.utf8).write(to: target, options: .atomic)
        } catch {
            throw .usage(.cannotWrite(path, reason: error.localizedDescription), hint: .checkFolder)
        }
        if let failure { throw failure }
    }
}
