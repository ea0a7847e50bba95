import ArgumentParser
import Messages

struct ReplCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .catalog(.repl, name: "repl") }

    @Option(name: .long, help: .catalog(.replData, value: .path))
    var data: [String] = []

    @Option(name: .long, help: .catalog(.sessionMetric, value: .id))
    var metric: String?

    @Option(name: .customShort("c"), help: .catalog(.commands, value: .commands))
    var commands: String?

    @Flag(name: .long, help: .catalog(.keepGoing))
    var keepGoing = false

    func run() throws {}
}
