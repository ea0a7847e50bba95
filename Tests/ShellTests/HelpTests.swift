import Foundation
import Testing

@testable import Shell

/// Help reaches every command, on the command line and in a session, and its examples work.
@Suite("Help")
struct HelpTests {
    @Test(arguments: [
        ["rank", "--help"], ["rank", "-h"], ["help", "rank"], ["chart", "line", "--help"], ["help", "chart"],
    ])
    func aCommandsHelpIsItsOwn(_ args: [String]) {
        let r = run(args)
        let verb = args[0] == "help" ? args[1] : args[0]
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("USAGE: parlens \(verb)"), "\(r.out)")
        #expect(r.out.contains(verb == "rank" ? "--period <period>" : "--unit <name>"))
        #expect(!r.out.contains("SUBCOMMANDS"))
    }

    @Test func theOverviewTellsOfTheSessionAndOfEachCommandsHelp() {
        let r = run(["--help"])
        #expect(r.code == 0)
        #expect(r.out.contains("SUBCOMMANDS") && r.out.contains("parlens help rank"))
        #expect(r.out.contains("parlens -c \"<commands>\"") && r.out.contains("parlens [repl]"))
        #expect(r.out.contains("interactive session"))
        for verb in ["metrics", "units", "periods"] { #expect(r.out.contains("  \(verb) ")) }
    }

    /// The example lines (`  parlens …`) of every command's help.
    static let examples: [(verb: String, line: String)] = Parlens.commandNames.flatMap { verb in
        run(["help", verb]).out.split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix("  parlens ") }.map { (verb, String($0.dropFirst(2))) }
    }

    @Test func everyCommandsHelpHasExamples() {
        for verb in Parlens.commandNames {
            let help = run(["help", verb]).out
            #expect(help.contains("USAGE: parlens \(verb)"), "\(verb)")
            #expect(help.contains("Examples:"), "\(verb) has no examples")
            #expect(Self.examples.contains { $0.verb == verb && $0.line.hasPrefix("parlens \(verb)") }, "\(verb)")
        }
        // At 80 columns (help's width off a terminal) an example is never wrapped.
        for example in Self.examples { #expect(example.line.count <= 78, "\(example.line)") }
    }

    /// An analyst copies an example: on the bundled data it runs (exit 1 only where `check`
    /// finds errors). Examples that write a file or open a session are left out.
    @Test func everyExampleRunsOnTheBundledData() throws {
        for (verb, line) in Self.examples where !["repl", "run"].contains(verb) && !line.contains(" -o ") {
            let words = try Tokenizer.words(line).compactMap { $0 }
            let r = run(Array(words.dropFirst()))
            #expect(r.code == 0 || (verb == "check" && r.code == 1), "\(line)\n\(r.err)")
            #expect(!r.out.isEmpty, "\(line)")
        }
    }

    @Test func listsWorkOnTheCommandLineAsInASession() {
        let data = ["--data", analysisFixtures + "/departments.csv"]
        let metrics = run(["metrics"] + data)
        #expect(metrics.code == 0 && metrics.out.contains("par_index"), "\(metrics.err)")
        let periods = run(["periods"] + data)
        #expect(periods.code == 0 && periods.out == "2022  2024\n", "\(periods.out)\(periods.err)")
        // A period that is not a year is followed by how a report writes it.
        let seeds = ["--data", root + "/datasets/seed_figures.csv"]
        #expect(run(["periods", "--lang", "vi"] + seeds).out.contains("2022-H1 (6 tháng đầu năm 2022)"))
        #expect(run(["periods", "--lang", "en"] + seeds).out.contains("2022-H1 (H1 2022)"))
        let units = run(["units", "--level", "department", "--parent", "hoa son"] + data)
        #expect(units.code == 0 && units.out.contains("Sở Tư pháp (department, Tỉnh Hòa Sơn)"), "\(units.err)")
        #expect(!units.out.contains("(province"))
        #expect(run(["units", "--level", "nope"] + data).code == 2)
        // The same lines in a session, on the session's data.
        let (s, out) = session()
        _ = s.run("load departments.csv")
        #expect(s.run("periods") == .ok && out.out.hasSuffix("2022  2024\n"))
    }

    /// The session's own commands, in one column with their descriptions in another.
    @Test func theSessionHelpIsInColumns() {
        let (s, out) = session()
        #expect(s.run("help") == .ok)
        let lines = out.out.split(separator: "\n").prefix { !$0.hasPrefix("Any other line") }.dropFirst()
        #expect(lines.contains { $0.contains("load PATH… [--metric ID]") })
        for line in lines where !line.hasPrefix("  quit") {
            // The description (or its continuation) starts in column 29.
            let chars = Array(line)
            #expect(chars.count > 29 && chars[27] == " " && chars[28] == " " && chars[29] != " ", "\(line)")
        }
    }

    @Test func helpInASessionIsTheCommandsHelp() {
        for line in ["help rank", "rank --help", "rank -h"] {
            let (s, out) = session()
            #expect(s.run(line) == .ok)
            #expect(out.out.contains("USAGE: parlens rank") && !out.out.contains("SUBCOMMANDS"), "\(line)")
        }
        let (s, out) = session()
        #expect(s.run("help load") == .ok && out.out.contains("Session commands"))
    }
}
