import ArgumentParser
import Panel

struct Units: Command {
    static var configuration: CommandConfiguration { .catalog(.units) }

    @Option(name: .long, help: .catalog(.level, value: .level))
    var level: UnitLevel?

    @Option(name: .long, help: .catalog(.parent, value: .name))
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
