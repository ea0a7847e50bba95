import ArgumentParser
import Panel

struct Units: Command {
    static let configuration = CommandConfiguration(
        abstract: "The units the data holds, with their level and parent.",
        discussion: """
            One line per unit, "name (level, parent)", in the order the data gives them. Names
            match without accents or an administrative prefix, as in the analyses.

            Examples:
              parlens units --level province
              parlens units --level department --parent "Hòa Bình"
            """)

    @Option(name: .long, help: "Only units of this level (province, district, department, ministry, …).")
    var level: UnitLevel?

    @Option(name: .long, help: ArgumentHelp("Only units under this parent (e.g. \"Hòa Bình\").", valueName: "name"))
    var parent: String?

    @OptionGroup var list: ListOptions

    func execute(in env: Environment) throws(CommandFailure) {
        let panel = try list.panel(in: env)
        let say = list.catalog(in: env)
        let parentKey = parent.map { Names.stripPrefix(Names.fold($0)) }
        for unit in panel.units.units
        where (level == nil || unit.level == level)
            && (parentKey == nil || unit.parent.map { Names.stripPrefix(Names.fold($0)) } == parentKey)
        {
            env.out(say(.qualifiedUnit(unit)) + "\n")
        }
    }
}
