import ArgumentParser
import Messages
import Panel

struct Metrics: Command {
    static var configuration: CommandConfiguration { .catalog(.metrics) }

    @OptionGroup var list: ListOptions

    func execute(in env: Environment) throws(CommandFailure) {
        let panel = try list.panel(in: env)
        let say = list.catalog(in: env)
        var counts: [String: Int] = [:]
        for o in panel.observations { counts[o.metric, default: 0] += 1 }
        for id in counts.keys.sorted() {
            let count = String(counts[id] ?? 0).leftPadded(5)
            env.out(
                "\(id.padding(toLength: 32, withPad: " ", startingAt: 0)) \(count)  \(say(.metricName(panel.metric(id))))\n"
            )
        }
    }
}
