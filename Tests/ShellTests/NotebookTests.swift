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
        #expect(Set(Self.notebooks).isSuperset(of: ["annual-review.md", "district-review.md", "data-quality.md"]))
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
        let r = run(["run", "nb.md", "--param", "year=2023"], cwd: folder)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Text with ${year} stays as written."))
        #expect(r.out.contains("```text\nLoaded "))
        #expect(r.out.contains("Rank,Unit,Value\r\n1,Tỉnh Đồi Thông,89.62"))
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
