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

@Suite("-o never overwrites an input")
struct OutputNeverOverwritesTests {
    static let tidy = "unit,period,metric,value\nA,2022,pci,60\n"

    @Test func noFileAnInputResolvesToIsWritten() throws {
        let dir = try temporaryFolder([
            "d/a.csv": Self.tidy, "d/b.tsv": "unit\tperiod\tmetric\tvalue\nB\t2022\tpci\t61\n",
            "outside/real.csv": Self.tidy, "self.md": "---\ntitle: Self\n---\n\n```parlens\ninfo --data d\n```\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/d2", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: dir + "/d2/linked.csv", withDestinationPath: "../outside/real.csv")
        for args in [
            ["info", "--data", "d", "-o", "d/b.tsv"],  // a .tsv of an input folder (was replaced)
            ["info", "--data", "d2", "-o", "outside/real.csv"],  // the real file behind a link (was replaced)
            ["run", "self.md", "--data", "d", "-o", "self.md"],  // the notebook itself (was replaced)
            ["run", "self.md", "--data", "d", "-o", "d/a.csv"],  // a data file the notebook reads
        ] {
            let before = try String(contentsOfFile: dir + "/" + args[args.count - 1], encoding: .utf8)
            let r = run(args, cwd: dir)
            #expect(r.code == 2 && r.err.contains("refusing to write over an input file"), "\(args): \(r.err)")
            #expect(try String(contentsOfFile: dir + "/" + args[args.count - 1], encoding: .utf8) == before)
        }
        #expect(run(["info", "--data", "d", "-o", "report.txt"], cwd: dir).code == 0)
    }

    @Test func somethingThatIsNotARegularFileIsNeverReplaced() throws {
        let dir = try temporaryFolder(["d/a.csv": Self.tidy])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/pipe", 0o600) == 0)
        let r = run(["info", "--data", "d", "-o", "pipe"], cwd: dir)
        #expect(r.code == 2 && r.err.contains("it is not a regular file"), "\(r.err)")
        var info = stat()
        #expect(stat(dir + "/pipe", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }
}

@Suite("Notebook parameters are values")
struct ParameterInjectionTests {
    @Test(arguments: ["2022; info -o injected.txt", "2022\" ; info -o injected.txt", "2022\ninfo -o injected.txt"])
    func aParameterCannotAddACommand(_ value: String) throws {
        // Before: --param 'year=2022; info -o injected.txt' ran the second command and wrote the file.
        let dir = try temporaryFolder([
            "d/a.csv": "unit,period,metric,value\nA,2022,pci,60\n",
            "nb.md":
                "---\ntitle: P\nparams:\n  year: 2023\n---\n\n```parlens\nrank pci --period ${year} --data d\n```\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = run(["run", "nb.md", "--param", "year=\(value)"], cwd: dir)
        #expect(r.code == 2 && r.err.contains("a parameter is one value in a command"), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/injected.txt"))
        #expect(run(["run", "nb.md", "--param", "year=2022"], cwd: dir).code == 0)
    }
}

@Suite("Notebooks stay in their folder")
struct NotebookConfinementTests {
    static let tidy = "unit,period,metric,value\nA,2022,pci,60\n"

    /// A notebook from elsewhere may not read a private file into its report nor write over one:
    /// every block below was run before (the secret was printed, the file replaced).
    @Test(arguments: [
        "info --data private/secret.csv", "load private/secret.csv", "-c \"info\" --data private",
        "info --data nb/d -o private/out.txt", "run private/other.md", "info --data nb/link",
    ])
    func aCommandOutsideTheRoomIsRefused(_ line: String) throws {
        let dir = try temporaryFolder([
            "nb/report.md": "---\ntitle: R\n---\n\n```parlens\n\(line)\n```\n", "nb/d/a.csv": Self.tidy,
            "private/secret.csv": "unit,period,metric,value\nSecret,2022,pci,1\n",
            "private/other.md": "---\ntitle: O\n---\n\n```parlens\ninfo\n```\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir + "/nb/link", withDestinationPath: "../private")
        let r = run(["run", "nb/report.md", "--data", "nb/d"], cwd: dir)
        #expect(r.out.contains("is outside what the notebook nb/report.md may read or write"), "\(line): \(r.out)")
        #expect(r.out.contains("run it with --allow PATH"))
        #expect(!r.out.contains("Secret"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/private/out.txt"))
    }

    @Test func theFolderTheDataTheOutputAndAllowedPathsAreOpen() throws {
        let dir = try temporaryFolder([
            "nb/report.md":
                "---\ntitle: R\n---\n\n```parlens\nload nb/local.csv\ninfo --data shared -o nb/out.txt\ninfo --data extra/e.csv\n```\n",
            "nb/local.csv": Self.tidy, "shared/a.csv": Self.tidy,
            "extra/e.csv": "unit,period,metric,value\nExtra,2022,pci,2\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let refused = run(["run", "nb/report.md", "--data", "shared"], cwd: dir)
        #expect(refused.out.contains("extra/e.csv is outside"), "\(refused.out)")
        let r = run(["run", "nb/report.md", "--data", "shared", "--allow", "extra", "-o", "report.md"], cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        let report = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
        #expect(!report.contains("outside"), "\(report)")
        #expect(FileManager.default.fileExists(atPath: dir + "/nb/out.txt"))
    }
}

@Suite("Errors name their place")
struct LocatedErrorTests {
    static let tidy = "unit,period,metric,value\nA,2022,pci,60\n"

    /// Runs the built binary as an unprivileged user (root reads every folder): `runuser -u
    /// nobody` when the tests run as root, the binary itself otherwise.
    static func runUnprivileged(_ args: [String], cwd: String) throws -> (code: Int32, err: String) {
        let binary = try #require(builtBinary)
        let process = Process()
        if getuid() == 0 {
            // `nobody` may not reach the build folder (a checkout under a 0700 temporary folder):
            // it runs a copy of the binary placed in `cwd`, which the tests make readable.
            let copy = cwd + "/parlens-unprivileged"
            try? FileManager.default.removeItem(atPath: copy)
            try FileManager.default.copyItem(atPath: binary, toPath: copy)
            chmod(copy, 0o755)
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", "nobody", "--", copy] + args
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = args
        }
        process.currentDirectoryURL = URL(fileURLWithPath: cwd)
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func anUnreadableFolderIsReportedNotSkipped() throws {
        // Before: the folder's files were left out in silence and `info` exited 0.
        let dir = try temporaryFolder(["d/a.csv": Self.tidy, "d/locked/b.csv": Self.tidy])
        defer {
            chmod(dir + "/d/locked", 0o755)
            try? FileManager.default.removeItem(atPath: dir)
        }
        for folder in [dir, dir + "/d"] { chmod(folder, 0o755) }
        chmod(dir + "/d/a.csv", 0o644)
        chmod(dir + "/d/locked", 0o000)
        let r = try Self.runUnprivileged(["info", "--data", "d"], cwd: dir)
        #expect(r.code == 1, "\(r.err)")
        #expect(r.err.contains("d/locked: error: the folder cannot be read"), "\(r.err)")
    }

    @Test func aStaleDataVariableEntryIsNamedAsSuch() throws {
        // Before: "missing.csv: error: no such file or folder", hint "check the path given to --data".
        let dir = try temporaryFolder(["d/a.csv": Self.tidy])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = run(["info"], cwd: dir, env: ["PARLENS_DATA": "d:missing.csv"])
        #expect(r.code == 2)
        #expect(r.err.contains("PARLENS_DATA entry 2 of 2, missing.csv, names no file or folder"), "\(r.err)")
    }
}
