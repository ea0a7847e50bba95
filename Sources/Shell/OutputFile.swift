import Foundation
import Panel

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

    /// What was written since the last call (or since the start), which the buffer then forgets:
    /// a notebook takes each command's output this way, in time proportional to that output
    /// alone (counting the characters of everything written before cost the square of a block).
    func take() -> String {
        lock.withLock {
            defer { text = "" }
            return text
        }
    }
}

enum OutputFile {
    /// Where `-o path` may write, or a usage error: never over a file that an input of the run
    /// resolves to (real paths, links followed, any extension — every file of an input folder
    /// parlens reads, a notebook itself), never a new `.csv`/`.tsv` inside an input folder (it
    /// would be read next time), and never over anything that is not a regular file (a device).
    static func guarded(_ path: String, inputs: [String], in env: Environment) throws(CommandFailure) -> URL {
        try env.checkAllowed(path)
        let target = URL(fileURLWithPath: env.resolve(path)).standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: target.path)
            if isDirectory.boolValue || attributes?[.type] as? FileAttributeType != .typeRegular {
                throw .usage(.refusingToReplaceNonFile(path), hint: .chooseAnotherOutput)
            }
        }
        let dataExtensions: Set<String> = ["csv", "tsv"]
        for input in inputs {
            let url = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            var inputIsFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &inputIsFolder)
            var files = [url.path]
            if inputIsFolder.boolValue {
                files = Loader.dataFiles(in: url.path).map {
                    URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path
                }
                if target.path.hasPrefix(url.path + "/"), dataExtensions.contains(target.pathExtension.lowercased()) {
                    throw .usage(.refusingToOverwrite(path), hint: .chooseAnotherOutput)
                }
            }
            if files.contains(target.path) { throw .usage(.refusingToOverwrite(path), hint: .chooseAnotherOutput) }
        }
        return target
    }

    /// Runs `command` with its standard output captured (or its tables, as a workbook, with
    /// `--format xlsx`), then writes the bytes to `path` atomically (a temporary file in the same
    /// folder, then a rename), refusing to overwrite a data file.
    /// The file is written even when the command reports data errors (exit 1), as `check` does.
    static func run(_ command: any Command & WritesOutput, to path: String, in env: Environment) throws(CommandFailure)
    {
        let target = try guarded(path, inputs: (try? command.data.paths(in: env)) ?? [], in: env)
        var failure: CommandFailure?
        let bytes: Data
        if command.output.format == .xlsx {
            (bytes, failure) = try workbook(of: command, in: env)
        } else {
            let buffer = OutputBuffer()
            var captured = env
            captured.out = { buffer.append($0) }
            captured.stdoutIsTerminal = false
            // A notebook run into a workbook does not take the tables a command writes to a file.
            captured.workbook = nil
            do { try command.execute(in: captured) } catch { failure = error }
            if case .usage = failure { throw failure ?? .data }
            bytes = Data(buffer.contents.utf8)
        }
        do {
            try bytes.write(to: target, options: .atomic)
        } catch {
            throw .usage(.cannotWrite(path, reason: error.localizedDescription), hint: .checkFolder)
        }
        if let failure { throw failure }
    }
}
