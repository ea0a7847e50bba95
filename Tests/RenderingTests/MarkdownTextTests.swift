import Testing

@testable import Rendering

/// A notebook's prose as a terminal shows it: no Markdown markup left to read around.
@Suite("Markdown as terminal text")
struct MarkdownTextTests {
    @Test func headingsParagraphsListsQuotesAndCode() {
        let lines = [
            "# Annual review", "", "The **provincial** PAR Index of *the year*, see `parlens rank --help` and",
            "[the report](https://example.org/r.pdf); par_index stays as written.", "", "## Hòa Bình's departments",
            "- first item", "- second", "1. one", "", "> a quoted note", "", "```sh", "make demo", "```", "### Small",
        ]
        #expect(
            MarkdownText.blocks(lines, width: 100) == [
                "Annual review\n═════════════",
                "The provincial PAR Index of the year, see parlens rank --help and the report\n(https://example.org/r.pdf); par_index stays as written.",
                "Hòa Bình's departments\n──────────────────────", "• first item\n• second\n1. one", "│ a quoted note",
                "    make demo", "Small",
            ])
    }

    @Test func listItemsWrapWithAHangingIndent() {
        let blocks = MarkdownText.blocks(["- one two three four five six"], width: 14)
        #expect(blocks == ["• one two\n  three four\n  five six"])
    }
}
