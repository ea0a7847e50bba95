import ArgumentParser

/// `parlens dossiers …`: record-level one-door logs (one row per dossier).
struct Dossiers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Dossier logs (one row per dossier): summarise them into counts and rates per unit, tier and period.",
        discussion: """
            A log given with --data to any command is summarised the same way, over every month, \
            quarter, half, 9 months and year it covers.

            Examples:
              parlens dossiers summarise datasets/synthetic/dam_rong_2022_h1_dossiers.csv
              parlens dossiers summarise LOG.csv --by unit --period 6m -o panel.csv
            """,
        subcommands: [DossiersSummarise.self])
}
