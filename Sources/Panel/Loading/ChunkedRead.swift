extension Loader {
    /// Reads a tidy input larger than one window, twice a window at a time: a first pass for the
    /// reading problems, the shape and the decimal vote (and whether it is text at all), then the
    /// rows. The diagnostics come in the order a whole-file read gives them.
    mutating func read(_ input: CSVChunks) {
        var reading: LoadContext.TidyReading?
        var problems = HeldDiagnostics(limit: context.options.maxDiagnostics)
        var records = 0
        var last: (delimiter: UInt8?, hadBOM: Bool, readingError: Bool) = (nil, false, false)
        let limit = context.options.maxDiagnostics
        let end = input.readTables { table, _ in
            for d in table.diagnostics {
                problems.add(d)
                if d.severity == .error { last.readingError = true }
            }
            (last.delimiter, last.hadBOM) = (table.delimiter, table.hadBOM)
            records += max(table.recordCount - 1, 0)
            table.withView { view in
                if reading == nil { reading = LoadContext.TidyReading(TableHeader(view), limit: limit) }
                if var r = reading {
                    reading = nil  // one copy of what it holds while it is filled
                    context.tidyVotes(view, &r)
                    reading = r
                }
            }
            return true
        }
        guard context.reportFailedRead(end, of: input) else { return }
        problems.flush(into: &context)
        guard var reading else { return }
        let index = context.panel.addInput(input.name)
        if records == 0, !last.readingError { context.report(Diagnostic(.noRows, at: reading.h.start)) }
        let convention = context.tidyConvention(&reading, file: input.name)
        context.panel.observations.reserveCapacity(context.panel.observations.count + records)
        _ = input.readTables { table, _ in
            table.withView(input: index) { context.tidyRows($0, &reading, convention) }
            return true
        }
        context.panel.files.append(
            LoadedFile(
                path: input.name, kind: .tidy, records: records,
                delimiter: CSVReader.name(ofDelimiter: last.delimiter ?? CSVReader.comma), decimal: convention,
                hadBOM: last.hadBOM))
    }
}

extension LoadContext {
    /// Reports how a chunked read of `input` failed (unreadable, or not text at a place); false
    /// then, true when every table was read.
    mutating func reportFailedRead(_ end: CSVChunks.End, of input: CSVChunks) -> Bool {
        switch end {
        case .unreadable:
            report(Diagnostic(.unreadable, at: SourceLocation(file: input.name, line: 0, column: 0)))
            return false
        case .notText(let offset):
            report(CSVChunks.Reader.notText(input.input, at: offset, file: input.name))
            return false
        case .done: return true
        }
    }
}
