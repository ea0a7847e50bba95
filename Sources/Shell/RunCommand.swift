import ArgumentParser
import Foundation
import Messages

struct Run: Command {
    static let configuration = CommandConfiguration(
        abstract: "Run a notebook: a Markdown file whose ```parlens blocks are executed in one session.",
        discussion: """
            The output is the same document with each block's output placed after it (Markdown), \
            or an HTML report (-o FILE.html). Output is deterministic: width 100 unless set, no \
            colour, no timestamps. --check EXPECTED.md re-runs and compares with a saved \
            rendering: exit 1 on any difference, with a diff. A command's data error (exit 1, e.g. \
            `check` finding errors) is shown in the report; a usage error (a bad command) makes \
            the run fail with exit 2. See notebooks-cli/README.md.

            Examples:
              parlens run notebooks-cli/annual-review.md --format text
              parlens run notebooks-cli/annual-review.md --param year=2023 -o review.html
              parlens run notebooks-cli/data-quality.md --check expected.md
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
        name: .long,
        help: ArgumentHelp("The metric of wide files that have no 'metric' column (as `set metric`).", valueName: "id"))
    var metric: String?

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp(
            "Write the report here (.md, .html, or .xlsx: a workbook of the commands' tables), atomically.",
            valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "markdown (the document with each block's output), html (a report page; the default for -o FILE.html), text (the report to read in a terminal: no Markdown, tables as printed) or xlsx (a workbook, one sheet per table named after the heading above its block; the default for -o FILE.xlsx).",
            valueName: "format"))
    var format: NotebookFormat?

    @Option(
        name: .long,
        help: ArgumentHelp("Compare the rendering with this file instead of writing it.", valueName: "expected.md"))
    var check: String?

    @Option(
        name: .long,
        help:
            "Language of the report: vi or en (default: the notebook's lang: front matter, else en, so that a rendering does not depend on $LANG)."
    )
    var lang: Language?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Let the notebook's commands read or write this file or folder too (repeatable). By default they may use only the notebook's folder, the run's data and its -o file.",
            valueName: "path"))
    var allow: [String] = []

    func execute(in env: Environment) throws(CommandFailure) {
        let path = env.resolve(notebook)
        // A notebook run from a notebook stays in the room of the outer one.
        try env.checkAllowed(notebook)
        for extra in allow { try env.checkAllowed(extra) }
        // A notebook that runs itself (directly or through others) would never end.
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if env.notebooks.contains(real) { throw .usage(.notebookRunsItself(notebook), hint: nil) }
        if env.notebooks.count >= Environment.maxNotebookDepth {
            throw .usage(.notebooksNestTooDeep(Environment.maxNotebookDepth), hint: nil)
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .usage(.cannotReadNotebook(notebook), hint: .giveMarkdownPath)
        }
        let book = Notebook(path: notebook, text: text)
        let declared = try book.language()
        let lang = lang ?? declared ?? .en
        var params = book.params
        for p in param {
            guard let eq = p.firstIndex(of: "="), eq != p.startIndex else {
                throw .usage(.paramTakesNameValue(p), hint: nil)
            }
            let name = String(p[..<eq])
            // A mistyped name would leave the default in place without a word.
            guard book.params[name] != nil else {
                throw .usage(
                    .undeclaredParameter(notebook: notebook, name: name),
                    hint: .declaredParameters(book.params.keys.sorted()))
            }
            params[name] = String(p[p.index(after: eq)...])
        }
        // Default data, as the session will read it when --data is not given.
        let dataPaths = data.isEmpty ? ((try? DataOptions.defaultPaths(in: env)) ?? []) : data.map(env.resolve)
        var runEnv = env
        if env.confinement == nil {
            let folder = (URL(fileURLWithPath: path).resolvingSymlinksInPath().path as NSString)
                .deletingLastPathComponent
            runEnv.confinement = PathConfinement(
                notebook: notebook,
                roots: [folder] + dataPaths + (output.map { [env.resolve($0)] } ?? []) + allow.map(env.resolve))
        }
        let html = output.map { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") } ?? false
        let xlsx = output.map { $0.lowercased().hasSuffix(".xlsx") } ?? false
        let format = format ?? (html ? .html : xlsx ? .xlsx : .markdown)
        // A workbook goes to -o, or to a standard output that is a file or a pipe.
        if format == .xlsx, output == nil, check == nil, env.stdoutIsTerminal || env.outBytes == nil {
            throw .usage(.workbookNeedsFile(inSession: env.session != nil), hint: nil)
        }
        let workbook = format == .xlsx ? WorkbookSink() : nil
        // What goes to a file of its own is not in the report of an outer notebook.
        if output != nil, workbook == nil { runEnv.workbook = nil }
        let rendered = try NotebookRunner(
            book: book, params: params, data: data, metric: metric, format: format, lang: lang, env: runEnv,
            workbook: workbook
        )
        .render()
        if let check {
            try env.checkAllowed(check)
            let expectedPath = env.resolve(check)
            guard let expected = try? String(contentsOfFile: expectedPath, encoding: .utf8) else {
                throw .usage(.cannotRead(check), hint: .recordFirst(notebook: notebook, expected: check))
            }
            if expected == rendered.text {
                env.out(Catalog(lang)(.matches(notebook: notebook, expected: check)) + "\n")
                return
            }
            env.err(
                LineDiff.render(
                    expected: expected, actual: rendered.text, expectedName: check, actualName: notebook,
                    say: Catalog(lang)))
            throw .data
        }
        var bytes = Data(rendered.text.utf8)
        if let workbook {
            guard let book = workbook.workbook(lang: lang) else { throw .usage(.nothingForWorkbook, hint: nil) }
            bytes = try OutputFile.bytes(of: book, path: output ?? "-")
            if output == nil, let outBytes = env.outBytes { outBytes(bytes) }
        }
        if let output {
            // Never over the notebook itself or a data file it reads.
            let sources = [path] + dataPaths
            let target = try OutputFile.guarded(output, inputs: sources, in: env)
            do {
                try bytes.write(to: target, options: .atomic)
            } catch {
                throw .usage(.cannotWrite(output, reason: error.localizedDescription), hint: nil)
            }
        } else if workbook == nil {
            env.out(rendered.text)
        }
        if rendered.failed { throw .usage(.notebookCommandFailed(notebook), hint: nil) }
    }
}
