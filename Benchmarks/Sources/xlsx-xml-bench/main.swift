// Times the two ways of reading a worksheet's XML that issue 16 asked to compare, on the same
// inflated bytes, in one process (release build): parlens's focused byte reader (`SheetReader`)
// and Foundation's `XMLParser` (SAX, the only XML parser Foundation has on Linux) with a delegate
// that builds the same thing: each cell's text (shared strings looked up, formulas skipped) in
// one buffer. Prints one JSON object: sizes, cell counts and the timed runs of each.
//
//   xlsx-xml-bench BOOK.xlsx [RUNS]
import Foundation
import Panel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The `XMLParser` side: the cells of `<sheetData>` as texts appended to one buffer.
final class SheetDelegate: NSObject, XMLParserDelegate {
    let strings: [String]
    var storage: [UInt8] = []
    var cells = 0
    var type = ""
    var inValue = false
    var inText = false
    var value = ""

    init(strings: [String]) { self.strings = strings }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "c":
            type = attributes["t"] ?? "n"
            value = ""
        case "v": inValue = true
        case "t": inText = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue || inText { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v": inValue = false
        case "t": inText = false
        case "c":
            let text = type == "s" ? Int(value).flatMap { $0 < strings.count ? strings[$0] : nil } ?? "" : value
            if !text.isEmpty {
                storage.append(contentsOf: text.utf8)
                cells += 1
            }
        default: break
        }
    }
}

/// The shared strings with `XMLParser` (`<si>` items, `<t>` texts joined).
final class StringsDelegate: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var current = ""
    var inText = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "si" { current = "" }
        if name == "t" { inText = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "si" { strings.append(current) }
    }
}

func xmlParser(sheet: [UInt8], strings: [UInt8]) -> (cells: Int, bytes: Int) {
    let s = StringsDelegate()
    let p1 = XMLParser(data: Data(strings))
    p1.delegate = s
    _ = p1.parse()
    let d = SheetDelegate(strings: s.strings)
    let p2 = XMLParser(data: Data(sheet))
    p2.delegate = d
    _ = p2.parse()
    return (d.cells, d.storage.count)
}

let arguments = CommandLine.arguments
guard arguments.count >= 2, let book = FileManager.default.contents(atPath: arguments[1]),
    let parts = SheetMeasure.parts(of: [UInt8](book))
else {
    FileHandle.standardError.write(Data("usage: xlsx-xml-bench BOOK.xlsx [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5

func time(_ body: () -> (cells: Int, bytes: Int)) -> (seconds: [Double], result: (cells: Int, bytes: Int)) {
    var seconds: [Double] = []
    var result = body()  // untimed
    for _ in 0..<runs {
        let clock = ContinuousClock()
        let start = clock.now
        result = body()
        let elapsed = clock.now - start
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return (seconds, result)
}

let mine = time { SheetMeasure.byteReader(sheet: parts.sheet, strings: parts.strings, styles: parts.styles) }
let foundation = time { xmlParser(sheet: parts.sheet, strings: parts.strings) }
func list(_ xs: [Double]) -> String { "[" + xs.map { String(format: "%.4f", $0) }.joined(separator: ", ") + "]" }
print(
    """
    {"sheet_bytes": \(parts.sheet.count), "byte_reader": {"cells": \(mine.result.cells), "text_bytes": \(mine.result.bytes), \
    "seconds": \(list(mine.seconds))}, "xmlparser": {"cells": \(foundation.result.cells), \
    "text_bytes": \(foundation.result.bytes), "seconds": \(list(foundation.seconds))}}
    """)
