import Foundation
import Testing

@testable import Shell

@Suite("Notebooks")
struct NotebookTests {
    static let notebooks: [String] = {
        let folder = root + "/notebooks-cli"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix(".expected.md") && $0 != "README.md" }.sorted()
    }()

    @Test func theShippedNotebooksExist() {
        #expect(
            Set(Self.notebooks).isSuperset(of: [
                "annual-review.md", "district-review.md", "data-quality.md", "annual-review-vi.md",
                "district-review-vi.md", "data-quality-vi.md",
            ]))
    }

    /// A notebook names its language in the front matter; `run --lang` overrides it.
    @Test func theFrontMatterNamesTheReportsLanguage() throws {
        let folder = try temporaryFolder([
            "vi.md": "---\ntitle: T\nlang: vi\n---\n# T\n\n```parlens\nperiods\nrank nosuch --period 2024\n```\n",
            "bad.md": "---\ntitle: T\nlang: fr\n---\n# T\n",
        ])
        let vi = run(
            ["run", "vi.md", "--allow", analysisFixtures, "--data", analysisFixtures + "/departments.csv"], cwd: folder)
        #expect(vi.out.contains("không có chỉ số 'nosuch'"), "\(vi.out)")
        let en = run(
            [
                "run", "vi.md", "--lang", "en", "--allow", analysisFixtures, "--data",
                analysisFixtures + "/departments.csv",
            ],
            cwd: folder)
        #expect(en.out.contains("no metric 'nosuch'"), "\(en.out)")
        let bad = run(["run", "bad.md"], cwd: folder)
        #expect(bad.code == 2 && bad.err.contains("bad.md:3: lang takes vi or en, not 'fr'"), "\(bad.err)")
    }

    /// Every notebook re-runs to exactly its committed rendering.
    @Test(arguments: notebooks)
    func notebookMatchesItsExpectedRendering(_ name: String) {
        let base = String(name.dropLast(3))
        let r = run(["run", "notebooks-cli/\(name)", "--check", "notebooks-cli/\(base).expected.md"])
        #expect(r.code == 0, "\(name) differs from \(base).expected.md:\n\(r.err)")
    }

    @Test func blocksRunInOneSessionWithParameters() throws {
        let folder = try temporaryFolder([
            "nb.md": """
            ---
            title: Test
            params:
              year: 2024
              level: province
            ---
            # Prose is kept

            Text with ${year} stays as written.

            ```parlens
            load \(analysisFixtures)/provinces.csv
            set format csv
            rank par_index --period ${year} --level ${level} --top 2
            ```
            """
        ])
        let r = run(["run", "nb.md", "--allow", analysisFixtures, "--param", "year=2023"], cwd: folder)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Text with 2023 stays as written."))
        #expect(r.out.contains("rank par_index --period 2023 --level province --top 2\n```"))
        #expect(r.out.contains("```text\nLoaded "))
        #expect(r.out.contains("Rank,Unit,Value\r\n1,Tỉnh Đồi Thông,89.62"))
    }

    @Test func aMistypedParameterIsAnErrorNamingTheDeclaredOnes() throws {
        let folder = try temporaryFolder([
            "nb.md": "---\nparams:\n  year: 2024\n  province: Hà Nội\n---\n# ${province}\n",
            "plain.md": "# No parameters\n",
        ])
        let r = run(["run", "nb.md", "--param", "provnce=Huế"], cwd: folder)
        #expect(r.code == 2 && r.out.isEmpty)
        #expect(r.err == "parlens: error: nb.md has no parameter 'provnce'\n  hint: its parameters: province, year\n")
        let none = run(["run", "plain.md", "--param", "year=2023"], cwd: folder)
        #expect(none.code == 2 && none.err.contains("plain.md has no parameter 'year'"))
        #expect(none.err.contains("it declares none"))
        #expect(run(["run", "nb.md", "--param", "province=Huế"], cwd: folder).out.contains("# Huế\n"))
    }

    /// Parameters fill headings and prose as well as commands, in Markdown and HTML;
    /// `\${NAME}` is a literal `${NAME}`.
    @Test func parametersFillProseAndHeadings() throws {
        let folder = try temporaryFolder([
            "nb.md": #"""
            ---
            params:
              year: 2024
            ---
            # Review ${year}

            The figures of ${year}, run with `--param year=\${year}`.

            ```parlens
            # \${year} stays in a comment
            periods --data \#(analysisFixtures)/departments.csv
            ```
            """#
        ])
        let md = run(["run", "nb.md", "--allow", analysisFixtures, "--param", "year=2022"], cwd: folder)
        #expect(md.code == 0, "\(md.err)")
        #expect(md.out.contains("# Review 2022\n\nThe figures of 2022, run with `--param year=${year}`."), "\(md.out)")
        #expect(md.out.contains("# ${year} stays in a comment"))
        let html = run(["run", "nb.md", "--allow", analysisFixtures, "-o", "r.html"], cwd: folder)
        #expect(html.code == 0, "\(html.err)")
        let page = try String(contentsOfFile: folder + "/r.html", encoding: .utf8)
        #expect(page.contains("<h1>Review 2024</h1>") && page.contains("The figures of 2024, run with"))
        #expect(page.contains("<code>--param year=${year}</code>"))
        // An undefined name in prose is an error with its line, as in a block.
        let bad = try temporaryFolder(["nb.md": "# T\n\nSee ${nope}.\n"])
        let r = run(["run", "nb.md"], cwd: bad)
        #expect(r.code == 2 && r.err.contains("nb.md:3: undefined parameter ${nope}"))
    }

    /// `echo: false` (or Quarto's `execute:` / `echo: false`) leaves the commands out of the
    /// report, Markdown and HTML, and keeps their output; the default shows them.
    @Test(arguments: ["echo: false", "execute:\n  echo: false", "echo: true", ""])
    func aReportCanHideItsCommands(_ setting: String) throws {
        let hidden = setting.hasSuffix("false")
        let folder = try temporaryFolder([
            "nb.md":
                "---\ntitle: T\n\(setting)\n---\n# T\n\nThe periods:\n\n```parlens\nperiods --data \(analysisFixtures)/departments.csv\n```\n\nEnd.\n"
        ])
        let md = run(["run", "nb.md", "--allow", analysisFixtures], cwd: folder)
        #expect(md.code == 0, "\(md.err)")
        #expect(md.out.contains("```parlens") == !hidden && md.out.contains("periods --data") == !hidden)
        let shown =
            "The periods:\n\n```parlens\nperiods --data \(analysisFixtures)/departments.csv\n```\n\n```text\n2022  2024\n```\n\nEnd.\n"
        #expect(md.out.hasSuffix(hidden ? "The periods:\n\n```text\n2022  2024\n```\n\nEnd.\n" : shown), "\(md.out)")
        let html = run(["run", "nb.md", "--allow", analysisFixtures, "-o", "r.html"], cwd: folder)
        #expect(html.code == 0, "\(html.err)")
        let page = try String(contentsOfFile: folder + "/r.html", encoding: .utf8)
        #expect(page.contains("2022  2024") && page.contains("class=\"command\"") == !hidden)
    }

    @Test func echoTakesTrueOrFalse() throws {
        let folder = try temporaryFolder(["nb.md": "---\ntitle: T\necho: hide\n---\n# T\n"])
        let r = run(["run", "nb.md"], cwd: folder)
        #expect(r.code == 2 && r.err.contains("nb.md:3: echo takes true or false, not 'hide'"), "\(r.err)")
    }

    @Test func anUndefinedParameterNamesItsLine() throws {
        let folder = try temporaryFolder(["nb.md": "# T\n\n```parlens\nrank par_index --period ${nope}\n```\n"])
        let r = run(["run", "nb.md"], cwd: folder)
        #expect(r.code == 2)
        #expect(r.err.contains("nb.md:4: undefined parameter ${nope}"))
    }

    @Test func checkShowsAReadableDiff() throws {
        let folder = try temporaryFolder([
            "nb.md": "# T\n\n```parlens\nset width 40\nshow settings\n```\n", "expected.md": "# T\n\nsomething else\n",
        ])
        let r = run(["run", "nb.md", "--check", "expected.md"], cwd: folder)
        #expect(r.code == 1)
        #expect(
            r.err.contains("--- expected.md (expected)") && r.err.contains("- something else")
                && r.err.contains("+ ```parlens"))
    }

    @Test func anHTMLReportIsWellFormed() throws {
        let folder = try temporaryFolder([:])
        let r = run(["run", root + "/notebooks-cli/district-review.md", "-o", folder + "/r.html"])
        #expect(r.code == 0, "\(r.err)")
        let html = try String(contentsOfFile: folder + "/r.html", encoding: .utf8)
        #expect(
            html.hasPrefix("<!DOCTYPE html>") && html.contains("<h1>District review: Tháp Mười and Đam Rông</h1>")
                && html.contains("<h2>Tháp Mười (Đồng Tháp): ranks</h2>"))
        #expect(html.contains("<table>") && html.contains("<svg"))
        #expect(!html.contains("```"))
    }
}

/// `make demo` and `run --format text`: the report as a terminal shows it.
@Suite("Notebook reports in a terminal")
struct NotebookTextTests {
    @Test(arguments: [true, false])
    func theTextFormatIsTheReportWithoutMarkdown(_ echo: Bool) throws {
        let folder = try temporaryFolder([
            "nb.md": """
            ---
            title: Departments
            echo: \(echo)
            ---
            The **periods** of `departments.csv`:

            ```parlens
            periods --data \(analysisFixtures)/departments.csv
            rank par_index --period 2024 --data \(analysisFixtures)/departments.csv --top 1
            ```
            """
        ])
        let r = run(["run", "nb.md", "--allow", analysisFixtures, "--format", "text"], cwd: folder)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.hasPrefix("Departments\n═══════════\n\nThe periods of departments.csv:\n\n"), "\(r.out)")
        #expect(!r.out.contains("```") && !r.out.contains("---") && !r.out.contains("**"))
        #expect(r.out.contains("$ periods --data") == echo && r.out.contains("$ rank par_index") == echo)
        #expect(r.out.contains("2022  2024\n\n") && r.out.contains("┌──"))
    }

    /// What `make demo` prints after the build: the Vietnamese annual review as text, then where
    /// its web page was written (a git-ignored folder, never an input).
    @Test func makeDemoPrintsTheReportAndSaysWhereTheWebPageIs() throws {
        let binary = try #require(builtBinary)
        let out = try temporaryFolder([:]) + "/demo"
        let (code, text) = Self.shell([
            "make", "-s", "--no-print-directory", "demo-report", "BIN=\(binary)", "DEMO_OUT=\(out)",
        ])
        #expect(code == 0, "\(text)")
        #expect(
            text.hasPrefix("Báo cáo đánh giá các chỉ số cải cách hành chính năm 2024\n═══"), "\(text.prefix(300))")
        #expect(
            !text.contains("```") && !text.contains("title:")
                && text.contains("Chỉ số cải cách hành chính cấp tỉnh năm 2024 so với năm trước\n────"))
        #expect(text.contains("│ Hạng │ Đơn vị"))
        #expect(text.hasSuffix("\nBáo cáo dạng trang web: \(out)/annual-review-vi.html\n"))
        let page = try String(contentsOfFile: out + "/annual-review-vi.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<svg"))
        // Without DEMO_OUT the page goes to build/demo/, which git ignores.
        let ignored = Self.shell(["git", "check-ignore", "-q", "build/demo/annual-review-vi.html"])
        #expect(ignored.code == 0, "build/demo/ is not git-ignored")
    }

    /// Runs `arguments` in the repository's root; returns the exit code and standard output.
    static func shell(_ arguments: [String]) -> (code: Int32, out: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
