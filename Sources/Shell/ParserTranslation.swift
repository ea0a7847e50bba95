import Messages

/// ArgumentParser's own English (the help's headings, "(values: …)", "Show help information.",
/// its errors and the usage lines under them) worded by a catalog.
///
/// ArgumentParser writes these words itself and cannot be told another language. This reads its
/// output line by line, recognises the shapes it writes (swift-argument-parser 1.8.2), turns each
/// into a ``ParserText`` and has `say` word it again; the parts it carries (option names,
/// placeholders, values typed) stay as they are. A line or an error it does not recognise passes
/// through unchanged. An option's help whose words changed length is wrapped again as
/// ArgumentParser wraps it, to `columns`.
struct ParserTranslation {
    let say: Catalog
    let columns: Int

    /// ArgumentParser's label column: an option's help starts in column 26.
    static let labelWidth = 26

    /// `text` (a help page, an error with its usage, or both) in `say`'s language.
    func callAsFunction(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        var out: [String] = []
        while let line = lines.popFirst() {
            if line.hasPrefix("OVERVIEW: ") {
                var paragraph = [line.dropFirst("OVERVIEW: ".count)]
                while let next = lines.first, !next.isEmpty {
                    paragraph.append(Substring(next))
                    lines.removeFirst()
                }
                let heading = say(.heading(.overview)) + ": "
                var overview = paragraph.joined(separator: " ")
                if overview == Catalog(.en)(.helpCommand) { overview = say(.helpCommand) }
                out.append(Self.wrapped(heading + overview, to: columns))
            } else if let (prefix, rest) = usage(line) {
                out.append(prefix + placeholders(rest))
                // Continuation lines are indented under the first; the prefix changed width.
                while let next = lines.first, next.hasPrefix(String(repeating: " ", count: 7)),
                    !next.hasPrefix("  See ")
                {
                    out.append(String(repeating: " ", count: prefix.count) + placeholders(String(next.dropFirst(7))))
                    lines.removeFirst()
                }
            } else if let heading = ParserText.Heading.allCases.first(where: { line == $0.rawValue + ":" }) {
                out.append(say(.heading(heading)) + ":")
            } else if line.hasPrefix("Error: ") {
                var message = String(line.dropFirst("Error: ".count))
                if message.hasSuffix("Please provide one of the following:") {
                    while let next = lines.first, next.hasPrefix("  - ") {
                        message += "\n" + next
                        lines.removeFirst()
                    }
                } else if let next = lines.first, next.hasPrefix("   or: ") {
                    message += "\n" + next
                    lines.removeFirst()
                }
                out.append(say(.errorPrefix) + (Self.read(message).map { say($0) } ?? message))
            } else if line.hasPrefix("Help:  ") {
                out.append(say(.helpPrefix) + line.dropFirst("Help:  ".count))
            } else if let command = Self.between(line, "  See '", " --help' for more information.") {
                out.append("  " + say(.seeHelp(command: command)))
            } else if let command = Self.between(line, "  See '", " <subcommand>' for detailed help.") {
                out.append("  " + say(.seeSubcommandHelp(command: command)))
            } else if Self.isElement(line) {
                var element = [line]
                while let next = lines.first, Self.isContinuation(next) {
                    element.append(next)
                    lines.removeFirst()
                }
                out.append(self.element(element.map(placeholders)))
            } else {
                out.append(line)
            }
        }
        return out.joined(separator: "\n")
    }

    /// A usage line's prefix in `say`'s words and the rest of the line.
    private func usage(_ line: String) -> (String, String)? {
        for (english, heading) in [("USAGE: ", say(.heading(.usage)) + ": "), ("Usage: ", say(.usagePrefix))]
        where line.hasPrefix(english) {
            return (heading, String(line.dropFirst(english.count)))
        }
        return nil
    }

    /// ArgumentParser's placeholders of a usage line (`[<options>]`, `<subcommand>`) in `say`'s words.
    private func placeholders(_ text: String) -> String {
        text.replacingOccurrences(of: "<options>", with: "<\(say(.optionsPlaceholder))>")
            .replacingOccurrences(of: "<subcommand>", with: "<\(say(.subcommandPlaceholder(plural: false)))>")
            .replacingOccurrences(of: "<subcommands>", with: "<\(say(.subcommandPlaceholder(plural: true)))>")
    }

    /// The first line of an argument, an option or a subcommand in a section: its label, indented 2.
    private static func isElement(_ line: String) -> Bool {
        line.hasPrefix("  ") && !line.hasPrefix("   ") && line.count > 2
    }

    /// A line of an element's help after its first: indented to the label column.
    private static func isContinuation(_ line: String) -> Bool {
        line.hasPrefix(String(repeating: " ", count: labelWidth))
            && !line.hasPrefix(String(repeating: " ", count: labelWidth + 1))
    }

    /// An element (its label and its help, wrapped) with ArgumentParser's words in the help
    /// replaced, wrapped again as ArgumentParser wraps it.
    private func element(_ lines: [String]) -> String {
        let first = lines[0]
        let chars = Array(first)
        // The help starts in the label column when the label leaves room for it, else on the next line.
        let inline = chars.count > Self.labelWidth && chars[Self.labelWidth - 1] == " " && chars[Self.labelWidth] != " "
        let label = inline ? String(chars[..<Self.labelWidth]).trimmingTrailingSpaces : first
        var parts = inline ? [String(chars[Self.labelWidth...])] : []
        parts += lines.dropFirst().map { String($0.dropFirst(Self.labelWidth)) }
        let help = parts.joined(separator: " ")
        let translated = helpWords(help)
        if translated == help { return lines.joined(separator: "\n") }
        let wrapped = Self.wrapped(translated, to: columns, indent: Self.labelWidth)
        if label.count < Self.labelWidth {
            return label + wrapped.dropFirst(label.count)
        }
        return label + "\n" + wrapped
    }

