/// The metrics rule: `id,name_vi,name_en,kind,better,min,max` rows add metrics to the catalog or
/// override built-in ones. A folder loads its `metrics.csv` first, so observations see them.
extension LoadContext {
    mutating func readMetrics(_ t: CellView, _ h: TableHeader) {
        let c = (
            id: h.index(named: "id"), vi: h.index(named: "name vi"), en: h.index(named: "name en"),
            kind: h.index(named: "kind"), better: h.index(named: "better"), min: h.index(named: "min"),
            max: h.index(named: "max")
        )
        for r in t.rows {
            guard let id = t.text(r, c.id).map(Self.metricID) else {
                report(Diagnostic(.missingMetricID, at: t.locationOrStart(r, c.id)))
                continue
            }
            guard let kind = t.text(r, c.kind).flatMap({ MetricKind(rawValue: $0.lowercased()) }) else {
                report(
                    Diagnostic(.badKind(t.text(r, c.kind) ?? ""), at: t.locationOrStart(r, c.kind)))
                continue
            }
            let betterText = t.text(r, c.better)?.lowercased() ?? "none"
            guard let better = Direction(rawValue: betterText) else {
                report(
                    Diagnostic(.badDirection(betterText), at: t.locationOrStart(r, c.better)))
                continue
            }
            var bounds: [Double?] = []
            var bad = false
            for i in [c.min, c.max] {
                guard let text = t.text(r, i) else {
                    bounds.append(nil)
                    continue
                }
                if let n = NumberReader.parse(text, convention: .point) ?? NumberReader.parse(text, convention: .comma)
                {
                    bounds.append(n.value)
                } else {
                    reportNotANumber(text, at: t.locationOrStart(r, i), column: h.texts[i], .point, count: false)
                    bad = true
                }
            }
            if bad { continue }
            let name = t.text(r, c.en) ?? t.text(r, c.vi) ?? id
            panel.metrics.define(
                Metric(
                    id: id, nameVi: t.text(r, c.vi).map(Names.clean) ?? name, nameEn: name, kind: kind, better: better,
                    min: bounds[0], max: bounds[1]))
        }
    }
}
