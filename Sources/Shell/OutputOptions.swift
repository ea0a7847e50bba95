import ArgumentParser
import Messages
import Rendering

/// Output formats of the commands.
public enum OutputFormat: String, Sendable, CaseIterable, ExpressibleByArgument {
    case table, markdown, csv, json, html, text
}

/// The value of `--format`: the format the line gives, or none (then a session's `set format`
/// applies, else `table`). Help shows the values and "default: table" as for a plain format.
public struct FormatOption: ExpressibleByArgument, Sendable {
    /// The format given on the line, if any.
    public var given: OutputFormat?

    public init(_ given: OutputFormat? = nil) { self.given = given }

    public init?(argument: String) {
        guard let format = OutputFormat(argument: argument) else { return nil }
        given = format
    }

    public var defaultValueDescription: String { (given ?? .table).rawValue }
    public static var allValueStrings: [String] { OutputFormat.allValueStrings }
    public static var defaultCompletionKind: CompletionKind { OutputFormat.defaultCompletionKind }
}

/// How output is written; shared by every command.
public struct OutputOptions: ParsableArguments, Sendable {
    @Option(name: .customLong("format"), help: .catalog(.format, value: .format))
    public var formatOption = FormatOption()

    /// The format: `--format`, else `table`.
    public var format: OutputFormat { formatOption.given ?? .table }

    @Option(name: .long, help: .catalog(.lang, value: .lang))
    public var lang: Language?

    @Option(name: .long, help: .catalog(.width, value: .n))
    public var width: Int?

    @Flag(name: .long, help: .catalog(.ascii))
    public var ascii = false

    @Option(name: .long, help: .catalog(.locale, value: .locale))
    public var locale: NumberLocale?

    @Flag(name: .long, help: .catalog(.findings))
    public var findings = false

    @Flag(name: .long, help: .catalog(.noColor))
    public var noColor = false

    @Option(name: .long, help: .catalog(.maxRows, value: .n))
    public var maxRows: Int?

    @Option(name: [.customShort("o"), .long], help: .catalog(.output, value: .file))
    public var output: String?

    /// Fills in what the line does not give from a session's settings: format, language,
    /// number locale and width; `ascii` is on when either turns it on.
    mutating func adopt(_ settings: Session.Settings) {
        if formatOption.given == nil { formatOption.given = settings.format }
        lang = lang ?? settings.lang
        locale = locale ?? settings.locale
        width = width ?? settings.width
        ascii = ascii || settings.ascii
    }

    /// The glyphs charts may use.
    public var glyphs: Glyphs { ascii ? .ascii : .unicode }

    /// Colour only on a terminal, without NO_COLOR, without --no-color, and never into a file.
    func colour(in env: Environment) -> Bool {
        env.stdoutIsTerminal && !noColor && output == nil && (env.variables["NO_COLOR"] ?? "").isEmpty
    }

    public init() {}
}

extension NumberLocale: ExpressibleByArgument {}
