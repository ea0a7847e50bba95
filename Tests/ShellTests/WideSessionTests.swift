import Foundation
import Testing

@testable import Shell

/// A wide file without a `metric` column, as offices keep them: a session, a script and a
/// notebook can say which metric it holds, as `--metric` does for one command.
@Suite("Wide files in a session")
struct WideSessionTests {
    static let wide = "Đơn vị,2022,2023\nHà Nội,88.1,90.2\nHải Phòng,89.0,91.9\nĐà Nẵng,87.5,88.4\n"

    @Test func loadTakesTheMetric() throws {
        let (s, out) = session(cwd: try temporaryFolder(["wide.csv": Self.wide]))
        #expect(s.run("load wide.csv") == .failed(1))
        #expect(out.err.contains("wide-without-metric") && out.err.contains("pass --metric"))
        #expect(s.settings.metric == nil)
        #expect(s.run("load wide.csv --metric par_index") == .ok, "\(out.err)")
        #expect(s.run("rank par_index --period 2023 --top 1 --format csv") == .ok, "\(out.err)")
        #expect(out.out.contains("1,Hải Phòng,91.90"))
        #expect(s.run("show settings") == .ok && out.out.contains("metric   par_index"))
        #expect(s.run("load wide.csv --metric") == .failed(2))
        #expect(out.err.contains("--metric takes a metric id"))
    }

    @Test func setMetricAppliesToLaterLoadsAndCommands() throws {
        let (s, out) = session(cwd: try temporaryFolder(["wide.csv": Self.wide]))
        #expect(s.run("show settings") == .ok && out.out.contains("metric   (each file's metric column)"))
        #expect(s.run("set metric par_index") == .ok)
        #expect(s.run("load wide.csv") == .ok, "\(out.err)")
        #expect(s.run("trend par_index --unit \"Ha Noi\" --format json") == .ok, "\(out.err)")
        #expect(out.out.contains("\"unit\": \"Hà Nội\""))
        // A command's own --data is read with the session's metric too.
        #expect(s.run("periods --data wide.csv") == .ok && out.out.hasSuffix("2022  2023\n"))
    }

    @Test func replTakesTheMetric() throws {
        let folder = try temporaryFolder(["wide.csv": Self.wide])
        let capture = Capture()
        var env = captured(capture, cwd: folder)
        env.input = ScriptedLineReader(["rank par_index --period 2023 --top 1 --format csv"])
        let code = Parlens.main(arguments: ["repl", "--data", "wide.csv", "--metric", "par_index"], environment: env)
        #expect(code == 0, "\(capture.err)")
        #expect(capture.out.contains("Loaded wide.csv") && capture.out.contains("1,Hải Phòng,91.90"))
    }

    /// `parlens` alone reads lines from its input (piped here), with no option to parse.
    @Test func parlensAloneRunsASession() {
        let capture = Capture()
        var env = captured(capture, cwd: analysisFixtures)
        env.input = ScriptedLineReader(["periods --data departments.csv"])
        #expect(Parlens.main(arguments: [], environment: env) == 0, "\(capture.err)")
        #expect(capture.out == "2022  2024\n")
    }

    @Test(arguments: [
        ["-c", "rank par_index --period 2023 --top 1 --format csv", "--data", "wide.csv", "--metric", "par_index"],
        ["--data", "wide.csv", "--metric", "par_index", "-c", "rank par_index --period 2023 --top 1 --format csv"],
        ["repl", "--metric", "par_index", "--data", "wide.csv", "-c", "rank par_index --period 2023 --format csv"],
    ])
    func aScriptCombinesWithData(_ args: [String]) throws {
        let r = run(args, cwd: try temporaryFolder(["wide.csv": Self.wide]))
        #expect(r.code == 0, "\(r.err)")
        // The data is read by the command, as with --data on a command: no "Loaded" line.
        #expect(r.out.hasPrefix("Rank,Unit,Value\r\n1,Hải Phòng,91.90"), "\(r.out)")
    }

    @Test func aScriptsDataMustExist() {
        let r = run(["-c", "periods", "--data", "nope.csv"], cwd: analysisFixtures)
        #expect(r.code == 2 && r.err.contains("no such file or folder: nope.csv"))
        #expect(run(["--data", "provinces.csv", "-c"], cwd: analysisFixtures).code == 2)
        #expect(run(["-c", "periods", "--bogus"], cwd: analysisFixtures).err.contains("parlens repl"))
    }

    @Test func aNotebookTakesTheMetric() throws {
        let folder = try temporaryFolder([
            "wide.csv": Self.wide,
            "nb.md": "# W\n\n```parlens\nrank par_index --period 2023 --top 1 --format csv\n```\n",
            "load.md": "# W\n\n```parlens\nload wide.csv --metric par_index\nperiods\n```\n",
        ])
        let r = run(["run", "nb.md", "--data", "wide.csv", "--metric", "par_index"], cwd: folder)
        #expect(r.code == 0 && r.out.contains("1,Hải Phòng,91.90"), "\(r.out)\(r.err)")
        let l = run(["run", "load.md"], cwd: folder)
        #expect(l.code == 0 && l.out.contains("2022  2023"), "\(l.out)\(l.err)")
    }
}
