import Panel

extension Consistency {
    /// The figures that do not fit the crosswalk's dates (warnings):
    /// - `unit-after-its-end`: a unit whose name ended (Bình Phước, part of Đồng Nai from
    ///   1 July 2025) has a figure for a period wholly after that date;
    /// - `unit-before-its-start`: a new unit whose name no old unit had (a merged commune's new
    ///   name) has a figure for a period wholly before the date;
    /// - `mixed-boundaries`: in a period that straddles the date (the year 2025), one metric and
    ///   tier hold a figure of a unit whose name ended and one of the unit it became part of: the
    ///   table mixes old and new units. (Wholly after the date the old unit's figure is
    ///   `unit-after-its-end` already.)
    static func boundaries(_ panel: Panel) -> [Diagnostic] {
        guard !panel.crosswalk.isEmpty else { return [] }
        var reorganisations: [Int: Reorganisation?] = [:]
        func reorganisation(_ unit: Int) -> Reorganisation? {
            if let known = reorganisations[unit] { return known }
            let r = panel.crosswalk.reorganisation(ofUnit: unit)
            reorganisations[unit] = r
            return r
        }
        struct Group: Hashable {
            var metric: String
            var period: Period
            var tier: Tier?
        }
        var out: [Diagnostic] = []
        // Per metric, period and tier: the figures of units that a change touches, by unit.
        var touched: [Group: [Int: Origin]] = [:]
        let observations = panel.observations
        for i in 0..<observations.count {
            let o = observations[i]
            guard let r = reorganisation(o.unit) else { continue }
            let side = o.period.side(of: r.effective)
            let name = panel.unit(of: o).name
            switch (r.role, side) {
            case (.predecessor, .after):
                out.append(
                    Diagnostic(
                        .unitAfterItsEnd(figure(panel, o), successors: r.successors, effective: r.effective),
                        at: panel.location(o.origin)))
            case (.successor, .before) where !r.predecessors.contains(where: { Names.core($0) == Names.core(name) }):
                out.append(
                    Diagnostic(
                        .unitBeforeItsStart(figure(panel, o), predecessors: r.predecessors, effective: r.effective),
                        at: panel.location(o.origin)))
            case (_, .straddles):
                touched[Group(metric: o.metric, period: o.period, tier: o.tier), default: [:]][o.unit] = o.origin
            default:
                break
            }
        }
        for (group, figures) in touched {
            for (unit, origin) in figures {
                guard let r = reorganisation(unit), r.role == .predecessor else { continue }
                let successors = figures.keys.filter { other in
                    other != unit
                        && r.successors.contains { Names.core($0) == Names.core(panel.units.units[other].name) }
                }
                guard let successor = successors.min(), let at = figures[successor] else { continue }
                let name = FigureName(
                    unit: panel.units.units[unit].name, period: group.period, metric: group.metric, tier: group.tier)
                out.append(
                    Diagnostic(
                        .mixedBoundaries(
                            name, successor: panel.units.units[successor].name, effective: r.effective,
                            other: panel.location(at)),
                        at: panel.location(origin)))
            }
        }
        return out
    }
}
