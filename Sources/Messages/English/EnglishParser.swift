extension English {
    /// ArgumentParser's own words, exactly as it writes them (swift-argument-parser 1.8.2:
    /// HelpGenerator.swift, UsageGenerator.swift, MessageInfo.swift).
    static func text(_ text: ParserText) -> String {
        switch text {
        case .heading(let heading): heading.rawValue
        case .values: "values"
        case .defaultValue: "default"
        case .optionsPlaceholder: "options"
        case .subcommandPlaceholder(let plural): plural ? "subcommands" : "subcommand"
        case .helpCommand: "Show subcommand help information."
        case .showHelp: "Show help information."
        case .showVersion: "Show the version."
        case .seeSubcommandHelp(let command): "See '\(command) <subcommand>' for detailed help."
        case .errorPrefix: "Error: "
        case .helpPrefix: "Help:  "
        case .usagePrefix: "Usage: "
        case .seeHelp(let command): "See '\(command) --help' for more information."
        case .unknownOption(let name, let suggestion):
            "Unknown option '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
        case .unknownOrMissingValue(let name, let suggestion, let option):
            English.text(ParserText.unknownOption(name, suggestion: suggestion))
                + "\n   or: Missing value for '\(option)' in '\(name)'"
        case .missingValue(let option): "Missing value for '\(option)'"
        case .noValueTaken(let option, let value):
            "The option '\(option)' does not take any value, but '\(value)' was specified."
        case .unexpectedArguments(let values):
            values.count == 1
                ? "Unexpected argument '\(values[0])'"
                : "\(values.count) unexpected arguments: '\(values.joined(separator: "', '"))'"
        case .missingArgument(let argument): "Missing expected argument '\(argument)'"
        case .missingOneOf(let arguments): "Missing one of: '\(arguments.joined(separator: "', '"))'"
        case .invalidValue(let value, let argument, let choices):
            "The value '\(value)' is invalid for '\(argument)'" + valueList(choices)
        case .invalidOption(let option): "Invalid option: \(option)"
        }
    }

    /// ". Please provide one of 'a', 'b' or 'c'." (fewer than 6), else a list, one value a line.
    private static func valueList(_ choices: [String]) -> String {
        if choices.isEmpty { return "" }
        if choices.count >= 6 {
            return ". Please provide one of the following:\n" + choices.map { "  - \($0)" }.joined(separator: "\n")
        }
        let quoted = choices.map { "'\($0)'" }
        let list =
            quoted.count <= 2
            ? quoted.joined(separator: " and ")
            : quoted.dropLast().joined(separator: ", ") + " or \(quoted[quoted.count - 1])"
        return ". Please provide one of \(list)."
    }
}
