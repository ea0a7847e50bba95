import Foundation
import Messages
import Rendering

/// Executes a notebook's blocks in one session and renders the result.
struct NotebookRunner {
    var book: Notebook
    var params: [String: String]
    var data: [String]
    /// The metric of wide files without a `metric` column (`--metric`), for the whole session.
    var metric: String?
    var html: Bool
    var lang: Language
    var env: Environment

    func render() throws(CommandFailure) -> (text: String, failed: Bool) {
        let buffer = OutputBuffer()
        var sessionEnv = env
        sessionEnv.out = { buffer.append($0) }
        sessionEnv.err = { buffer.append($0) }
        sessionEnv.stdoutIsTerminal = false
        sessionEnv.terminalWidth = nil
        sessionEnv.input = nil
        sessionEnv.variables["NO_COLOR"] = "1"
        sessionEnv.variables.removeValue(forKey: "COLUMNS")
        let session = Session(environment: sessionEnv)
        session.settings.width = 100
        session.settings.lang = lang
        session.settings.metric = metric
        if html { session.settings.format = .html }
        if !data.isEmpty, session.load(data) != .ok {
            throw .usage(.cannotLoadNotebookData(buffer.contents), hint: nil)
        }
        let echo = try book.echo()
        var failed = false
        var markdown = book.frontMatter.map { $0 + "\n" }.joined()
        var report = HTMLReport(
            title: book.title ?? (book.path as NSString).lastPathComponent,
            language: (session.settings.lang ?? env.defaultLanguage).rawValue)
        // A notebook that opens with its own heading needs no second one.
        if case .prose(let lines)? = book.parts.first,
            lines.first(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty })?.text.hasPrefix("# ") == true
        {
            report.showsTitle = false
        }
        for part in book.parts {
            switch part {
            case .prose(let lines):
                var text: [String] = []
                for (number, raw) in lines { text.append(try book.substitute(raw, line: number, params: params)) }
                markdown += text.map { $0 + "\n" }.joined()
                report.sections.append(MarkdownHTML.render(text, headingOffset: report.showsTitle ? 1 : 0))
            case .block(let opening, let lines, let closing):
                var commands: [String] = []
                for (number, raw) in lines { commands.append(try book.substitute(raw, line: number, params: params)) }
                if echo { markdown += opening + "\n" + commands.map { $0 + "\n" }.joined() + closing + "\n" }
                var outputs: [String] = []
                for command in commands {
                    let before = buffer.contents.count
                    let outcome = session.run(command)
                    let text = String(buffer.contents.dropFirst(before))
                    if case .failed(2) = outcome { failed = true }
                    if !command.trimmingCharacters(in: .whitespaces).isEmpty, !command.hasPrefix("#") {
                        outputs.append(text)
                        if html {
                            if echo {
                                report.sections.append("<pre class=\"command\">$ \(HTMLReport.escape(command))</pre>")
                            }
                            report.sections.append(HTMLReport.fragment(text))
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
        return (html ? report.rendered : markdown, failed)
    }
}
