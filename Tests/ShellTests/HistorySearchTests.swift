import Testing

@testable import Shell

/// Ctrl-R: the history searched without case or accents.
@Suite("History search")
struct HistorySearchTests {
    let line = "trend pci --unit \"Huyện Gò Mít Đông\""

    @Test func vietnameseTextIsFoundTypedAnyWay() {
        for pattern in ["Gò", "gò", "go", "GO MIT", "gò mít", "đông\"", "Mít Đ", " mit", "unit huyen"] {
            #expect(HistorySearch.matches(line, pattern), "\(pattern)")
        }
        for pattern in ["gò mx", "gom", "dong son", "Gò  x"] {
            #expect(!HistorySearch.matches(line, pattern), "\(pattern)")
        }
        #expect(HistorySearch.matches("a -- b", "--"))
    }

    @Test func typingDeletingAndSearchingOlder() {
        var search = HistorySearch(history: [line, "rank par_index --lang vi", "info"], original: "tr")
        #expect(search.line == "tr")
        search.type("g")
        #expect(search.line == "rank par_index --lang vi" && !search.failed)
        search.type("ò")
        #expect(search.line == line && !search.failed)
        search.type("x")
        #expect(search.line == line && search.failed && search.pattern == "gòx")
        search.deleteBackward()
        #expect(search.line == line && !search.failed)
        search.deleteBackward()
        search.deleteBackward()
        #expect(search.line == "tr" && search.pattern.isEmpty)
        search.type("n")
        #expect(search.line == "info")
        search.older()
        #expect(search.line == "rank par_index --lang vi")
        search.older()
        #expect(search.line == line)
        search.older()
        #expect(search.line == line && search.failed)
    }
}
