extension Vietnamese {
    static func text(_ text: ParserText) -> String {
        switch text {
        case .heading(let heading):
            switch heading {
            case .overview: "TỔNG QUAN"
            case .usage: "CÚ PHÁP"
            case .arguments: "THAM SỐ"
            case .options: "TÙY CHỌN"
            case .subcommands: "LỆNH CON"
            }
        case .values: "giá trị"
        case .defaultValue: "mặc định"
        case .optionsPlaceholder: "tùy_chọn"
        case .subcommandPlaceholder: "lệnh"
        case .helpCommand: "Hiện trợ giúp của các lệnh."
        case .showHelp: "Hiện trợ giúp."
        case .showVersion: "Hiện phiên bản."
        case .seeSubcommandHelp(let command): "Xem '\(command) <lệnh>' để có trợ giúp chi tiết về từng lệnh."
        case .errorPrefix: "Lỗi: "
        case .helpPrefix: "Trợ giúp:  "
        case .usagePrefix: "Cú pháp: "
        case .seeHelp(let command): "Xem '\(command) --help' để biết thêm chi tiết."
        case .unknownOption(let name, let suggestion):
            "không có tùy chọn '\(name)'" + (suggestion.map { ". Có phải ý bạn là '\($0)'?" } ?? "")
        case .unknownOrMissingValue(let name, let suggestion, let option):
            Vietnamese.text(ParserText.unknownOption(name, suggestion: suggestion))
                + "\n   hoặc: thiếu giá trị cho '\(option)' trong '\(name)'"
        case .missingValue(let option): "thiếu giá trị cho '\(option)'"
        case .noValueTaken(let option, let value):
            "tùy chọn '\(option)' không nhận giá trị, nhưng lại được cho '\(value)'"
        case .unexpectedArguments(let values):
            values.count == 1
                ? "thừa tham số '\(values[0])'"
                : "thừa \(values.count) tham số: '\(values.joined(separator: "', '"))'"
        case .missingArgument(let argument): "thiếu tham số bắt buộc '\(argument)'"
        case .missingOneOf(let arguments): "thiếu một trong các tham số: '\(arguments.joined(separator: "', '"))'"
        case .invalidValue(let value, let argument, let choices):
            "giá trị '\(value)' không hợp lệ cho '\(argument)'" + valueList(choices)
        case .invalidOption(let option): "tùy chọn không hợp lệ: \(option)"
        }
    }

    /// ". Hãy chọn 'a', 'b' hoặc 'c'." (fewer than 6, as ArgumentParser lists them), else a
    /// list, one value a line.
    private static func valueList(_ choices: [String]) -> String {
        if choices.isEmpty { return "" }
        if choices.count >= 6 {
            return ". Hãy chọn một trong các giá trị sau:\n" + choices.map { "  - \($0)" }.joined(separator: "\n")
        }
        let quoted = choices.map { "'\($0)'" }
        if quoted.count == 1 { return ". Hãy chọn \(quoted[0])." }
        return ". Hãy chọn " + quoted.dropLast().joined(separator: ", ") + " hoặc \(quoted[quoted.count - 1])."
    }
}
