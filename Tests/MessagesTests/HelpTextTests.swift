import Messages
import Testing

/// The commands' help and ArgumentParser's words, in both catalogs.
@Suite("Help texts")
struct HelpTextTests {
    /// Texts the two languages write alike: a placeholder that is a letter.
    static let sameInBothLanguages: Set<HelpText> = [.value(.n)]

    /// Issue 15: a help text whose Vietnamese form is its English form is untranslated.
    @Test func everyHelpTextIsVietnamese() {
        let en = Catalog(.en)
        let vi = Catalog(.vi)
        for text in HelpText.all {
            #expect(!vi(text).isEmpty && !en(text).isEmpty, "\(text)")
            if !Self.sameInBothLanguages.contains(text) { #expect(vi(text) != en(text), "\(text): '\(vi(text))'") }
        }
    }

    /// The examples are command lines: the same in both languages, in the same order.
    @Test(arguments: HelpCommand.allCases)
    func examplesAreTheSameCommandLines(_ command: HelpCommand) {
        func examples(_ language: Language) -> [Substring] {
            Catalog(language)(.discussion(command)).split(separator: "\n").filter { $0.hasPrefix("  parlens ") }
        }
        #expect(examples(.vi) == examples(.en))
        if command != .parlens { #expect(!examples(.en).isEmpty, "\(command) has no examples") }
        #expect(Catalog(.vi)(.discussion(command)).contains("Ví dụ:") == (command != .parlens))
    }

    /// Placeholders are one word each, as ArgumentParser writes them between `<` and `>`.
    @Test(arguments: HelpValue.allCases)
    func placeholdersAreOneWord(_ value: HelpValue) {
        for language in Language.allCases {
            let text = Catalog(language)(.value(value))
            #expect(!text.contains(" ") && !text.contains("<") && !text.contains(">"), "\(text)")
        }
    }

    /// One of each of ArgumentParser's words and errors.
    static let parserSamples: [ParserText] =
        ParserText.Heading.allCases.map(ParserText.heading) + [
            .values, .defaultValue, .optionsPlaceholder, .subcommandPlaceholder(plural: false),
            .subcommandPlaceholder(plural: true), .helpCommand, .showHelp, .showVersion,
            .seeSubcommandHelp(command: "parlens help"), .errorPrefix, .helpPrefix, .usagePrefix,
            .seeHelp(command: "parlens rank"), .unknownOption("--x", suggestion: nil),
            .unknownOrMissingValue("-ox", suggestion: "--vs", option: "-o <file>"), .missingValue("--period <period>"),
            .noValueTaken(option: "--chart", value: "yes"), .unexpectedArguments(["x"]), .missingArgument("<metric>"),
            .missingOneOf(["<a>", "<b>"]), .invalidValue("x", for: "<kind>", choices: ["a", "b"]),
            .invalidOption("---x"),
        ]

    /// The case of a sample, by an exhaustive switch: a new case fails to compile here until it
    /// has a sample.
    static func kind(_ text: ParserText) -> String {
        switch text {
        case .heading(let h): "heading \(h)"
        case .values: "values"
        case .defaultValue: "default"
        case .optionsPlaceholder: "options"
        case .subcommandPlaceholder(let plural): "subcommand \(plural)"
        case .helpCommand: "help command"
        case .showHelp: "show help"
        case .showVersion: "show version"
        case .seeSubcommandHelp: "see subcommand help"
        case .errorPrefix: "error"
        case .helpPrefix: "help"
        case .usagePrefix: "usage"
        case .seeHelp: "see help"
        case .unknownOption: "unknown option"
        case .unknownOrMissingValue: "unknown or missing value"
        case .missingValue: "missing value"
        case .noValueTaken: "no value taken"
        case .unexpectedArguments: "unexpected arguments"
        case .missingArgument: "missing argument"
        case .missingOneOf: "missing one of"
        case .invalidValue: "invalid value"
        case .invalidOption: "invalid option"
        }
    }

    @Test func everyParserTextIsVietnamese() {
        #expect(Set(Self.parserSamples.map(Self.kind)).count == Self.parserSamples.count)
        let en = Catalog(.en)
        let vi = Catalog(.vi)
        for text in Self.parserSamples { #expect(vi(text) != en(text), "\(text): '\(vi(text))'") }
    }

    @Test func theHeadingsReadAsVietnameseSoftwareWritesThem() {
        let vi = Catalog(.vi)
        #expect(
            ParserText.Heading.allCases.map { vi(.heading($0)) } == [
                "TỔNG QUAN", "CÚ PHÁP", "THAM SỐ", "TÙY CHỌN", "LỆNH CON",
            ])
        #expect(vi(.showHelp) == "Hiện trợ giúp.")
        #expect(vi(.showVersion) == "Hiện phiên bản.")
        #expect(vi(.seeHelp(command: "parlens rank")) == "Xem 'parlens rank --help' để biết thêm chi tiết.")
    }

    /// The English catalog words ArgumentParser's errors exactly as ArgumentParser 1.8.2 does
    /// (UsageGenerator.swift), which is how the Shell recognises them.
    @Test func theEnglishFormsAreArgumentParsers() {
        let en = Catalog(.en)
        #expect(en(.unknownOption("--x", suggestion: nil)) == "Unknown option '--x'")
        #expect(
            en(.unknownOption("--perio", suggestion: "--period"))
                == "Unknown option '--perio'. Did you mean '--period'?")
        #expect(en(.unexpectedArguments(["y", "z"])) == "2 unexpected arguments: 'y', 'z'")
        #expect(
            en(.invalidValue("x", for: "<kind>", choices: ["a", "b", "c"]))
                == "The value 'x' is invalid for '<kind>'. Please provide one of 'a', 'b' or 'c'.")
        #expect(
            en(.invalidValue("x", for: "--lang <lang>", choices: ["vi", "en"]))
                == "The value 'x' is invalid for '--lang <lang>'. Please provide one of 'vi' and 'en'.")
        #expect(
            en(.invalidValue("x", for: "--f <f>", choices: ["1", "2", "3", "4", "5", "6"]))
                == "The value 'x' is invalid for '--f <f>'. Please provide one of the following:\n  - 1\n  - 2\n  - 3\n  - 4\n  - 5\n  - 6"
        )
    }

    @Test func theVietnameseErrorsNameWhatWasTyped() {
        let vi = Catalog(.vi)
        #expect(vi(.unknownOption("--x", suggestion: nil)) == "không có tùy chọn '--x'")
        #expect(
            vi(.unknownOption("--perio", suggestion: "--period"))
                == "không có tùy chọn '--perio'. Có phải ý bạn là '--period'?")
        #expect(vi(.missingValue("--period <kỳ>")) == "thiếu giá trị cho '--period <kỳ>'")
        #expect(vi(.missingArgument("<chỉ_số>")) == "thiếu tham số bắt buộc '<chỉ_số>'")
        #expect(vi(.unexpectedArguments(["x"])) == "thừa tham số 'x'")
        #expect(vi(.unexpectedArguments(["y", "z"])) == "thừa 2 tham số: 'y', 'z'")
        #expect(vi(.missingOneOf(["<a>", "<b>"])) == "thiếu một trong các tham số: '<a>', '<b>'")
        #expect(
            vi(.noValueTaken(option: "--chart", value: "yes"))
                == "tùy chọn '--chart' không nhận giá trị, nhưng lại được cho 'yes'")
        #expect(vi(.invalidOption("-")) == "tùy chọn không hợp lệ: -")
        #expect(vi(.invalidValue("abc", for: "--top <n>", choices: [])) == "giá trị 'abc' không hợp lệ cho '--top <n>'")
        #expect(
            vi(.invalidValue("fr", for: "--lang <ngôn_ngữ>", choices: ["vi", "en"]))
                == "giá trị 'fr' không hợp lệ cho '--lang <ngôn_ngữ>'. Hãy chọn 'vi' hoặc 'en'.")
        #expect(
            vi(.invalidValue("x", for: "<loại>", choices: ["line", "bar", "dots"]))
                == "giá trị 'x' không hợp lệ cho '<loại>'. Hãy chọn 'line', 'bar' hoặc 'dots'.")
    }
}
