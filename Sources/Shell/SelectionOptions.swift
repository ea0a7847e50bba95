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
    @Option(name: .long, help: "Only units of this level (province, district, department, ministry, …).")
    var level: UnitLevel?

    @Option(name: .long, help: ArgumentHelp("Only units under this parent (e.g. \"Hòa Bình\").", valueName: "name"))
    var parent: String?

    @Option(name: .long, help: "Only figures of this tier (province, district, commune).")
    var tier: Tier?

    var selection: Selection { Selection(level: level, parent: parent, tier: tier) }
}
