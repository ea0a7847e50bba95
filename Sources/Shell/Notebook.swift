import ArgumentParser
import Foundation
import Messages
import Rendering

/// A Markdown document whose ```` ```parlens ```` blocks hold commands, one per line.
///
/// Front matter (between `---` lines at the top) may declare `title:` and `params:` with
/// defaults (`  year: 2024`); `${NAME}` in a block is replaced by the parameter. Everything
/// outside the blocks is kept as written.
struct Notebook {
    struct Block {
        /// The commands with their 1-based line numbers in the file.
        var lines: [(number: Int, text: String)]
        /// Index in ``Notebook/parts`` where the block ends (its output goes after it).
    }

    enum Part {
        case prose([String])
        case block(opening: String, lines: [(number: Int, text: String)], closing: String)
    }

    var path: String
    var title: String?
    var params: [String: String] = [:]
    var frontMatter: [String] = []
    var parts: [Part] = []

    init(path: String, text: String) {
        self.path = path
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var i = 0
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            frontMatter = Array(lines[0...end])
            var inParams = false
            for line in lines[1..<end] {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard let colon = trimmed.firstIndex(of: ":") else { continue }
                let key = String(trimmed[..<colon]).trimmingCharacters(in: .whitespaces)
                var value = String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let f = value.first, f == value.last, f == "\"" || f == "'" {
                    value = String(value.dropFirst().dropLast())
                }
                if !line.hasPrefix(" ") && !line.hasPrefix("\t") {
                    inParams = key == "params"
                    if key == "title" { title = value }
                } else if inParams {
                    params[key] = value
                }
            }
            i = end + 1
        }
        var prose: [String] = []
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```"), trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces).hasPrefix("parlens")
            {
                let fence = String(trimmed.prefix { $0 == "`" })
                if !prose.isEmpty {
                    parts.append(.prose(prose))
                    prose = []
                }
                var body: [(Int, String)] = []
                var j = i + 1
                while j < lines.count, !lines[j].trimmingCharacters(in: .whitespaces).hasPrefix(fence) {
                    body.append((j + 1, lines[j]))
                    j += 1
                }
                parts.append(.block(opening: line, lines: body, closing: j < lines.count ? lines[j] : fence))
                i = j + 1
                continue
            }
            prose.append(line)
            i += 1
        }
        if !prose.isEmpty { parts.append(.prose(prose)) }
    }

    /// `text` with every `${NAME}` replaced; an undefined name is reported with its line.
    func substitute(_ text: String, line: Int, params: [String: String]) throws(CommandFailure) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                throw .usage("\(path):\(line): '${' without a closing '}'", hint: "write ${NAME}")
            }
            let name = String(rest[start.upperBound..<end])
            guard let value = params[name] else {
                throw .usage(
                    "\(path):\(line): undefined parameter ${\(name)}",
                    hint: params.isEmpty
                        ? "declare it in the front matter (params:) or pass --param \(name)=VALUE"
                        : "known: \(params.keys.sorted().joined(separator: ", ")); or pass --param \(name)=VALUE")
            }
            out += value
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}

struct Run: Command {
    static let configuration = CommandConfiguration(
        abstract: "Run a notebook: a Markdown file whose ```parlens blocks are executed in one session.",
        discussion: """
            The output is the same document with each block's output placed after it (Markdown),
            or an HTML report (-o FILE.html). Output is deterministic: width 100 unless set, no
            colour, no timestamps. --check EXPECTED.md re-runs and compares with a saved
            rendering: exit 1 on any difference, with a diff. A command's data error (exit 1, e.g.
            `check` finding errors) is shown in the report; a usage error (a bad command) makes
            the run fail with exit 2.
            """)

    @Argument(help: "The notebook (.md).")
    var notebook: String

    @Option(
        name: .long,
        help: ArgumentHelp("A parameter, NAME=VALUE (repeatable); overrides the front matter.", valueName: "name=value")
    )
    var param: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("Data for the session (repeatable); default ./datasets or PARLENS_DATA.", valueName: "path"))
    var data: [String] = []

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp("Write the report here (.md or .html), atomically.", valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Compare the rendering with this file instead of writing it.", valueName: "expected.md"))
    var check: String?

    @Option(
        name: .long,
        help: "Language of the report: vi or en (default en, so that a rendering does not depend on $LANG).")
    var lang: Language = .en

    func execute(in env: Environment) throws(CommandFailure) {
        let path = env.resolve(notebook)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .usage("cannot read the notebook \(notebook)", hint: "give the path of a Markdown file")
        }
        let book = Notebook(path: notebook, text: text)
        var params = book.params
        for p in param {
            guard let eq = p.firstIndex(of: "="), eq != p.startIndex else {
                throw .usage("--param takes NAME=VALUE, got '\(p)'", hint: nil)
            }
            params[String(p[..<eq])] = String(p[p.index(after: eq)...])
        }
        let html = output.map { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") } ?? false
        let rendered = try NotebookRunner(book: book, params: params, data: data, html: html, lang: lang, env: env)
            .render()
        if let check {
            let expectedPath = env.resolve(check)
            guard let expected = try? String(contentsOfFile: expectedPath, encoding: .utf8) else {
                throw .usage("cannot read \(check)", hint: "record it first: parlens run \(notebook) -o \(check)")
            }
            if expected == rendered.text {
                env.out("\(notebook): matches \(check)\n")
                return
            }
            env.err(
                LineDiff.render(expected: expected, actual: rendered.text, expectedName: check, actualName: notebook))
            throw .data
        }
        if let output {
            do {
                try Data(rendered.text.utf8).write(to: URL(fileURLWithPath: env.resolve(output)), options: .atomic)
            } catch {
                throw .usage("cannot write \(output): \(error.localizedDescription)", hint: nil)
            }
        } else {
            env.out(rendered.text)
        }
        if rendered.failed { throw .usage("\(notebook): a command in the notebook failed (see the report)", hint: nil) }
    }
}

