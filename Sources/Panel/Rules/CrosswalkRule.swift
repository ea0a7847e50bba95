import Foundation

/// The crosswalk rule: rows of a reorganisation, old unit → new unit.
///
/// Two headers are read:
/// - `old_province,new_province,change,effective,source` — the 2025 province merger (level
///   province);
/// - `old_unit,new_unit,level,change,effective,share,source` — any level (district, commune, …).
///
/// `change` is merged, renamed, split or unchanged (or sáp nhập, đổi tên, chia tách, giữ nguyên);
/// `effective` a date (`2025-07-01` or `1/7/2025`); `share`, for a split, the part of the old unit
/// that went to the new one, 0–1 (or a percentage, 0–100, written with or without `%`). A row
/// that lacks a unit, or whose change, date, level or share cannot be read, is an error at its
/// cell and is left out.
extension LoadContext {
    mutating func readCrosswalk(_ t: CellView, _ h: TableHeader) {
        let provinces = h.has(named: "old province")
        let c = (
            old: h.index(named: provinces ? "old province" : "old unit"),
            new: h.index(named: provinces ? "new province" : "new unit"),
            level: h.index(named: "level"), change: h.index(named: "change"),
            effective: h.index(named: "effective"), share: h.index(named: "share"), source: h.index(named: "source")
        )
        for r in t.rows {
            func at(_ i: Int) -> SourceLocation { t.locationOrStart(r, i) }
            guard let old = t.text(r, c.old).map(Names.clean), let new = t.text(r, c.new).map(Names.clean) else {
                report(Diagnostic(.incompleteCrosswalk, at: t.start(r)))
                continue
            }
            let levelText = t.text(r, c.level)
            guard let level = levelText.map(UnitLevel.init(parsing:)) ?? (provinces ? .province : nil) else {
                report(Diagnostic(.badLevel(levelText ?? ""), at: at(c.level)))
                continue
            }
            let changeText = t.text(r, c.change) ?? ""
            guard let change = BoundaryChange(parsing: changeText) else {
                report(Diagnostic(.badChange(changeText), at: at(c.change)))
                continue
            }
            let dateText = t.text(r, c.effective) ?? ""
            guard let effective = CalendarDate(parsing: dateText) else {
                report(Diagnostic(.badEffectiveDate(dateText), at: at(c.effective)))
                continue
            }
            var share: Double? = nil
            if let text = t.text(r, c.share) {
                guard let s = Self.share(text) else {
                    report(Diagnostic(.badShare(text), at: at(c.share)))
                    continue
                }
                share = s
            }
            panel.crosswalk.append(
                CrosswalkEntry(
                    oldUnit: old, newUnit: new, level: level, change: change, effective: effective, share: share,
                    source: t.text(r, c.source), origin: t.startOrigin(r)))
        }
    }

    /// A share as a fraction: `0.4`, `0,4`, `40%`, `40` (above 1: a percentage). Nil outside 0–1.
    static func share(_ text: String) -> Double? {
        let percent = text.hasSuffix("%")
        let digits = String(percent ? text.dropLast() : Substring(text)).trimmingCharacters(in: .whitespaces)
        guard
            let number = NumberReader.parse(digits, convention: .point)
                ?? NumberReader.parse(digits, convention: .comma)
        else { return nil }
        let fraction = percent || number.value > 1 ? number.value / 100 : number.value
        return (0...1).contains(fraction) ? fraction : nil
    }
}
