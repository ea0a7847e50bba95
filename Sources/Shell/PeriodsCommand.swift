import ArgumentParser
import Messages
import Panel

struct Periods: Command {
    static var configuration: CommandConfiguration { .catalog(.periods) }

    @OptionGroup var list: ListOptions

    func execute(in env: Environment) throws(CommandFailure) {
        // Each in the form commands take, and how a report writes it when that differs
        // ("2022-H1 (6 tháng đầu năm 2022)"); a year is its own name.
        let say = list.catalog(in: env)
        let periods = try list.panel(in: env).periods.map { p in
            let label = say.periodLabel(p)
            return p.kind == .year || label == p.description ? p.description : "\(p.description) (\(label))"
        }
        env.out(periods.joined(separator: "  ") + "\n")
    }
}
