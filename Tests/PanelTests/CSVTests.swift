import Foundation
import PanelTestSupport
import Testing

@testable import Panel

@Suite("CSVReader")
struct CSVTests {
    static func parse(_ text: String, delimiter: UInt8? = nil) -> CSVDocument {
        CSVReader.parse(Array(text.utf8), file: "t.csv", delimiter: delimiter)
    }

    static func texts(_ doc: CSVDocument) -> [[String]] { doc.records.map { $0.map(\.text) } }

    /// (line, column) of every field, record by record.
    static func places(_ doc: CSVDocument) -> [[[Int]]] { doc.records.map { $0.map { [$0.line, $0.column] } } }

    // MARK: Encoding

    @Test func byteOrderMarkIsStripped() throws {
        let doc = CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("unit,value\nA,1\n".utf8), file: "t.csv")
        #expect(doc.hadBOM)
        #expect(doc.diagnostics.isEmpty)
        let first = try #require(doc.records.first?.first)
        #expect(Array(first.text.unicodeScalars) == Array("unit".unicodeScalars))  // no U+FEFF
        #expect(first.line == 1 && first.column == 1)
        #expect(Self.texts(doc) == [["unit", "value"], ["A", "1"]])
    }

    @Test func noByteOrderMark() {
        let doc = Self.parse("a,b\n")
        #expect(!doc.hadBOM)
        #expect(Self.texts(doc) == [["a", "b"]])
    }

    @Test(
        "line ends",
        arguments: [
            ("LF", "a,b\n1,2\n3,4\n"), ("CRLF", "a,b\r\n1,2\r\n3,4\r\n"), ("CR", "a,b\r1,2\r3,4\r"),
            ("no final newline", "a,b\n1,2\n3,4"), ("mixed", "a,b\r\n1,2\n3,4\r"),
        ])
    func lineEnds(_ name: String, _ text: String) {
        let doc = Self.parse(text)
        #expect(doc.diagnostics.isEmpty)
        #expect(Self.texts(doc) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(Self.places(doc) == [[[1, 1], [1, 3]], [[2, 1], [2, 3]], [[3, 1], [3, 3]]])
    }

    // MARK: Delimiters

    @Test(
        "delimiter detection",
        arguments: [
            Detection("a,b,c\n1,2,3\n", ",", "comma", cells: 3),
            Detection("a;b;c\n1;2,5;3\n", ";", "semicolon", cells: 3),
            Detection("a\tb\tc\n1\t2\t3\n", "\t", "tab", cells: 3),
            Detection("\"x,y,z\";b;c\n1;2;3\n", ";", "semicolon", cells: 3),  // commas in quotes do not count
            Detection("\"x,y\"\tb\n", "\t", "tab", cells: 2),
            Detection("\n\n  \na;b;c\n1;2;3\n", ";", "semicolon", cells: 3),  // first non-blank line decides
            Detection("a,b;c\n1,2;3\n", ",", "comma", cells: 2),  // a tie prefers comma
            Detection("a;b\tc\n", ";", "semicolon", cells: 2),  // then semicolon
            Detection("one\n", ",", "comma", cells: 1),
        ])
    func delimiter(_ c: Detection) {
        let doc = Self.parse(c.text)
        #expect(doc.delimiter == c.delimiter)
        #expect(doc.delimiterName == c.name)
        #expect(doc.records.first?.count == c.cells)
    }

    struct Detection: Sendable, CustomTestStringConvertible {
        var text: String, delimiter: UInt8, name: String, cells: Int
        init(_ text: String, _ delimiter: Unicode.Scalar, _ name: String, cells: Int) {
            self.text = text
            self.delimiter = UInt8(ascii: delimiter)
            self.name = name
            self.cells = cells
        }
        var testDescription: String { text.debugDescription }
    }

    @Test func semicolonFileKeepsDecimalCommas() {
        let doc = Self.parse("unit;value\nA;99,17\n")
        #expect(Self.texts(doc) == [["unit", "value"], ["A", "99,17"]])
    }

    @Test func forcedDelimiterOverridesDetection() {
        let doc = Self.parse("a,b;c\n", delimiter: UInt8(ascii: ";"))
        #expect(Self.texts(doc) == [["a,b", "c"]])
    }

    // MARK: Quotes

    @Test func quotedCells() throws {
        let text = "a,\"b,c\",\"say \"\"hi\"\"\",\"line1\nline2\",d\n1,2,3,4,5\n"
        let doc = Self.parse(text)
        #expect(doc.diagnostics.isEmpty)
        #expect(Self.texts(doc) == [["a", "b,c", "say \"hi\"", "line1\nline2", "d"], ["1", "2", "3", "4", "5"]])
        #expect(doc.records[0].map(\.quoted) == [false, true, true, true, false])
        // `"say ""hi"""` spans columns 9–20; the multi-line cell opens at 1:22 and the cell
        // after it sits on line 2 after `line2",`.
        #expect(Self.places(doc)[0] == [[1, 1], [1, 3], [1, 9], [1, 22], [2, 8]])
        #expect(Self.places(doc)[1] == [[3, 1], [3, 3], [3, 5], [3, 7], [3, 9]])
    }

    @Test func quotedCellWithCRLFInside() {
        let doc = Self.parse("\"x\r\ny\",z\r\n1,2\r\n")
        #expect(Self.texts(doc) == [["x\r\ny", "z"], ["1", "2"]])
        #expect(Self.places(doc) == [[[1, 1], [2, 4]], [[3, 1], [3, 3]]])
    }

    @Test func emptyQuotedCellIsARecord() {
        let doc = Self.parse("\"\"\n")
        #expect(Self.texts(doc) == [[""]])
        #expect(doc.records[0][0].quoted)
    }

    @Test func textAfterClosingQuoteIsJoinedWithAWarning() throws {
        let doc = Self.parse("\"ab\"cd,e\n")
        #expect(Self.texts(doc) == [["abcd", "e"]])
        let d = try #require(doc.diagnostics.first)
        #expect(d.code == .textAfterQuote)
        #expect(d.severity == .warning)
        #expect(d.location == SourceLocation(file: "t.csv", line: 1, column: 5))
    }

    @Test func spacesAroundAQuotedCell() {
        let doc = Self.parse("  \"a b\"  , c \n")
        #expect(doc.diagnostics.isEmpty)
        #expect(Self.texts(doc) == [["a b", "c"]])
        #expect(Self.places(doc) == [[[1, 3], [1, 12]]])
    }

    // MARK: Layout

    @Test func blankLinesAreSkipped() {
        let doc = Self.parse("a,b\n\n   \n\r\n1,2\n\n")
        #expect(Self.texts(doc) == [["a", "b"], ["1", "2"]])
        #expect(doc.records[1][0].line == 5)
    }

    @Test func surroundingSpacesAreTrimmed() {
        let doc = Self.parse("  a  ,  b  \n x y ,z\n")
        #expect(Self.texts(doc) == [["a", "b"], ["x y", "z"]])
        #expect(Self.places(doc) == [[[1, 3], [1, 9]], [[2, 2], [2, 7]]])
    }

    @Test func emptyCellsAreKept() {
        let doc = Self.parse("a,,c\n,,\n")
        #expect(Self.texts(doc) == [["a", "", "c"], ["", "", ""]])
    }

    /// A trailing delimiter at the very end of the input still yields an empty last cell,
    /// as it does before a newline.
    @Test func trailingDelimiterAtEndOfInput() {
        #expect(Self.texts(Self.parse("a,b,\n")) == [["a", "b", ""]])
        #expect(Self.texts(Self.parse("a,b,")) == [["a", "b", ""]])
    }

    @Test func columnsCountUnicodeScalars() {
        let nfc = "Tháp Mười".precomposedStringWithCanonicalMapping  // 9 scalars, 13 bytes
        let dongThap = "Đồng Tháp".precomposedStringWithCanonicalMapping
        let doc = Self.parse("\(nfc),42\n\(dongThap),\"7\"\n")
        #expect(doc.records[0][1].column == 11)
        #expect(doc.records[1][1].column == 11)
        #expect(doc.records[0][0].text == nfc)

        let nfd = "Tháp Mười".decomposedStringWithCanonicalMapping  // 13 scalars
        let decomposed = Self.parse("\(nfd),42\n")
        #expect(nfd.unicodeScalars.count == 13)
        #expect(decomposed.records[0][1].column == 15)
        #expect(Array(decomposed.records[0][0].text.unicodeScalars) == Array(nfd.unicodeScalars))  // kept as written
    }

    // MARK: Problems

    @Test func unterminatedQuote() throws {
        let doc = Self.parse("a,b\n1, \"oops\n2,3\n")
        let d = try #require(doc.diagnostics.first)
        #expect(doc.diagnostics.count == 1)
        #expect(d.code == .unterminatedQuote)
        #expect(d.severity == .error)
        #expect(d.location == SourceLocation(file: "t.csv", line: 2, column: 4))
        #expect(d.formatted.hasPrefix("t.csv:2:4: error: a quoted cell starts here and is never closed"))
        // The record the open quote swallowed is not data: only the header remains.
        #expect(Self.texts(doc) == [["a", "b"]])
    }

    @Test func nulByteIsNotText() throws {
        let doc = CSVReader.parse(Array("a,b\n1,".utf8) + [0] + Array("\n".utf8), file: "t.csv")
        #expect(doc.records.isEmpty)
        let d = try #require(doc.diagnostics.first)
        #expect(doc.diagnostics.count == 1)
        #expect(d.code == .notText)
        #expect(d.severity == .error)
        #expect(d.location == SourceLocation(file: "t.csv", line: 2, column: 3))
    }

    /// A byte sequence that is not UTF-8 and the byte the message must name.
    static let notUTF8Cases: [(bytes: [UInt8], first: UInt8)] = [
        ([0xC3, 0x28], 0xC3),  // lead byte without continuation
        ([0x80], 0x80),  // lone continuation byte
        ([0xC0, 0xAF], 0xC0),  // overlong
        ([0xED, 0xA0, 0x80], 0xED),  // UTF-16 surrogate
        ([0xF5, 0x80, 0x80, 0x80], 0xF5),  // beyond U+10FFFF
        ([0xE1, 0xBA], 0xE1),  // truncated at end of input
    ]

    @Test("invalid UTF-8 is reported where it starts", arguments: notUTF8Cases)
    func notUTF8(_ bad: [UInt8], _ first: UInt8) throws {
        let doc = CSVReader.parse(Array("a,b\nTháp,".precomposedStringWithCanonicalMapping.utf8) + bad, file: "t.csv")
        #expect(doc.records.isEmpty)
        let d = try #require(doc.diagnostics.first)
        #expect(d.code == .notUTF8)
        #expect(d.location == SourceLocation(file: "t.csv", line: 2, column: 6))
        let hex = String(first, radix: 16, uppercase: true)
        #expect(d.message == "byte 0x\(hex) is not valid UTF-8")
    }

    @Test func validMultiByteUTF8IsAccepted() {
        // 2-, 3- and 4-byte sequences: ư, ờ (precomposed), and U+1F600.
        let doc = Self.parse("ư,ờ,😀\n".precomposedStringWithCanonicalMapping)
        #expect(doc.diagnostics.isEmpty)
        #expect(Self.places(doc) == [[[1, 1], [1, 3], [1, 5]]])
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], Array("\n\n\r\n".utf8), Array("   ".utf8)] as [[UInt8]])
    func emptyInputHasNoRecords(_ bytes: [UInt8]) {
        let doc = CSVReader.parse(bytes, file: "t.csv")
        #expect(doc.records.isEmpty)
        #expect(doc.diagnostics.isEmpty)
        #expect(doc.delimiter == UInt8(ascii: ","))
    }

    @Test func twentyMegabyteLineWithoutNewline() throws {
        // 20 000 cells of 999 bytes and a comma: 20 MB on one line, no line end.
        let cell = [UInt8](repeating: UInt8(ascii: "x"), count: 999)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20_000_000)
        for i in 0..<20_000 {
            bytes += cell
            if i < 19_999 { bytes.append(UInt8(ascii: ",")) }
        }
        #expect(bytes.count == 19_999_999)
        let clock = ContinuousClock()
        let start = clock.now
        let doc = CSVReader.parse(bytes, file: "big.csv")
        let elapsed = clock.now - start
        #expect(doc.diagnostics.isEmpty)
        #expect(doc.records.count == 1)
        let record = try #require(doc.records.first)
        #expect(record.count == 20_000)
        #expect(record.last?.column == 19_999 * 1_000 + 1)
        #expect(record.last?.text.utf8.count == 999)
        #expect(elapsed < .seconds(10), "parsing 20 MB took \(elapsed)")
    }
}
