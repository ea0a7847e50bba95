import ArgumentParser
import Foundation
import Messages
import Rendering

/// What `run` writes: the document with the outputs in Markdown, an HTML page, the report
/// as text to read in a terminal, or a workbook of the commands' tables.
enum NotebookFormat: String, CaseIterable, ExpressibleByArgument {
    case markdown, html, text, xlsx
}

/// Executes a notebook's blocks in one session and renders the result.
struct NotebookRunner {
    var book: Notebook
    var params: [String: String]
    var data: [String]
    /// The metric of wide files without a `metric` column (`--metric`), for the whole session.
    var metric: String?
    var format: NotebookFormat
    var lang: Language
    var env: Environment
    /// Where the commands' tables go as well, each under the heading above its block (`run -o
    /// FILE.xlsx`; the document is then rendered as Markdown, to compare with `--check`).
    var workbook: WorkbookSink? = nil

    /// The width of every rendering: the commands' tables and the text format's prose.
    static let width = 100

    func render() throws(CommandFailure) -> (text: String, failed: Bool) {
        let buffer = OutputBuffer()
        var sessionEnv = env
        sessionEnv.notebooks.append(URL(fileURLWithPath: env.resolve(book.path)).resolvingSymlinksInPath().path)
        sessionEnv.out = { buffer.append($0) }
        sessionEnv.err = { buffer.append($0) }
        sessionEnv.stdoutIsTerminal = false
        sessionEnv.terminalWidth = nil
        sessionEnv.input = nil
        sessionEnv.variables["NO_COLOR"] = "1"
        sessionEnv.variables.removeValue(forKey: "COLUMNS")
        // A notebook run from one that is run into a workbook prints its tables into it too.
        sessionEnv.workbook = workbook ?? env.workbook
        let session = Session(environment: sessionEnv)
        session.settings.width = Self.width
        session.settings.lang = lang
        session.settings.metric = metric
        if format == .html { session.settings.format = .html }
        if !data.isEmpty, session.load(data) != .ok {
            throw .usage(.cannotLoadNotebookData(buffer.contents), hint: nil)
        }
        let echo = try book.echo()
        var failed = false
        var markdown = book.frontMatter.map { $0 + "\n" }.joined()
        // The text format's blocks (headings, paragraphs, commands, outputs), blank lines between.
        var text: [String] = []
        var report = HTMLReport(
            title: book.title ?? (book.path as NSString).lastPathComponent,
            language: (session.settings.lang ?? env.defaultLanguage).rawValue)
        // A notebook that opens with its own heading needs no second one.
        if case .prose(let lines)? = book.parts.first,
            lines.first(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty })?.text.hasPrefix("# ") == true
        {
            report.showsTitle = false
        }
        if report.showsTitle { text.append(MarkdownText.heading(report.title, level: 1)) }
        // Only the rendering asked for is built: escaping every output for HTML and trimming it
        // for text took as long as running the commands.
        let html = format == .html
        let plain = format == .text
        for part in book.parts {
            switch part {
            case .prose(let lines):
                var prose: [String] = []
                for (number, raw) in lines { prose.append(try book.substitute(raw, line: number, params: params)) }
                markdown += prose.map { $0 + "\n" }.joined()
                if let workbook, let heading = MarkdownText.lastHeading(prose) { workbook.heading = heading }
                if html {
                    report.sections.append(MarkdownHTML.render(prose, headingOffset: report.showsTitle ? 1 : 0))
                }
                if plain { text += MarkdownText.blocks(prose, width: Self.width) }
            case .block(let opening, let lines, let closing):
                var commands: [String] = []
                for (number, raw) in lines {
                    commands.append(try book.substitute(raw, line: number, params: params, command: true))
                }
                if echo { markdown += opening + "\n" + commands.map { $0 + "\n" }.joined() + closing + "\n" }
                var outputs: [String] = []
                for command in commands {
                    _ = buffer.take()
                    let outcome = session.run(command)
                    let output = buffer.take()
                    if case .failed(2) = outcome { failed = true }
                    if !command.trimmingCharacters(in: .whitespaces).isEmpty, !command.hasPrefix("#") {
                        outputs.append(output)
                        if echo, html {
                            report.sections.append("<pre class=\"command\">$ \(HTMLReport.escape(command))</pre>")
                        }
                        if echo, plain { text.append("$ " + command) }
                        if html { report.sections.append(HTMLReport.fragment(output)) }
                        if plain {
                            let trimmed = output.trimmingCharacters(in: .newlines)
                            if !trimmed.isEmpty { text.append(trimmed) }
                        }
                    }
                }
                let joined = outputs.joined()
                if !joined.isEmpty {
                    // Shown under its command, or alone in place of the block when commands are hidden.
                    markdown +=
                        (echo ? "\n" : "") + "```text\n" + joined + (joined.hasSuffix("\n") ? "" : "\n") + "```\n"
                }
            }
        }
        let rendered =
            switch format {
            case .markdown, .xlsx: markdown
            case .html: report.rendered
            case .text: text.joined(separator: "\n\n") + "\n"
            }
        return (rendered, failed)
    }
}
