/// The crosswalk rule: `old_province,new_province,change,effective,source` rows of the 2025
/// merger (63 → 34 provinces).
extension LoadContext {
    mutating func readCrosswalk(_ t: CellView, _ h: TableHeader) {
        let c = (
            old: h.index(named: "old province"), new: h.index(named: "new province"), change: h.index(named: "change"),
            effective: h.index(named: "effective"), source: h.index(named: "source")
        )
        for r in t.rows {
            guard let old = t.text(r, c.old).map(Names.clean), let new = t.text(r, c.new).map(Names.clean) else {
                report(
                    Diagnostic(.incompleteCrosswalk, at: t.start(r)))
                continue
            }
            panel.crosswalk.append(
                CrosswalkEntry(
                    oldProvince: old, newProvince: new, change: t.text(r, c.change) ?? "",
                    effective: t.text(r, c.effective) ?? "", source: t.text(r, c.source), origin: t.startOrigin(r)))
        }
    }
}