/// Executes a notebook's blocks in one session and renders the result.
struct NotebookRunner {
    var book: Notebook
    var params: [String: String]
    var data: [String]
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
        if html { session.settings.format = .html }
        if !data.isEmpty, session.load(data) != .ok {
            throw .usage("cannot load the notebook's data: \(buffer.contents)", hint: nil)
        }
        var failed = false
        var markdown = book.frontMatter.map { $0 + "\n" }.joined()
        var report = HTMLReport(
            title: book.title ?? (book.path as NSString).lastPathComponent,
            language: (session.settings.lang ?? env.defaultLanguage).rawValue)
        // A notebook that opens with its own heading needs no second one.
        if case .prose(let lines)? = book.parts.first,
            lines.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })?.hasPrefix("# ") == true
        {
            report.showsTitle = false
        }
        for part in book.parts {
            switch part {
            case .prose(let lines):
                markdown += lines.map { $0 + "\n" }.joined()
                report.sections.append(MarkdownHTML.render(lines, headingOffset: report.showsTitle ? 1 : 0))
            case .block(let opening, let lines, let closing):
                markdown += opening + "\n" + lines.map { $0.text + "\n" }.joined() + closing + "\n"
                var outputs: [String] = []
                for (number, raw) in lines {
                    let command = try book.substitute(raw, line: number, params: params)
                    let before = buffer.contents.count
                    let outcome = session.run(command)
                    let text = String(buffer.contents.dropFirst(before))
                    if case .failed(2) = outcome { failed = true }
                    if !command.trimmingCharacters(in: .whitespaces).isEmpty, !command.hasPrefix("#") {
                        outputs.append(text)
                        if html {
                            report.sections.append("<pre class=\"command\">$ \(HTMLReport.escape(command))</pre>")
                            report.sections.append(HTMLReport.fragment(text))
                        }
                    }
                }
                let joined = outputs.joined()
                if !joined.isEmpty {
                    markdown += "\n```text\n" + joined + (joined.hasSuffix("\n") ? "" : "\n") + "```\n"
                }
            }
        }
        return (html ? report.rendered : markdown, failed)
    }
}

/// A readable line diff (longest common subsequence), with line numbers of both files.
enum LineDiff {
    static func render(expected: String, actual: String, expectedName: String, actualName: String, context: Int = 2)
        -> String
    {
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        let n = a.count
        let m = b.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        enum Op {
            case same(Int, Int)
            case removed(Int)
            case added(Int)
        }
        var ops: [Op] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                ops.append(.same(i, j))
                i += 1
                j += 1
            } else if j < m, i == n || lcs[i][j + 1] >= lcs[i + 1][j] {
                ops.append(.added(j))
                j += 1
            } else {
                ops.append(.removed(i))
                i += 1
            }
        }
        var out = "--- \(expectedName) (expected)\n+++ \(actualName) (this run)\n"
        let changed = ops.indices.filter { if case .same = ops[$0] { false } else { true } }
        var shown = Set<Int>()
        for k in changed { for c in max(0, k - context)...min(ops.count - 1, k + context) { shown.insert(c) } }
        // Line numbers in both files at each step, for the hunk headers.
        var positions: [(Int, Int)] = []
        var ea = 0
        var eb = 0
        for op in ops {
            positions.append((ea, eb))
            switch op {
            case .same:
                ea += 1
                eb += 1
            case .removed: ea += 1
            case .added: eb += 1
            }
        }
        var previous = -2
        for k in shown.sorted() {
            if k != previous + 1 {
                out += "@@ expected line \(positions[k].0 + 1), this run line \(positions[k].1 + 1) @@\n"
            }
            switch ops[k] {
            case .same(let x, _): out += "  " + a[x] + "\n"
            case .removed(let x): out += "- " + a[x] + "\n"
            case .added(let y): out += "+ " + b[y] + "\n"
            }
            previous = k
        }
        return out
    }
}
