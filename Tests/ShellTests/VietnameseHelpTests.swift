import Foundation
import Messages
import Testing

@testable import Shell

/// Issue 15: the help and ArgumentParser's errors follow `--lang` (and `PARLENS_LANG`, `LANG`, a
/// session's `set lang`). The expected Vietnamese is written here by hand.
@Suite("Help and parse errors in Vietnamese")
struct VietnameseHelpTests {
    @Test(arguments: [
        ["rank", "--help", "--lang", "vi"], ["rank", "--lang=vi", "-h"], ["help", "rank", "--lang", "vi"],
        ["rank", "--help", "--lang", "vi", "--width", "40"],
    ])
    func aCommandsHelpFollowsLang(_ args: [String]) {
        let r = run(args)
        #expect(r.code == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "TỔNG QUAN: Bảng xếp hạng của một kỳ, kèm thay đổi thứ hạng so với một kỳ trước.")
        #expect(lines.contains("CÚ PHÁP: parlens rank [<tùy_chọn>] <chỉ_số> --period <kỳ>"))
        #expect(lines.contains("THAM SỐ:") && lines.contains("TÙY CHỌN:"))
        #expect(lines.contains("  <chỉ_số>                Mã chỉ số, ví dụ par_index."))
        #expect(lines.contains("  --period <kỳ>           Kỳ cần xếp hạng."))
        #expect(lines.contains("  -h, --help              Hiện trợ giúp."))
        #expect(lines.contains("  --version               Hiện phiên bản."))
        #expect(lines.contains("  parlens rank par_index --period 2024 --vs 2022 --parent \"Hòa Bình\" --top 6"))
        // ArgumentParser's values and default, in words, wrapped again to 80 columns.
        #expect(r.out.contains("(giá trị: vi, en)") && r.out.contains("mặc định: table)"))
        for word in ["OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "values:", "default:", "Show "] {
            #expect(!r.out.contains(word), "\(word)")
        }
        for line in lines where !line.hasPrefix("CÚ PHÁP: ") { #expect(line.count <= 80, "\(line)") }
    }

    @Test(arguments: [
        (["--help"], ["PARLENS_LANG": "vi"]), (["--help"], ["LANG": "vi_VN.UTF-8"]),
        (["help"], ["LC_ALL": "vi_VN.UTF-8"]),
    ])
    func theOverviewFollowsTheEnvironment(_ args: [String], _ env: [String: String]) {
        let r = run(args, env: env)
        #expect(r.code == 0)
        #expect(r.out.hasPrefix("TỔNG QUAN: Rà soát các chỉ số cải cách hành chính"))
        #expect(r.out.contains("CÚ PHÁP: parlens <lệnh> [<tùy_chọn>]\n         parlens help <lệnh>\n"))
        #expect(r.out.contains("\nLỆNH CON:\n  info                    Dữ liệu có những gì"))
        #expect(r.out.hasSuffix("\n  Xem 'parlens help <lệnh>' để có trợ giúp chi tiết về từng lệnh.\n"))
    }

    @Test func langOnTheLineOverridesTheEnvironment() {
        let en = run(["rank", "--help", "--lang", "en"], env: ["PARLENS_LANG": "vi"])
        #expect(en.out.hasPrefix("OVERVIEW: The ranking of a period"))
        let vi = run(["rank", "--help", "--lang", "vi"], env: ["LANG": "en_US.UTF-8"])
        #expect(vi.out.hasPrefix("TỔNG QUAN: "))
        // A word that is not a language leaves the environment's.
        let bad = run(["rank", "x", "--period", "2024", "--lang", "fr"], env: ["PARLENS_LANG": "vi"])
        #expect(bad.code == 2)
        #expect(bad.err.hasPrefix("Lỗi: giá trị 'fr' không hợp lệ cho '--lang <ngôn_ngữ>'. Hãy chọn 'vi' hoặc 'en'.\n"))
    }

    /// One case per shape of ArgumentParser's errors: the real parser's error, in Vietnamese.
    /// An ArgumentParser whose wording changes fails here (the shape is no longer recognised).
    static let errors: [(args: [String], expected: String)] = [
        (["rank", "x", "--bogus", "--period", "2024"], "Lỗi: không có tùy chọn '--bogus'"),
        (
            ["rank", "x", "--period", "2024", "--perio", "2024"],
            "Lỗi: không có tùy chọn '--perio'. Có phải ý bạn là '--period'?"
        ),
        (
            ["rank", "--period", "2024"],
            "Lỗi: thiếu tham số bắt buộc '<chỉ_số>'\nTrợ giúp:  <chỉ_số>  Mã chỉ số, ví dụ par_index."
        ),
        (["rank", "x"], "Lỗi: thiếu tham số bắt buộc '--period <kỳ>'\nTrợ giúp:  --period <kỳ>  Kỳ cần xếp hạng."),
        (
            ["rank", "x", "--period"],
            "Lỗi: thiếu giá trị cho '--period <kỳ>'\nTrợ giúp:  --period <kỳ>  Kỳ cần xếp hạng."
        ),
        (
            ["rank", "x", "--period", "2024", "-ox"],
            "Lỗi: không có tùy chọn '-ox'. Có phải ý bạn là '--vs'?\n   hoặc: thiếu giá trị cho '-o <tệp>' trong '-ox'"
        ),
        (["chart", "bar", "x", "y"], "Lỗi: thừa tham số 'y'"),
        (["rank", "x", "y", "z", "--period", "2024"], "Lỗi: thừa 2 tham số: 'y', 'z'"),
        (
            ["chart", "bars", "x"],
            "Lỗi: giá trị 'bars' không hợp lệ cho '<loại>'. Hãy chọn 'line', 'bar', 'bump', 'heat' hoặc 'dots'.\nTrợ giúp:  <loại>  line, bar, bump, heat hoặc dots."
        ),
        (
            ["rank", "x", "--period", "2024", "--format", "foo"],
            "Lỗi: giá trị 'foo' không hợp lệ cho '--format <định_dạng>'. Hãy chọn một trong các giá trị sau:\n  - table\n  - markdown\n  - csv\n  - json\n  - html\n  - text"
        ),
        (
            ["rank", "x", "--period", "2024", "--top", "abc"],
            "Lỗi: giá trị 'abc' không hợp lệ cho '--top <n>'\nTrợ giúp:  --top <n>  Chỉ hiện N dòng đầu."
        ),
        (
            ["rank", "x", "--period", "2024", "--chart=yes"],
            "Lỗi: tùy chọn '--chart' không nhận giá trị, nhưng lại được cho 'yes'"
        ),
    ]

    @Test(arguments: errors.indices)
    func eachParserErrorShapeIsVietnamese(_ i: Int) {
        let (args, expected) = Self.errors[i]
        // From the environment: `--lang vi` at the end would change which error ArgumentParser
        // meets first for some lines.
        let r = run(args, env: ["PARLENS_LANG": "vi"])
        #expect(r.code == 2)
        #expect(r.out.isEmpty)
        #expect(r.err.hasPrefix(expected + "\n"), "\(r.err)")
        let verb = args[0]
        #expect(r.err.contains("\nCú pháp: parlens \(verb) [<tùy_chọn>] "), "\(r.err)")
        #expect(r.err.hasSuffix("\n  Xem 'parlens \(verb) --help' để biết thêm chi tiết.\n"), "\(r.err)")
    }

    @Test func theRootsUsageUnderAnErrorIsIndentedUnderItsHeading() {
        let r = run(["nosuch"], env: ["PARLENS_LANG": "vi"])
        #expect(
            r.err == """
                Lỗi: thừa tham số 'nosuch'
                Cú pháp: parlens <lệnh> [<tùy_chọn>]
                         parlens help <lệnh>
                         parlens [repl] [--data <đường_dẫn> …] [--metric <mã>]
                         parlens -c "<các_lệnh>" [--data <đường_dẫn> …] [--metric <mã>] [--keep-going]
                  Xem 'parlens --help' để biết thêm chi tiết.

                """)
        // ArgumentParser reads `---x` before it knows the command: the root's usage follows.
        let invalid = run(["rank", "x", "--period", "2024", "---x"], env: ["PARLENS_LANG": "vi"])
        #expect(invalid.err.hasPrefix("Lỗi: tùy chọn không hợp lệ: ---x\nCú pháp: parlens <lệnh> [<tùy_chọn>]\n"))
    }

