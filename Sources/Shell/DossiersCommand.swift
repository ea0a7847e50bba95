import ArgumentParser

/// `parlens dossiers …`: record-level one-door logs (one row per dossier).
struct Dossiers: ParsableCommand {
    static var configuration: CommandConfiguration { .catalog(.dossiers, subcommands: [DossiersSummarise.self]) }
}
