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
                        header, columns, expectedRecords: 1 << 16, windowStart: context.options.dossiers.windowStart)
                }
                if var r = reading {
                    reading = nil  // one copy of what it holds while it is filled
                    context.dossierRows(view, &r)
                    reading = r
                }
            }
            return true
        }
        switch end {
        case .unreadable:
            return context.report(Diagnostic(.unreadable, at: SourceLocation(file: input.name, line: 0, column: 0)))
        case .notText(let offset):
            return context.report(CSVChunks.Reader.notText(input.input, at: offset, file: input.name))
        case .done: break
        }
        guard let reading else { return }
        context.finishDossiers(reading, input: index, file: input.name)
        context.panel.files.append(
            LoadedFile(
                path: input.name, kind: .dossiers, records: records,
                delimiter: CSVReader.name(ofDelimiter: last.delimiter ?? CSVReader.comma), decimal: .point,
                hadBOM: last.hadBOM))
    }
}
