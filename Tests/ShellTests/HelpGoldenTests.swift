import Foundation
import Testing

@testable import Shell

/// The English help and ArgumentParser's English errors, byte for byte against golden files
/// (Tests/ShellTests/Golden/help). They were recorded from the code before help came from the
/// catalog, so they prove that moving the texts there left the English output unchanged.
@Suite("English help is unchanged")
struct HelpGoldenTests {
    /// Every command's help, the overview, and a session's `help`.
    static let helps: [(name: String, args: [String])] =
        [("parlens.txt", ["--help"])]
        + Parlens.commandNames.map { ("\($0).txt", ["help", $0]) }

    /// One line per error shape ArgumentParser writes.
    static let errors: [(name: String, args: [String])] = [
        ("unknown-option.txt", ["rank", "x", "--bogus", "--period", "2024"]),
        ("missing-option-misspelt.txt", ["rank", "x", "--perio", "2024"]),
        ("unknown-option-suggestion.txt", ["rank", "x", "--period", "2024", "--perio", "2024"]),
        ("missing-argument.txt", ["rank", "--period", "2024"]),
        ("missing-option.txt", ["rank", "x"]),
        ("missing-value.txt", ["rank", "x", "--period"]),
        ("unexpected-argument.txt", ["nosuch"]),
        ("unexpected-arguments.txt", ["rank", "x", "y", "z", "--period", "2024"]),
        ("invalid-value-few.txt", ["chart", "bars", "x"]),
        ("invalid-value-many.txt", ["rank", "x", "--period", "2024", "--format", "foo"]),
        ("invalid-value-plain.txt", ["rank", "x", "--period", "2024", "--top", "abc"]),
        ("flag-with-value.txt", ["rank", "x", "--period", "2024", "--chart=yes"]),
        ("unknown-or-missing-value.txt", ["rank", "x", "--period", "2024", "-ox"]),
        ("invalid-option.txt", ["rank", "x", "--period", "2024", "---x"]),
    ]

    @Test(arguments: helps.map(\.name))
    func helpMatchesItsGoldenFile(_ name: String) throws {
        let args = try #require(Self.helps.first { $0.name == name }?.args)
        let r = run(args, env: ["LANG": "en_US.UTF-8"])
        #expect(r.code == 0, "\(r.err)")
        expectGolden("help/" + name, r.out)
    }

    @Test(arguments: errors.map(\.name))
    func errorMatchesItsGoldenFile(_ name: String) throws {
        let args = try #require(Self.errors.first { $0.name == name }?.args)
        let r = run(args, env: ["LANG": "en_US.UTF-8"])
        #expect(r.code == 2)
        expectGolden("help/error-" + name, r.err)
    }

    @Test func theSessionsHelpMatchesItsGoldenFile() {
        let (s, out) = session(variables: ["LANG": "en_US.UTF-8"])
        #expect(s.run("help") == .ok)
        #expect(s.run("help rank") == .ok)
        expectGolden("help/session.txt", out.out)
    }
}
