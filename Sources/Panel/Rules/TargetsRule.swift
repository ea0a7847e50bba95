/// The targets rule: `unit,level,parent,metric,comparator,target,by_period,source,note` rows, each
/// a target such as "≥ 50 % of communes by 2025".
extension LoadContext {
    mutating func readTargets(_ t: CellView, _ h: TableHeader) -> DecimalConvention {
        let c = (
            unit: max(h.index(named: "unit"), 0), level: h.index(named: "level"), parent: h.index(named: "parent"),
            metric: h.index(named: "metric"), comparator: h.index(named: "comparator"),
            target: h.index(named: "target"),
            by: h.index(named: "by period"), source: h.index(named: "source"), note: h.index(named: "note")
        )
        for r in t.rows {
            func at(_ i: Int) -> SourceLocation { t.locationOrStart(r, i) }
            guard let unit = t.text(r, c.unit), let metric = t.text(r, c.metric).map(Self.metricID) else {
                report(Diagnostic(.incompleteTarget, at: at(c.unit)))
                continue
            }
            let comparatorText = t.text(r, c.comparator)
            let written = comparatorText?.replacingOccurrences(of: "≥", with: ">=").replacingOccurrences(
                of: "≤", with: "<=")
            guard let comparator = written.flatMap(Target.Comparator.init(rawValue:)) else {
                report(
                    Diagnostic(.badComparator(comparatorText ?? ""), at: at(c.comparator)))
                continue
            }
            let goalText = t.text(r, c.target) ?? ""
            guard
                let goal = NumberReader.parse(goalText, convention: .point)
                    ?? NumberReader.parse(goalText, convention: .comma)
            else {
                reportNotANumber(goalText, at: at(c.target), column: "target", .point, count: false)
                continue
            }
            let by: Period
            switch t.text(r, c.by).map({ period($0) }) ?? .failure(PeriodParseError(text: "", reason: .empty)) {
            case .success(let p): by = p
            case .failure(let e):
                report(Diagnostic(.badPeriod(e), at: at(c.by)))
                continue
            }
            noteUnknownMetric(metric, at: at(c.metric))
            let (index, _) = panel.units.add(
                Unit(
                    name: Names.clean(unit), level: t.text(r, c.level).flatMap(UnitLevel.init(parsing:)),
                    parent: t.text(r, c.parent).map(Names.clean)))
            panel.targets.append(
                Target(
                    unit: index, metric: metric, comparator: comparator, target: goal.value, by: by,
                    source: t.text(r, c.source).map(Names.clean), note: t.text(r, c.note), origin: t.startOrigin(r)))
        }
        return .point
    }
}
