import ArgumentParser
import Messages
import Panel

/// What `metrics`, `units` and `periods` take: the data, and the language of metric names.
/// In a session the session's data and language apply where the line gives none.
struct ListOptions: ParsableArguments {
    @OptionGroup var data: DataOptions

    @Option(name: .long, help: .catalog(.listLang, value: .lang))
    var lang: Language?

    /// The catalog of `--lang`, else of the session's language, else of the environment's.
    func catalog(in env: Environment) -> Catalog {
        Catalog(lang ?? env.session?.settings.lang ?? env.defaultLanguage)
    }

    /// The loaded panel; load errors are written and stop the command (exit 1), as for `info`.
    func panel(in env: Environment) throws(CommandFailure) -> Panel {
        let (result, _) = try data.adopting(env.session).load(in: env)
        if result.hasErrors {
            let say = catalog(in: env)
            writeDiagnostics(result.errors, say, to: env.err)
            env.err(say(.dataHasErrors) + "\n")
            throw .data
        }
        return result.panel
    }
}
