import Foundation
import Testing

@testable import Shell

/// `--data -`: standard input as data, asked for explicitly, and refused where it cannot be data.
@Suite("Standard input as data")
struct StandardInputTests {
    /// Runs `parlens ARGS` in process with `input` as its standard input.
    static func run(_ args: [String], input: [UInt8]?, terminal: Bool = false) -> (
        code: Int32, out: String, err: String
    ) {
        let capture = Capture()
        var env = captured(capture, cwd: root)
        env.inputIsTerminal = terminal
        if let input { env.readStandardInput = { limit in Array(input.prefix(limit + 1)) } }
        let code = Parlens.main(arguments: args, environment: env)
        return (code, capture.out, capture.err)
    }

    static let papi = root + "/datasets/papi_provinces.csv"

    @Test func aPipedFileGivesTheFiguresOfTheFileItself() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.papi)))
        let piped = Self.run(["rank", "papi", "--period", "2016", "--data", "-", "--format", "csv"], input: bytes)
        let named = ShellTests.run(["rank", "papi", "--period", "2016", "--data", Self.papi, "--format", "csv"])
        #expect(piped.code == 0, "\(piped.err)")
        #expect(piped.out.split(separator: "\r\n").count == 64)  // a header and 63 provinces
        #expect(piped.out == named.out)
    }

    @Test func problemsArePlacedInStandardInput() {
        let text = "unit,period,metric,value\nHà Nội,2024,par_index,abc\n"
        let r = Self.run(["check", "--data", "-", "--format", "text"], input: Array(text.utf8))
        #expect(r.code == 1)
        #expect(r.out.contains("<stdin>:2:23: error:"), "\(r.out)")
    }

    @Test func aWorkbookCanBePipedToo() throws {
        let book = root + "/Tests/PanelTests/Fixtures/xlsx/analyst-openpyxl.xlsx"
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: book)))
        let piped = Self.run(["info", "--data", "-", "--metric", "par_index", "--format", "json"], input: bytes)
        let named = ShellTests.run(["info", "--data", book, "--metric", "par_index", "--format", "json"])
        #expect(piped.code == 0, "\(piped.err)")
        let observations = { (s: String) in s.split(separator: "\n").first { $0.contains("\"observations\"") } }
        #expect(observations(piped.out) != nil)
        #expect(observations(piped.out) == observations(named.out))
    }

    @Test func standardInputIsMixedWithOtherData() {
        let text = "unit,level,period,metric,value\nThử nghiệm,province,2024,par_index,50\n"
        let r = Self.run(
            ["rank", "par_index", "--period", "2024", "--data", "-", "--data", root + "/datasets", "--format", "csv"],
            input: Array(text.utf8))
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Thử nghiệm"))
        #expect(r.out.contains("Sơn La"))
    }

    @Test func refusals() {
        let twice = Self.run(["info", "--data", "-", "--data", "-"], input: [])
        #expect(twice.code == 2)
        #expect(twice.err.contains("--data - is given twice: standard input can be read once"), "\(twice.err)")
        let terminal = Self.run(["info", "--data", "-"], input: [], terminal: true)
        #expect(terminal.code == 2)
        #expect(terminal.err.contains("which is a terminal here"), "\(terminal.err)")
        let unreadable = Self.run(["info", "--data", "-"], input: nil)
        #expect(unreadable.code == 2)
        #expect(unreadable.err.contains("standard input could not be read"), "\(unreadable.err)")
        let inSession = Self.run(["-c", "info --data -"], input: [])
        #expect(inSession.code != 0)
        #expect(
            (inSession.out + inSession.err).contains("holds this session's commands"),
            "\(inSession.out)\(inSession.err)")
        let vi = Self.run(["info", "--data", "-", "--data", "-", "--lang", "vi"], input: [])
        #expect(vi.err.contains("đầu vào chuẩn chỉ đọc được một lần"), "\(vi.err)")
    }

    @Test func tooLargeAnInputIsRefusedNotReadOn() {
        let limit = DataOptions.standardInputLimit
        let capture = Capture()
        var env = captured(capture, cwd: root)
        nonisolated(unsafe) var asked = 0
        env.readStandardInput = { l in
            asked = l
            return [UInt8](repeating: 0x41, count: l + 1)
        }
        let code = Parlens.main(arguments: ["info", "--data", "-"], environment: env)
        #expect(code == 2)
        #expect(asked == limit)
        #expect(capture.err.contains("standard input holds more than 512 MB"), "\(capture.err)")
    }

    @Test func theBinaryReadsItsStandardInput() throws {
        let binary = try #require(builtBinary)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["rank", "papi", "--period", "2016", "--data", "-", "--format", "csv", "--top", "1"]
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: Self.papi))
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).split(separator: "\r\n").count == 2)
    }
}
