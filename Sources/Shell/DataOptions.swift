import ArgumentParser
import Foundation
import Messages
import Panel

extension DecimalConvention: ExpressibleByArgument {}

/// Where the data comes from and how to read it; shared by every command that loads data.
public struct DataOptions: ParsableArguments, Sendable {
    @Option(name: .long, help: .catalog(.data, value: .path, discussion: .dataDefault))
    public var data: [String] = []

    @Option(name: .long, help: .catalog(.decimal, value: .decimal))
    public var decimal: DecimalConvention?

    @Option(name: .long, help: .catalog(.wideMetric, value: .id))
    public var metric: String?

    @Option(name: .long, help: .catalog(.sheet, value: .name, discussion: .sheetDefault))
    public var sheet: [String] = []

    @Flag(name: .long, help: .catalog(.excludeErrors))
    public var excludeErrors = false

    public init() {}

    /// The paths to load, resolved against the working directory.
    func paths(in env: Environment) throws(CommandFailure) -> [String] {
        if !data.isEmpty {
            for path in data where path != "-" { try env.checkAllowed(path) }
            let paths = data.map { $0 == "-" ? "-" : env.resolve($0) }
            if let missing = data.first(where: { $0 != "-" && !Loader.dataPathExists(env.resolve($0)) }) {
                throw .usage(.noSuchPath(missing), hint: .dataTakesPaths)
            }
            return paths
        }
        return try Self.defaultPaths(in: env)
    }

    /// ./datasets when it is a folder, else `$PARLENS_DATA` (paths separated by ':').
    static func defaultPaths(in env: Environment) throws(CommandFailure) -> [String] {
        let local = env.resolve("datasets")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory), isDirectory.boolValue {
            return [local]
        }
        if let fromEnv = env.variables["PARLENS_DATA"], !fromEnv.isEmpty {
            let entries = fromEnv.split(separator: ":").map(String.init)
            // A stale entry is named with its place in the variable, not as if typed after --data.
            for (i, entry) in entries.enumerated() where !FileManager.default.fileExists(atPath: env.resolve(entry)) {
                throw .usage(
                    .noSuchDataEntry(path: entry, index: i + 1, count: entries.count), hint: .dataVariableHoldsPaths)
            }
            return entries.map(env.resolve)
        }
        throw .usage(.noDefaultData, hint: .passData)
    }

    /// Loads the data; paths are shown relative to the working directory when inside it.
    func load(in env: Environment) throws(CommandFailure) -> (result: LoadResult, paths: [String]) {
        let paths = try paths(in: env)
        let options = LoadOptions(decimal: decimal, metric: metric, sheets: sheet)
        let result: LoadResult
        if paths.contains("-") {
            let bytes = try Self.standardInput(times: paths.count { $0 == "-" }, in: env)
            result = Self.relativize(
                Loader.load(paths, standardInput: bytes, options: options), to: env.workingDirectory)
        } else {
            result = Self.read(paths, options, in: env)
        }
        return (
            result, paths.map { $0 == "-" ? Loader.standardInputName : Self.relative($0, to: env.workingDirectory) }
        )
    }

    /// The most `--data -` reads from standard input; a larger input is better given as a file
    /// (read a window at a time, never whole).
    static let standardInputLimit = 512 << 20

    /// The bytes of standard input for `--data -`: refused in a session (its input holds the
    /// commands), from a terminal, when asked twice, when larger than ``standardInputLimit``.
    static func standardInput(times: Int, in env: Environment) throws(CommandFailure) -> [UInt8] {
        guard env.session == nil else { throw .usage(.standardInputHoldsCommands, hint: .pipeOrSaveData) }
        guard !env.inputIsTerminal else { throw .usage(.standardInputIsTerminal, hint: .pipeOrSaveData) }
        guard times == 1 else { throw .usage(.standardInputTwice, hint: .pipeOrSaveData) }
        guard let bytes = env.readStandardInput?(standardInputLimit) else {
            throw .usage(.standardInputUnusable(limit: nil), hint: .pipeOrSaveData)
        }
        guard bytes.count <= standardInputLimit else {
            throw .usage(.standardInputUnusable(limit: "\(standardInputLimit >> 20) MB"), hint: .pipeOrSaveData)
        }
        return bytes
    }

    /// Reads `paths` (absolute) with `options`, file paths in the result relative to the working
    /// directory. In a session the session's store is asked first: what it read before is used
    /// again while the files are unchanged, unless `reload`. Every read of data goes through here.
    static func read(_ paths: [String], _ options: LoadOptions, in env: Environment, reload: Bool = false)
        -> LoadResult
    {
        let read = { relativize(Loader.load(paths, options: options), to: env.workingDirectory) }
        guard let store = env.session?.store else { return read() }
        let key = DataStore.Key(paths: paths, decimal: options.decimal, metric: options.metric, sheets: options.sheets)
        return store.result(for: key, reload: reload, read: read)
    }

    static func relative(_ path: String, to directory: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    static func relativize(_ result: LoadResult, to directory: String) -> LoadResult {
        var result = result
        func fix(_ l: SourceLocation?) -> SourceLocation? {
            guard var l else { return nil }
            l.file = relative(l.file, to: directory)
            return l
        }
        result.diagnostics = result.diagnostics.map { d in
            var d = d
            d.location = fix(d.location)
            d.related = d.related.compactMap(fix)
            return d
        }
        result.panel.relativizePaths { relative($0, to: directory) }
        return result
    }
}
