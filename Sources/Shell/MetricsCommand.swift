import ArgumentParser
import Messages
import Panel

struct Metrics: Command {
    static let configuration = CommandConfiguration(
        abstract: "The metrics the data holds: id, number of figures, name.",
        discussion: """
            One line per metric id (the name a command takes), with how many figures the data
            gives and the metric's name in --lang.

            Examples:
              parlens metrics
              parlens metrics --data datasets/seed_figures.csv --lang vi
            """)

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