    /// The shapes the translator recognises: every English error of the golden files (real
    /// ArgumentParser output) reads as one, and the English catalog words it back exactly.
    @Test(arguments: HelpGoldenTests.errors.map(\.args))
    func everyEnglishErrorIsRecognised(_ args: [String]) {
        let r = run(args, env: ["LANG": "en_US.UTF-8"])
        let first = r.err.split(separator: "\n").first.map(String.init) ?? ""
        var message = String(first.dropFirst("Error: ".count))
        let next = r.err.split(separator: "\n").dropFirst()
        if message.hasSuffix("the following:") {
            message += "\n" + next.prefix { $0.hasPrefix("  - ") }.joined(separator: "\n")
        } else if let or = next.first, or.hasPrefix("   or: ") {
            message += "\n" + or
        }
        let read = ParserTranslation.read(message)
        #expect(read != nil, "\(message)")
        if let read { #expect(Catalog(.en)(read) == message) }
    }

    @Test func whatTheTranslatorDoesNotKnowPassesThrough() {
        let say = Catalog(.vi)
        let translate = ParserTranslation(say: say, columns: 80)
        #expect(translate("Error: Something new happened") == "Lỗi: Something new happened")
        #expect(translate("a line\n\n  --x   more") == "a line\n\n  --x   more")
        #expect(ParserTranslation.read("The value 'x' is invalid for '--top <n>': too big") == nil)
        #expect(ParserTranslation.read("Missing required subcommand.") == nil)
    }

    @Test func theSessionsHelpFollowsSetLang() {
        for line in ["help rank", "rank --help"] {
            let (s, out) = session()
            let reader = ScriptedLineReader(["set lang vi", line])
            #expect(Repl.run(s, reader: reader, interactive: false, keepGoing: false) == 0)
            #expect(out.out.hasPrefix("TỔNG QUAN: Bảng xếp hạng của một kỳ"), "\(line)")
            #expect(out.out.contains("\nCÚ PHÁP: parlens rank [<tùy_chọn>] <chỉ_số> --period <kỳ>\n"), "\(line)")
            #expect(!out.out.contains("OPTIONS"), "\(line)")
        }
        let (s, out) = session()
        #expect(s.run("set lang vi") == .ok && s.run("help") == .ok)
        #expect(out.out.hasPrefix("Các lệnh của phiên làm việc:"))
        #expect(out.out.contains("\nTỔNG QUAN: Rà soát các chỉ số") && out.out.contains("\nLỆNH CON:\n"))
        #expect(s.run("rank x --bogus --period 2024") == .failed(2))
        #expect(out.err.hasPrefix("Lỗi: không có tùy chọn '--bogus'\n"))
        // Back to English.
        #expect(s.run("set lang en") == .ok && s.run("help rank") == .ok)
        #expect(out.out.contains("\nOVERVIEW: The ranking of a period"))
    }

    /// Help is read at 80 columns off a terminal: no line is wider, in either language, except
    /// the usage lines (ArgumentParser does not wrap them).
    @Test(arguments: [""] + Parlens.commandNames)
    func helpFitsEightyColumns(_ verb: String) {
        for lang in ["en", "vi"] {
            let r = run((verb.isEmpty ? ["--help"] : ["help", verb]) + ["--lang", lang])
            var inUsage = false
            for line in r.out.split(separator: "\n", omittingEmptySubsequences: false) {
                inUsage =
                    line.hasPrefix("USAGE: ") || line.hasPrefix("CÚ PHÁP: ") || (inUsage && line.hasPrefix("    "))
                if !inUsage { #expect(line.count <= 80, "\(verb) \(lang): \(line)") }
            }
        }
    }

    /// The language belongs to the line being run: lines in both languages at once keep theirs.
    @Test func linesInBothLanguagesAtOnceKeepTheirOwn() async {
        await withTaskGroup(of: (Language, String).self) { group in
            for i in 0..<16 {
                let lang: Language = i.isMultiple(of: 2) ? .vi : .en
                group.addTask { (lang, run(["help", "trend", "--lang", lang.rawValue]).out) }
            }
            for await (lang, out) in group {
                #expect(out.hasPrefix(lang == .vi ? "TỔNG QUAN: " : "OVERVIEW: "))
                #expect(out.contains(lang == .vi ? "Mọi đơn vị cùng nhóm." : "Every unit of the peer group."))
            }
        }
    }
}
