import Foundation
import Messages
import Rendering

/// The tables that go into a workbook: a command's with `--format xlsx`, or every command's of a
/// notebook run into one (`run -o FILE.xlsx`), each with the number locale its cells were
/// written in (to read them back as numbers) and the notebook heading it ran under.
final class WorkbookSink: @unchecked Sendable {
    // @unchecked: `list` and `section` are only touched while holding `lock`.
    private let lock = NSLock()
    private var list: [Entry] = []
    private var section: String?

    /// One report handed over.
    struct Entry {
        var report: TableReport
        /// How its numbers were written.
        var locale: NumberLocale
        /// The notebook heading above the command (nil for a single command).
        var heading: String?
    }

    /// The heading of the notebook section whose commands run now.
    var heading: String? {
        get { lock.withLock { section } }
        set { lock.withLock { section = newValue } }
    }

    /// Keeps `report` (with its findings only when `findings`) for the workbook.
    func add(_ report: TableReport, locale: NumberLocale, findings: Bool) {
        var report = report
        if !findings { report.findings = "" }
        lock.withLock { list.append(Entry(report: report, locale: locale, heading: section)) }
    }

    var entries: [Entry] { lock.withLock { list } }

    /// The workbook of what was handed over, or nil when no table was: one sheet per table, named
    /// after the notebook heading it ran under, else the table's title, else the report's
    /// (shortened to 31 characters, made unique); the report's title in bold above each table.
    /// The notes and findings of every report follow in a last sheet (``Label/notesSheet``).
    func workbook(lang: Language) -> Workbook? {
        let say = Catalog(lang)
        var sheets: [Workbook.Sheet] = []
        var notes: [Workbook.Cell] = []
        for entry in entries {
            let report = entry.report
            for table in report.tables {
                let name = entry.heading ?? table.title ?? report.title
                sheets.append(table.worksheet(name: name, heading: report.title, locale: entry.locale))
            }
            guard !report.notes.isEmpty || !report.findings.isEmpty else { continue }
            if !notes.isEmpty { notes.append(.text("")) }
            notes.append(.text(report.title, bold: true))
            if !report.findings.isEmpty {
                notes += [.text(say(.findings), bold: true), .text(report.findings, wraps: true)]
            }
            notes += report.notes.map { .text($0, wraps: true) }
        }
        guard !sheets.isEmpty else { return nil }
        if !notes.isEmpty { sheets.append(.column(name: say(.notesSheet), notes)) }
        return Workbook(sheets: sheets)
    }
}

extension OutputOptions {
    /// The locale the numbers of a report are written in: the formatter's, else `--locale`,
    /// else `--lang`'s.
    func numberLocale(_ formatter: Formatter?, in env: Environment) -> NumberLocale {
        formatter?.locale ?? locale ?? (lang ?? env.defaultLanguage).numberLocale
    }

    /// Writes `report`: to the workbook with `--format xlsx` (a usage error where no workbook is
    /// being written), else as ``render(_:charts:formatter:in:)`` renders it — and then also to
    /// the workbook a notebook is run into, if there is one.
    func emit(
        _ report: TableReport, charts: [ChartSpec] = [], formatter: Formatter? = nil, in env: Environment
    ) throws(CommandFailure) {
        if env.workbook == nil, format == .xlsx {
            throw .usage(.workbookNeedsFile(inSession: env.session != nil), hint: nil)
        }
        tap(report, formatter: formatter, in: env)
        if format != .xlsx { env.out(render(report, charts: charts, formatter: formatter, in: env)) }
    }

    /// Hands `report` to the workbook being written, if there is one (a notebook run into a
    /// workbook takes the tables of commands that print them); built only then.
    func tap(_ report: @autoclosure () -> TableReport, formatter: Formatter? = nil, in env: Environment) {
        env.workbook?.add(report(), locale: numberLocale(formatter, in: env), findings: findings)
    }
}

extension OutputFile {
    /// Runs `command` with its tables collected: the workbook's bytes, and the command's data
    /// failure (exit 1, as `check` finding errors), which does not stop the workbook.
    static func workbook(of command: any Command & WritesOutput, in env: Environment) throws(CommandFailure) -> (
        bytes: Data, failure: CommandFailure?
    ) {
        let sink = WorkbookSink()
        var captured = env
        captured.workbook = sink
        // Nothing but the tables is written: text a command prints beside them is dropped.
        captured.out = { _ in }
        captured.stdoutIsTerminal = false
        var failure: CommandFailure?
        do { try command.execute(in: captured) } catch { failure = error }
        if case .usage = failure { throw failure ?? .data }
        let lang = command.output.lang ?? env.defaultLanguage
        guard let book = sink.workbook(lang: lang) else { throw failure ?? .usage(.nothingForWorkbook, hint: nil) }
        return (try bytes(of: book, path: command.output.output ?? "-"), failure)
    }

    /// The `.xlsx` bytes of `book`, or a usage error naming `path`.
    static func bytes(of book: Workbook, path: String) throws(CommandFailure) -> Data {
        do { return try book.xlsx() } catch {
            throw .usage(.cannotWrite(path, reason: String(describing: error)), hint: nil)
        }
    }

    /// `--format xlsx` without `-o`: the workbook to standard output when that is a file or a
    /// pipe (`parlens rank … --format xlsx > r.xlsx`), a usage error on a terminal or where
    /// output is only text (a session). In a notebook run into a workbook, the tables go there.
    static func stream(_ command: any Command & WritesOutput, in env: Environment) throws(CommandFailure) {
        if env.workbook != nil { return try command.execute(in: env) }
        guard !env.stdoutIsTerminal, let outBytes = env.outBytes else {
            throw .usage(.workbookNeedsFile(inSession: env.session != nil), hint: nil)
        }
        let (bytes, failure) = try workbook(of: command, in: env)
        outBytes(bytes)
        if let failure { throw failure }
    }
}
