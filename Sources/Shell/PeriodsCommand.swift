import ArgumentParser
import Panel

struct Periods: Command {
    static var configuration: CommandConfiguration { .catalog(.periods) }

    @OptionGroup var list: ListOptions

    func execute(in env: Environment) throws(CommandFailure) {
        env.out(try list.panel(in: env).periods.map(\.description).joined(separator: "  ") + "\n")
    }
}
