// libFuzzer harness: the Markdown renderers of notebook prose (`Sources/Rendering/MarkdownHTML.swift`,
// `MarkdownText.swift`, `MarkdownBlocks.swift`) and the HTML page around a report
// (`HTMLReport.fragment`). Beyond not failing, the HTML must carry no markup of its own: every `<`
// in it opens or closes one of the tags the renderer writes, and every link it keeps is a safe one.
// Built and run by `scripts/fuzz.sh` (see `Fuzz/README.md`).
import Foundation

@testable import Rendering

/// The tags ``MarkdownHTML/render(_:headingOffset:)`` writes.
let allowedTags: Set<String> = [
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "pre", "code", "strong", "em", "a",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let lines = text.components(separatedBy: "\n")
    let html = MarkdownHTML.render(lines)
    checkMarkup(html, of: text)
    _ = MarkdownText.blocks(lines, width: 60)
    // Output that is not a page parlens wrote is text, whatever it holds.
    if !text.hasPrefix("<!DOCTYPE html>\n") {
        let fragment = HTMLReport.fragment(text)
        guard !fragment.unicodeScalars.dropFirst(5).dropLast(6).contains("<") else {
            fatalError("markup in a fragment")
        }
    }
    return 0
}

/// Traps unless every tag in `html` is an allowed one and every `href` a safe link. Read by
/// Unicode scalars, as a browser reads: a combining mark after `<`, `>` or `"` does not hide it.
func checkMarkup(_ html: String, of text: String) {
    let scalars = Array(html.unicodeScalars)
    var i = 0
    while let open = scalars[i...].firstIndex(of: "<") {
        guard let close = scalars[open...].firstIndex(of: ">") else {
            fatalError("an unclosed '<' from \(text.debugDescription)")
        }
        var tag = String.UnicodeScalarView()
        tag.append(contentsOf: scalars[(open + 1)..<close])
        let name = Substring(String(tag)).drop { $0 == "/" }.prefix { $0 != " " }
        guard allowedTags.contains(String(name)) else { fatalError("tag <\(tag)> from \(text.debugDescription)") }
        if name == "a", tag.first != "/" {
            let prefix = "a href=\"".unicodeScalars
            guard tag.starts(with: prefix), tag.last == "\"", tag.count > prefix.count,
                !tag.dropFirst(prefix.count).dropLast().contains("\"")
            else { fatalError("link <\(tag)> from \(text.debugDescription)") }
            let url = String(String.UnicodeScalarView(tag.dropFirst(prefix.count).dropLast()))
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            guard HTMLReport.isSafeLink(url) else { fatalError("unsafe link \(url.debugDescription)") }
        } else if tag.contains(" ") {
            fatalError("attributes in <\(tag)> from \(text.debugDescription)")
        }
        i = close + 1
    }
}
