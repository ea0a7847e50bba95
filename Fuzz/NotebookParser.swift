// libFuzzer harness: the notebook parser, as `parlens run` reads a notebook up to running its
// commands: the front matter (title, params, echo), the prose and the ```parlens blocks, every
// `${name}` substituted (as a token in commands), and each command line split into commands and
// words. Compiled with `Sources/Shell/Notebook.swift`, `Tokenizer.swift` and `CommandFailure.swift`
// as they are, against the `Messages` stand-in of `Fuzz/Support/Messages.swift`.
// Built and run by `scripts/fuzz.sh` (see `Fuzz/README.md`).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebook(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let book = Notebook(path: "fuzz.md", text: text)
    _ = try? book.echo()
    for part in book.parts {
        switch part {
        case .prose(let lines):
            for (number, raw) in lines { _ = try? book.substitute(raw, line: number, params: book.params) }
        case .block(_, let lines, _):
            for (number, raw) in lines {
                guard let command = try? book.substitute(raw, line: number, params: book.params, command: true)
                else { continue }
                _ = try? Tokenizer.commands(command)
            }
        }
    }
    return 0
}
