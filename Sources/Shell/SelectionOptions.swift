import Analysis
import ArgumentParser
import Panel

extension UnitLevel: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension Tier: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

/// The peer group an analysis looks at.
struct SelectionOptions: ParsableArguments {
    @Option(name: .long, help: .catalog(.level, value: .level))
    var level: UnitLevel?

    @Option(name: .long, help: .catalog(.parent, value: .name))
    var parent: String?

    @Option(name: .long, help: .catalog(.tier, value: .tier))
    var tier: Tier?

    var selection: Selection { Selection(level: level, parent: parent, tier: tier) }
}
