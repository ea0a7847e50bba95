import ArgumentParser
import Messages
import Rendering

extension Language: ExpressibleByArgument {}

extension Language {
    /// Numbers follow the language unless `--locale` says otherwise.
    var numberLocale: NumberLocale { self == .vi ? .vi : .en }
}

extension OutputOptions {
    /// The catalog of `--lang`, else of the environment's language.
    func catalog(in env: Environment) -> Catalog { Catalog(lang ?? env.defaultLanguage) }
}

extension Environment {
    /// The catalog of the environment's language (`PARLENS_LANG`, `LC_ALL`, …), for messages
    /// written before a command's `--lang` is known.
    var catalog: Catalog { Catalog(defaultLanguage) }
}

extension Catalog {
    /// A usage error as the error stream shows it (`parlens: error: …` and a hint line), with a
    /// final newline.
    func errorLines(_ message: Usage, hint: Usage? = nil) -> String {
        self(.error(self(message), hint: hint.map { self($0) })) + "\n"
    }
}
