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

@Suite("Notebooks that run notebooks")
struct NestedNotebookTests {
    @Test(arguments: ["run loop.md", "-c \"run loop.md\""])
    func aNotebookThatRunsItselfIsRefused(_ line: String) throws {
        // Before: the runs nested until the stack overflowed (exit 139).
        let dir = try temporaryFolder(["loop.md": "---\ntitle: Loop\n---\n\n```parlens\n\(line)\n```\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = run(["run", "loop.md"], cwd: dir)
        #expect(r.out.contains("the notebook loop.md is already running: a notebook cannot run itself"), "\(r.out)")
    }

    @Test func twoNotebooksThatRunEachOtherAreRefused() throws {
        let dir = try temporaryFolder([
            "a.md": "---\ntitle: A\n---\n\n```parlens\nrun b.md\n```\n",
            "b.md": "---\ntitle: B\n---\n\n```parlens\nrun a.md\n```\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = run(["run", "a.md"], cwd: dir)
        #expect(r.out.contains("the notebook a.md is already running"), "\(r.out)")
    }
}
