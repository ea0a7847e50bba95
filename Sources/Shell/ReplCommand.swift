import ArgumentParser
import Messages

struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Open the interactive session (also: `parlens` with no arguments on a terminal).",
        // ArgumentParser's help is static: English.
        discussion: Catalog(.en)(.help) + """


            Examples:
              parlens repl
              parlens repl --data datasets/seed_figures.csv
              parlens repl --data my-wide-table.csv --metric par_index
              parlens -c "rank par_index --period 2024 --top 5" --data datasets
            """)

    @Option(name: .long, help: ArgumentHelp("Data to load at start (repeatable).", valueName: "path"))
    var data: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("The metric of wide files that have no 'metric' column (as `set metric`).", valueName: "id"))
    var metric: String?

    @Option(
        name: .customShort("c"),
        help: ArgumentHelp(
            "Run these commands (separated by ;) in one session, without a prompt, then stop.", valueName: "commands"))
    var commands: String?

    @Flag(name: .long, help: "When reading a script, go on after a failed command (exit 1 at the end).")
    var keepGoing = false

    func run() throws {}
}
