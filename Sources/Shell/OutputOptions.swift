import ArgumentParser
import Messages
import Rendering

/// Output formats of the commands.
public enum OutputFormat: String, Sendable, CaseIterable, ExpressibleByArgument {
    case table, markdown, csv, json, html, text
    /// An Excel workbook (`.xlsx`): bytes, written to `-o FILE` or to a standard output that is
    /// not a terminal.
    case xlsx
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
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "table, markdown, csv, json, html, xlsx (an Excel workbook; the default for -o FILE.xlsx), and text for check (compiler-style lines).",
            valueName: "format"))
    public var formatOption = FormatOption()

    /// The format: `--format`, else `xlsx` for `-o FILE.xlsx`, else `table`.
    public var format: OutputFormat { formatOption.given ?? impliedFormat ?? .table }

    /// The format the name of the `-o` file implies: `xlsx` for `.xlsx` (text in a file named
    /// `.xlsx` would be a broken workbook), else none.
    var impliedFormat: OutputFormat? {
        output.flatMap { $0.lowercased().hasSuffix(".xlsx") ? .xlsx : nil }
    }

    @Option(name: .long, help: "Language of labels and messages: vi or en (default from $LANG).")
    public var lang: Language?

    @Option(
        name: .long, help: ArgumentHelp("Output width in columns (default: the terminal's, else 100).", valueName: "n"))
    public var width: Int?

    @Flag(name: .long, help: "Plain ASCII tables and charts (no box drawing, braille or arrows).")
    public var ascii = false

    @Option(name: .long, help: "Number format: vi (1.234,5) or en (1,234.5); default follows --lang.")
    public var locale: NumberLocale?

    @Flag(
        name: .long,
        help:
            "Open with a paragraph of findings in words (rank, compare, trend): who leads, who rose and fell, whether a trend is real."
    )
    public var findings = false

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

    /// Fills in what the line does not give from a session's settings: format (unless the `-o`
    /// file's name implies one), language,
    /// number locale and width; `ascii` is on when either turns it on.
    mutating func adopt(_ settings: Session.Settings) {
        if formatOption.given == nil { formatOption.given = impliedFormat ?? settings.format }
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
