import Foundation
import Testing

@testable import Shell

// The session keeps what it has read: a second command over unchanged files reads nothing, a
// changed file is read again, `load` reads again, and options on a line win over `set`.

private let twoYears = """
    unit,level,period,metric,value
    A,province,2023,par_index,80
    B,province,2023,par_index,82
    A,province,2024,par_index,81
    B,province,2024,par_index,85

    """

@Suite("Session data and settings")
struct SessionDataTests {
    @Test func aSecondCommandDoesNotReadAnUnchangedFileAgain() throws {
        let folder = try temporaryFolder(["a.csv": twoYears])
        let (s, out) = session(cwd: folder)
        #expect(s.run("load a.csv") == .ok)
        #expect(s.store.reads == 1)
        #expect(s.run("rank par_index --period 2024") == .ok)
        #expect(s.run("trend par_index --all; compare par_index --from 2023 --to 2024; info; check") == .ok)
        #expect(s.run("metrics") == .ok)
        _ = Completion(session: s).candidates(for: "trend par_index --unit ")
        #expect(s.store.reads == 1, "\(out.err)")
        #expect(out.out.contains("│    1 │ B    │ 85.00% │"))
    }

    @Test func aChangedFileIsReadAgain() throws {
        let folder = try temporaryFolder(["a.csv": twoYears])
        let (s, out) = session(cwd: folder)
        #expect(s.run("load a.csv") == .ok)
        #expect(s.run("rank par_index --period 2024 --format csv") == .ok)
        try (twoYears + "C,province,2024,par_index,90\n").write(
            toFile: folder + "/a.csv", atomically: true, encoding: .utf8)
        #expect(s.run("rank par_index --period 2024 --format csv") == .ok)
        #expect(s.store.reads == 2)
        #expect(out.out.hasSuffix("Rank,Unit,Value\r\n1,C,90.00\r\n2,B,85.00\r\n3,A,81.00\r\n"))
        #expect(s.run("rank par_index --period 2024 --format csv") == .ok)
        #expect(s.store.reads == 2)
    }

    @Test func aFileAddedToALoadedFolderIsRead() throws {
        let folder = try temporaryFolder([:])
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try twoYears.write(toFile: folder + "/data/a.csv", atomically: true, encoding: .utf8)
        let (s, out) = session(cwd: folder)
        #expect(s.run("load data") == .ok)
        #expect(s.run("periods") == .ok)
        try "unit,level,period,metric,value\nA,province,2025,par_index,83\n".write(
            toFile: folder + "/data/b.csv", atomically: true, encoding: .utf8)
        #expect(s.run("periods") == .ok)
        #expect(s.store.reads == 2)
        #expect(out.out.hasSuffix("2023  2024\n2023  2024  2025\n"))
    }

    @Test func loadReadsAgainAndTheDefaultDataIsReadOnce() throws {
        let folder = try temporaryFolder(["a.csv": twoYears])
        let (s, _) = session(cwd: folder)
        #expect(s.run("load a.csv; load a.csv") == .ok)
        #expect(s.store.reads == 2)
        let (bundled, _) = session(cwd: root)
        #expect(bundled.run("info; rank par_index --period 2024 --level province --top 1") == .ok)
        #expect(bundled.store.reads == 1)
    }

    @Test func optionsOnTheLineWinOverSettings() throws {
        let folder = try temporaryFolder([
            "a.csv": twoYears, "comma.csv": "unit;level;period;metric;value\nA;province;2024;par_index;81,5\n",
        ])
        let (s, out) = session(cwd: folder)
        #expect(s.run("load a.csv") == .ok)
        #expect(s.run("set format json; set lang vi; set width 40; set decimal comma") == .ok)
        #expect(s.run("rank par_index --period 2024 --format csv --lang en --decimal point") == .ok)
        #expect(out.out.hasSuffix("Rank,Unit,Value\r\n1,B,85.00\r\n2,A,81.00\r\n"))
        // The settings hold where the line is silent: JSON, and the decimal comma another file needs.
        #expect(s.run("rank par_index --period 2024 --data comma.csv") == .ok)
        #expect(out.out.hasSuffix("  \"notes\": []\n}\n") && out.out.contains("\"value\": 81.5"))
        #expect(s.run("set format table; set chart on; set ascii on") == .ok)
        #expect(s.run("rank par_index --period 2024 --vs 2023 --decimal point") == .ok)
        #expect(out.out.contains("Hạng") && out.out.contains("+------") && out.out.contains("2023"))
    }
}