    /// An element's help with ArgumentParser's words in `say`'s: its own options' help, and the
    /// values and default it appends ("(values: a, b; default: a)", "(default: 200)").
    private func helpWords(_ help: String) -> String {
        if help == "Show help information." { return say(.showHelp) }
        if help == "Show the version." { return say(.showVersion) }
        var text = help
        let values = say(.values)
        let byDefault = say(.defaultValue)
        if let range = text.range(of: "(values: ", options: .backwards) {
            text.replaceSubrange(range, with: "(\(values): ")
            if let d = text.range(of: "; default: ", range: range.lowerBound..<text.endIndex) {
                text.replaceSubrange(d, with: "; \(byDefault): ")
            }
        } else if let range = text.range(of: "(default: ", options: .backwards), text.hasSuffix(")") {
            text.replaceSubrange(range, with: "(\(byDefault): ")
        }
        return text
    }

    /// What ArgumentParser's error `message` (after "Error: ") says, when it is one of the shapes
    /// it writes; nil otherwise. A shape is accepted only when the English catalog words it back
    /// exactly, so a changed wording is not misread.
    static func read(_ message: String) -> ParserText? {
        let english = Catalog(.en)
        func exact(_ text: ParserText?) -> ParserText? {
            guard let text, english(text) == message else { return nil }
            return text
        }
        func quotedList(_ list: String) -> [String] {
            list.components(separatedBy: "', '")
        }
        let eitherOr = message.components(separatedBy: "\n   or: Missing value for '")
        if eitherOr.count == 2, case .unknownOption(let name, let suggestion)? = read(eitherOr[0]),
            let option = eitherOr[1].components(separatedBy: "' in '").first
        {
            return exact(.unknownOrMissingValue(name, suggestion: suggestion, option: option))
        }
        if let inner = between(message, "Unknown option '", "'?") {
            let parts = inner.components(separatedBy: "'. Did you mean '")
            if parts.count == 2 { return exact(.unknownOption(parts[0], suggestion: parts[1])) }
        }
        if let name = between(message, "Unknown option '", "'") { return exact(.unknownOption(name, suggestion: nil)) }
        if let option = between(message, "Missing value for '", "'") { return exact(.missingValue(option)) }
        if let inner = between(message, "The option '", "' was specified.") {
            let parts = inner.components(separatedBy: "' does not take any value, but '")
            if parts.count == 2 { return exact(.noValueTaken(option: parts[0], value: parts[1])) }
        }
        if let value = between(message, "Unexpected argument '", "'") { return exact(.unexpectedArguments([value])) }
        if let range = message.range(of: " unexpected arguments: '"), message.hasSuffix("'") {
            let list = String(message[range.upperBound..<message.index(before: message.endIndex)])
            return exact(.unexpectedArguments(quotedList(list)))
        }
        if let argument = between(message, "Missing expected argument '", "'") {
            return exact(.missingArgument(argument))
        }
        if let list = between(message, "Missing one of: '", "'") { return exact(.missingOneOf(quotedList(list))) }
        if let option = message.hasPrefix("Invalid option: ") ? message.dropFirst("Invalid option: ".count) : nil {
            return exact(.invalidOption(String(option)))
        }
        if message.hasPrefix("The value '"), let isFor = message.range(of: "' is invalid for '") {
            let value = String(message[message.index(message.startIndex, offsetBy: 11)..<isFor.lowerBound])
            let rest = message[isFor.upperBound...]
            guard let close = rest.firstIndex(of: "'") else { return nil }
            let argument = String(rest[..<close])
            let tail = String(rest[rest.index(after: close)...])
            var choices: [String] = []
            if let list = tail.components(separatedBy: ". Please provide one of the following:\n").dropFirst().first {
                choices = list.components(separatedBy: "\n").map { String($0.dropFirst(4)) }
            } else if let list = between(tail, ". Please provide one of '", "'.") {
                choices = quotedList(
                    list.replacingOccurrences(of: "' or '", with: "', '").replacingOccurrences(
                        of: "' and '", with: "', '"))
            }
            return exact(.invalidValue(value, for: argument, choices: choices))
        }
        return nil
    }

    /// The text between `prefix` and `suffix` when `text` starts and ends with them.
    static func between(_ text: String, _ prefix: String, _ suffix: String) -> String? {
        guard text.count >= prefix.count + suffix.count, text.hasPrefix(prefix), text.hasSuffix(suffix) else {
            return nil
        }
        return String(text.dropFirst(prefix.count).dropLast(suffix.count))
    }

    /// `text` wrapped to `columns` as ArgumentParser wraps (its `wrapped(to:wrappingIndent:)`):
    /// each line at most `columns − indent` characters, broken at the last space that fits,
    /// indented by `indent`.
    static func wrapped(_ text: String, to columns: Int, indent: Int = 0) -> String {
        let width = max(1, columns - indent)
        var lines: [Substring] = []
        var rest = text[...]
        while true {
            let chunk = rest.prefix(width)
            if chunk.endIndex == rest.endIndex {
                lines.append(rest)
                break
            } else if let space = chunk.lastIndex(of: " ") {
                lines.append(rest[..<space])
                rest = rest[rest.index(after: space)...]
            } else if let space = rest.firstIndex(of: " ") {
                lines.append(rest[..<space])
                rest = rest[rest.index(after: space)...]
            } else {
                lines.append(rest)
                break
            }
        }
        let pad = String(repeating: " ", count: indent)
        return lines.map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
