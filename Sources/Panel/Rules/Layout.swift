/// What a table holds, told from its header.
///
/// `unit`+`period`+`metric` → tidy observations; a dossier id, a unit, a date received and a due
/// date → a dossier log (``DossierColumns``); `old_province`+`new_province` (or `old_unit`+`new_unit`) →
/// a crosswalk; `comparator`+`target` → targets; `id`+`kind` → metric definitions; otherwise a
/// first column of units and period-named columns → a wide table. Nil: none of these.
enum Layout {
    static func kind(of header: TableHeader) -> LoadedFile.Kind? {
        if header.has(.unit) && header.has(.period) && header.has(.metric) { return .tidy }
        if DossierColumns(header) != nil { return .dossiers }
        if header.has(named: "old province") && header.has(named: "new province") { return .crosswalk }
        if header.has(named: "old unit") && header.has(named: "new unit") { return .crosswalk }
        if header.has(named: "comparator") && header.has(named: "target") { return .targets }
        if header.has(named: "id") && header.has(named: "kind") { return .metrics }
        if !header.has(.period),
            header.texts.dropFirst().contains(where: {
                WideColumn.parse($0, period: { try? Period(parsing: $0) }) != nil
            })
        {
            return .wide
        }
        return nil
    }

    /// The error for a header that matches no layout.
    static func unknown(_ header: TableHeader) -> Diagnostic {
        let missing = [HeaderKey.unit, .period, .metric].filter { !header.has($0) }.map(\.rawValue)
        return Diagnostic(.unknownLayout(header: header.texts, missing: missing), at: header.start)
    }
}
