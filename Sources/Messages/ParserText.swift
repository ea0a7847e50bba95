/// What ArgumentParser itself writes, in the help and in its errors: its headings, the values
/// and default it adds after an option's help, its own options, and its error messages.
///
/// ArgumentParser writes these in English and cannot be told otherwise; the Shell reads its
/// output, finds these shapes (``English`` words them exactly as ArgumentParser does) and has
/// the catalog of the user's language word them again. Option names, placeholders and the values
/// a user typed are carried as they are.
public enum ParserText: Hashable, Sendable {
    // The help.
    /// A heading: "OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS" (without the colon).
    case heading(Heading)
    /// "values" of "(values: a, b)".
    case values
    /// "default" of "(default: x)" and "(values: a, b; default: x)".
    case defaultValue
    /// "options" of the placeholder `[<options>]` (or `<options>`) in a usage line.
    case optionsPlaceholder
    /// "subcommand" of the placeholder `<subcommand>`, and "subcommands" of `<subcommands>`
    /// (`parlens help [<subcommands> ...]`).
    case subcommandPlaceholder(plural: Bool)
    /// The overview of ArgumentParser's `help` command (`parlens help help`).
    case helpCommand
    /// The help of `-h, --help`.
    case showHelp
    /// The help of `--version`.
    case showVersion
    /// The line under the subcommands: "See 'parlens help <subcommand>' for detailed help."
    /// `command` is what comes before the placeholder: "parlens help", "parlens help dossiers".
    case seeSubcommandHelp(command: String)

    // The errors, and what follows them.
    /// "Error: " before a message.
    case errorPrefix
    /// "Help:  " before the help of the option an error is about.
    case helpPrefix
    /// "Usage: " before the usage line under an error.
    case usagePrefix
    /// "See 'parlens rank --help' for more information." under the usage line.
    case seeHelp(command: String)
    /// "Unknown option '--x'", with the closest option's name when there is one.
    case unknownOption(String, suggestion: String?)
    /// "Unknown option '-ox'" and, on a second line, "or: Missing value for '-o <file>' in '-ox'":
    /// a short option with its value stuck to it, or a run of short flags with an unknown one.
    case unknownOrMissingValue(String, suggestion: String?, option: String)
    /// "Missing value for '--period <period>'".
    case missingValue(String)
    /// "The option '--chart' does not take any value, but 'yes' was specified."
    case noValueTaken(option: String, value: String)
    /// "Unexpected argument 'x'", "2 unexpected arguments: 'x', 'y'".
    case unexpectedArguments([String])
    /// "Missing expected argument '<metric>'".
    case missingArgument(String)
    /// "Missing one of: '<a>', '<b>'".
    case missingOneOf([String])
    /// "The value 'x' is invalid for '<kind>'", then the values there are (none when any value
    /// of the type is accepted).
    case invalidValue(String, for: String, choices: [String])
    /// "Invalid option: x".
    case invalidOption(String)

    /// The headings of the help's sections.
    public enum Heading: String, CaseIterable, Hashable, Sendable {
        case overview = "OVERVIEW"
        case usage = "USAGE"
        case arguments = "ARGUMENTS"
        case options = "OPTIONS"
        case subcommands = "SUBCOMMANDS"
    }
}
