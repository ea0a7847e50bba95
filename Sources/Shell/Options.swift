import ArgumentParser
import Foundation
import Messages
import Panel
import Rendering

/// Output formats of the commands.
public enum OutputFormat: String, Sendable, CaseIterable, ExpressibleByArgument {
    case table, markdown, csv, json, html, text
}

extension DecimalConvention: ExpressibleByArgument {}

/// Where the data comes from and how to read it; shared by every command that loads data.
public struct DataOptions: ParsableArguments, Sendable {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A CSV file or a folder of them (repeatable).",
            discussion: "Default: ./datasets when it exists, else $PARLENS_DATA (paths separated by ':').",
            valueName: "path"))
    public var data: [String] = []

    @Option(name: .long, help: "Force the decimal separator instead of detecting it per file (comma|point).")
    public var decimal: DecimalConvention?

    @Option(name: .long, help: ArgumentHelp("The metric of wide files that have no 'metric' column.", valueName: "id"))
    public var metric: String?

    public init() {}

    /// The paths to load, resolved against the working directory.
    func paths(in env: Environment) throws(CommandFailure) -> [String] {
        if !data.isEmpty {
            let paths = data.map(env.resolve)
            if let missing = data.first(where: { !FileManager.default.fileExists(atPath: env.resolve($0)) }) {
                throw .usage("no such file or folder: \(missing)", hint: "--data takes a CSV file or a folder of them")
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
            return fromEnv.split(separator: ":").map { env.resolve(String($0)) }
        }
        throw .usage(
            "no data to load: there is no ./datasets folder and PARLENS_DATA is not set",
            hint: "pass --data PATH (a CSV file or a folder)")
    }

    /// Loads the data; paths are shown relative to the working directory when inside it.
    func load(in env: Environment) throws(CommandFailure) -> (result: LoadResult, paths: [String]) {
        let paths = try paths(in: env)
        let result = Loader.load(paths, options: LoadOptions(decimal: decimal, metric: metric))
        return (
            Self.relativize(result, to: env.workingDirectory), paths.map { Self.relative($0, to: env.workingDirectory) }
        )
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

/// How output is written; shared by every command.
public struct OutputOptions: ParsableArguments, Sendable {
    @Option(name: .long, help: "table, markdown, csv, json, html (and text for check: compiler-style lines).")
    public var format: OutputFormat = .table

    @Option(name: .long, help: "Language of labels and messages: vi or en (default from $LANG).")
    public var lang: Language?

    @Option(
        name: .long, help: ArgumentHelp("Output width in columns (default: the terminal's, else 100).", valueName: "n"))
    public var width: Int?

    @Flag(name: .long, help: "Plain ASCII tables and charts (no box drawing, braille or arrows).")
    public var ascii = false

    @Option(name: .long, help: "Number format: vi (1.234,5) or en (1,234.5); default follows --lang.")
    public var locale: NumberLocale?

    @Flag(name: .long, help: "No colour even on a terminal (colour is also off when NO_COLOR is set).")
    public var noColor = false

    @Option(
        name: .long,
        help: ArgumentHelp("Show at most N rows of a table, with a footer saying how many are hidden.", valueName: "n"))
    public var maxRows: Int?

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp("Write the output to this file (atomically; never over an input).", valueName: "file"))
    public var output: String?

    /// The glyphs charts may use.
    public var glyphs: Glyphs { ascii ? .ascii : .unicode }

    /// Colour only on a terminal, without NO_COLOR, without --no-color, and never into a file.
    func colour(in env: Environment) -> Bool {
        env.stdoutIsTerminal && !noColor && output == nil && (env.variables["NO_COLOR"] ?? "").isEmpty
    }

    public init() {}
}

/// Why a command stopped: bad usage (exit 2) or bad data (exit 1).
public enum CommandFailure: Error, Sendable {
    case usage(String, hint: String?)
    /// The diagnostics have already been written; only the exit code remains.
    case data
}

extension NumberLocale: ExpressibleByArgument {}
