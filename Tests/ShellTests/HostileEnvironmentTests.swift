import Foundation
import Testing

/// The real binary where the environment fails it: output that cannot be written.
@Suite("Hostile environment")
struct HostileEnvironmentTests {
    /// Runs the built binary with stdout (and, when `errorToo`, stderr) on /dev/full.
    static func runOnFullDisk(_ args: [String], errorToo: Bool = false) throws -> (code: Int32, err: String) {
        let binary = try #require(builtBinary)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        process.standardOutput = full
        let pipe = Pipe()
        process.standardError = errorToo ? full : pipe
        try process.run()
        let data = errorToo ? Data() : pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: [["info"], ["--help"], ["rank", "--help"], ["check", "--format", "json"]])
    func aFullDiskIsExitOneWithOneLineNotATrap(_ args: [String]) throws {
        // Before: exit 132 (a trap in FileHandle.write) for every command.
        let r = try Self.runOnFullDisk(args)
        #expect(r.code == 1, "\(args): \(r.code)")
        #expect(r.err.hasSuffix("parlens: cannot write the output: No space left on device\n"), "\(r.err)")
        #expect(r.err.components(separatedBy: "cannot write").count == 2)
    }

    @Test func whenStandardErrorFailsTooTheExitIsOneInSilence() throws {
        #expect(try Self.runOnFullDisk(["info"], errorToo: true).code == 1)
    }
}
