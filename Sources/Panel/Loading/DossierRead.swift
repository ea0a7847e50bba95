#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Loader {
    /// Reads a dossier log larger than one window, once, a window at a time: each window's
    /// records are checked and counted as it passes (``LoadContext/dossierRows(_:_:)``), so the
    /// memory is one window, the running counts and the ids' fingerprints, whatever the size.
    mutating func readDossiers(_ input: CSVChunks) {
        var reading: LoadContext.DossierReading?
        var records = 0
        var last: (delimiter: UInt8?, hadBOM: Bool) = (nil, false)
        let index = context.panel.addInput(input.name)
        let end = input.readTables { table, _ in
            for d in table.diagnostics { context.report(d) }
            (last.delimiter, last.hadBOM) = (table.delimiter, table.hadBOM)
            records += max(table.recordCount - 1, 0)
            table.withView(input: index) { view in
                if reading == nil {
                    let header = TableHeader(view)
                    guard let columns = DossierColumns(header) else { return }
                    context.reportUnusedColumns(header, used: columns.used)
                    reading = LoadContext.DossierReading(
                        header, columns,
                        expectedRecords: Self.expectedRecords(
                            of: input, firstWindow: table.storage.count, records: table.recordCount),
                        windowStart: context.options.dossiers.windowStart)
                }
                if var r = reading {
                    reading = nil  // one copy of what it holds while it is filled
                    context.dossierRows(view, &r)
                    reading = r
                }
            }
            return true
        }
        guard context.reportFailedRead(end, of: input) else { return }
        guard let reading else { return }
        context.finishDossiers(reading, input: index, file: input.name)
        context.panel.files.append(
            LoadedFile(
                path: input.name, kind: .dossiers, records: records,
                delimiter: CSVReader.name(ofDelimiter: last.delimiter ?? CSVReader.comma), decimal: .point,
                hadBOM: last.hadBOM))
    }

    /// How many records the whole input holds, judged by the first window (its bytes per record)
    /// and the input's size, with 2 % more: the id table is made that large at once, so that
    /// it does not double near the end, when the old table and the new one (twice as large) would
    /// both be held (273 MB at 10 M records against 170 MB).
    static func expectedRecords(of input: CSVChunks, firstWindow bytes: Int, records: Int) -> Int {
        let size: Int
        switch input.input {
        case .bytes(let b): size = b.count
        case .file(let path):
            var info = stat()
            size = stat(path, &info) == 0 ? Int(info.st_size) : bytes
        }
        guard bytes > 0, records > 0 else { return 1 << 16 }
        return max(1 << 16, Int(Double(size) / Double(bytes) * Double(records) * 1.02))
    }
}
