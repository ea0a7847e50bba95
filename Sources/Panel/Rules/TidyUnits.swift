extension LoadContext {
    /// The units of a tidy table by the texts of their name and parent cells.
    struct UnitTexts {
        var names = ByteInterner(capacity: 1024)
        var parents = ByteInterner()
        var cleanParents: [String] = []
        /// Per name text: the parent text (-1 none, -2 not seen yet) and unit of its first row;
        /// other parents of the same name text in `more`.
        var byName: [(parent: Int, index: Int)] = []
        var more: [Int: Int] = [:]
    }

    /// The unit of row `r` (name cell `nameField`, parent cell `parentField`), added when new. A
    /// known unit given another level keeps its first one, with a warning.
    mutating func unit(
        _ t: CellView, _ r: Int, _ nameField: Int, parent parentField: Int?, level: UnitLevel?,
        _ units: inout UnitTexts, _ levelColumn: Int
    ) -> Int {
        let name = t.intern(nameField, in: &units.names)
        if name.isNew { units.byName.append((-2, 0)) }
        var parentID = -1
        if let i = parentField {
            let p = t.intern(i, in: &units.parents)
            if p.isNew { units.cleanParents.append(Names.clean(t.text(i))) }
            parentID = p.id
        }
        let unitIndex: Int
        let inserted: Bool
        if units.byName[name.id].parent == parentID {
            (unitIndex, inserted) = (units.byName[name.id].index, false)
        } else if let known = units.more[name.id << 32 | (parentID + 1)] {
            (unitIndex, inserted) = (known, false)
        } else {
            // Adding a known unit again finds it.
            (unitIndex, inserted) = panel.units.add(
                Unit(
                    name: Names.clean(t.text(nameField)), level: level,
                    parent: parentID >= 0 ? units.cleanParents[parentID] : nil))
            if units.byName[name.id].parent == -2 {
                units.byName[name.id] = (parentID, unitIndex)
            } else {
                units.more[name.id << 32 | (parentID + 1)] = unitIndex
            }
        }
        if !inserted, let level { keepFirstLevel(level, of: unitIndex, at: t.location(r, levelColumn)) }
        return unitIndex
    }

    /// Sets the level of a unit that has none; warns when it has another.
    mutating func keepFirstLevel(_ level: UnitLevel, of unitIndex: Int, at location: SourceLocation) {
        if let known = panel.units.units[unitIndex].level, known != level {
            report(
                Diagnostic(
                    .levelMismatch(unit: panel.units.units[unitIndex].name, first: known, given: level), at: location))
        } else {
            panel.units.setLevel(level, at: unitIndex)
        }
    }
}
