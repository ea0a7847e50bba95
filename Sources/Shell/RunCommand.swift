import ArgumentParser
import Foundation
import Messages

struct Run: Command {
    static var configuration: CommandConfiguration { .catalog(.run) }

    @Argument(help: .catalog(.notebook, value: .notebook))
    var notebook: String

    @Option(name: .long, help: .catalog(.param, value: .nameValue))
    var param: [String] = []

    @Option(name: .long, help: .catalog(.runData, value: .path))
    var data: [String] = []

    @Option(name: .long, help: .catalog(.sessionMetric, value: .id))
    var metric: String?

    @Option(name: [.customShort("o"), .long], help: .catalog(.runOutput, value: .file))
    var output: String?

    @Option(name: .long, help: .catalog(.runFormat, value: .format))
    var format: NotebookFormat?

    @Option(name: .long, help: .catalog(.runCheck, value: .expected))
    var check: String?

    @Option(name: .long, help: .catalog(.runLang, value: .lang))
    var lang: Language?

    @Option(name: .long, help: .catalog(.allow, value: .path))
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
        let rendered = try NotebookRunner(
            book: book, params: params, data: data, metric: metric, format: format ?? (html ? .html : .markdown),
            lang: lang, env: runEnv
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
        if let output {
            // Never over the notebook itself or a data file it reads.
            let sources = [path] + dataPaths
            let target = try OutputFile.guarded(output, inputs: sources, in: env)
            do {
                try Data(rendered.text.utf8).write(to: target, options: .atomic)
            } catch {
                throw .usage(.cannotWrite(output, reason: error.localizedDescription), hint: nil)
            }
        } else {
            env.out(rendered.text)
        }
        if rendered.failed { throw .usage(.notebookCommandFailed(notebook), hint: nil) }
    }
}
