import Foundation
import Testing

@testable import Panel

// A large tidy file is read a window at a time (CSVChunks) and its figures are kept in 32-byte
// rows (ObservationList): what a load holds at once is one window and the figures, not the file
// and a cell index of every row. These tests read inputs through tiny windows and compare with a
// whole read, and bound the bytes a figure and a window cost.

/// Loads `paths` (or `text`) with windows of `window` bytes.
private func load(_ paths: [String] = [], text: String? = nil, window: Int) -> LoadResult {
    var loader = Loader()
    loader.windowBytes = window
    if let text { loader.add(bytes: Array(text.utf8), name: "t.csv") }
    for path in paths { loader.add(path: path) }
    return loader.finish()
}

/// A generated tidy table of `units` units × 23 years × 10 metrics, shaped like the scale
/// benchmark's file (Benchmarks/make_scale_panel.py); one row in four states a rank.
func scaleText(units: Int, seed: UInt64 = 20_240_601) -> String {
    var g = SeededGenerator(seed: seed)
    let metrics = [
        "par_index", "sipas", "pci", "ddci", "index_766", "dan_van_score", "on_time_rate", "online_filing_rate",
        "late_rate", "dossiers_received",
    ]
    var out = "unit,level,parent,period,metric,value,rank\n"
    for u in 1...units {
        let head = "Xã \(u),commune,Huyện \((u - 1) / 50 + 1),"
        for year in 2002...2024 {
            for m in metrics {
                let draw = g.next()
                let value = m == "dossiers_received" ? "\(draw % 100_000)" : "\(draw % 100).\(draw / 100 % 100)"
                out += "\(head)\(year),\(m),\(value),\(draw >> 20 & 3 == 0 ? "\(draw % 63 + 1)" : "")\n"
            }
        }
    }
    return out
}

@Suite("Large files in bounded memory")
struct ScaleTests {
    static func same(_ a: LoadResult, _ b: LoadResult, _ what: String) {
        #expect(Array(a.panel.observations) == Array(b.panel.observations), "\(what)")
        #expect(a.diagnostics == b.diagnostics, "\(what)")
        #expect(a.suppressed == b.suppressed, "\(what)")
        #expect(a.panel.files == b.panel.files, "\(what)")
        #expect(a.panel.units.units == b.panel.units.units, "\(what)")
    }

    @Test(arguments: [256, 4096])
    func windowedReadsAgreeWithWholeReads(window: Int) {
        let folders = ["datasets", "Tests/PanelTests/Fixtures", "Tests/ShellTests/Fixtures"].map {
            repositoryRoot.appendingPathComponent($0).path
        }
        for folder in folders {
            for file in Loader.dataFiles(in: folder) {
                Self.same(load([file], window: window), load([file], window: 1 << 30), file)
            }
        }
    }

    @Test func windowedReadsOfTrickyTablesAgree() {
        let tables = [
            "unit,period,metric,value\nA,2022,pci,\"6\"\"1\"\nB,2022,pci,\"1\n2\"\r\nC,2023,pci,1,5\n",
            "\u{FEFF}unit;period;metric;value\r\nA;2022;pci;61,5\r\n\r\nB;2022;pci;7,25\r\n",
            "unit,period,metric,value\nA,2022,pci,1\nB,2022,pci,\"open\nC,2022,pci,2\n",
            "unit,period,metric,value\nA,2022,pci,1\nB,x,pci,2\n,2022,pci,3\nD,2022,pci,n/a\nA,2022,pci,1\n",
            "unit,period,metric,value\nA,2022,pci,1\nB,2022,pci,\u{0}2\n",
            "unit,period,metric,value\r" + String(repeating: "A,2022,pci,1\rB,2023,pci,2\r", count: 40),
            "unit,period,metric,value\n" + String(repeating: "Tháp Mười,2022,par_index,86,450\n", count: 30),
        ]
        for text in tables {
            for window in [1, 7, 40, 97] {
                Self.same(load(text: text, window: window), load(text: text, window: 1 << 30), text.debugDescription)
            }
        }
    }

    /// What a panel keeps is about 32 bytes a figure (40 when ranks are given), not ~11 times the
    /// file as when a figure carried its strings and the file and a cell index of every row were
    /// held until the end; and no window of a read holds much more than the window's bytes.
    @Test func memoryIsBoundedByTheFiguresAndOneWindow() throws {
        let text = scaleText(units: 200)  // 46,000 rows, about 2.3 MB
        let bytes = Array(text.utf8)
        let window = 64 << 10
        let r = load(text: text, window: window)
        #expect(r.diagnostics.isEmpty)
        let list = r.panel.observations
        #expect(list.count == 200 * 23 * 10)
        let perFigure = Double(list.storageBytes) / Double(list.count)
        #expect(perFigure <= 44, "\(perFigure) bytes a figure")
        #expect(list.storageBytes < bytes.count, "the figures take less room than the file")
        var largest = 0
        let chunks = CSVChunks(name: "t.csv", input: .bytes(bytes), windowBytes: window)
        _ = chunks.readTables { table, _ in
            largest = max(largest, table.storage.count + table.fields.count * MemoryLayout<CellTable.Field>.stride)
            return true
        }
        // The cells of a window: its bytes and a 16-byte field per cell (7 cells in ~50 bytes).
        #expect(largest < 4 * window, "\(largest) bytes in one window of \(window)")
    }
}
