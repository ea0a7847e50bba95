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
            """)

    @Option(name: .long, help: ArgumentHelp("Data to load at start (repeatable).", valueName: "path"))
    var data: [String] = []

    @Flag(name: .long, help: "When reading a script, go on after a failed command (exit 1 at the end).")
    var keepGoing = false

    func run() throws {}
}
