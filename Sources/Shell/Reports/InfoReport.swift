import Analysis
import Messages
import Panel
import Rendering

extension Inventory {
    /// The JSON of `info` in the spaced layout it has always had: keys in alphabetical order (as
    /// Foundation's encoder sorted them), explicit nulls for a unit's level and parent, and a
    /// metric's `max` and `min` left out when it has no values.
    func json(warnings: [Diagnostic]) -> JSONValue {
        let byLevel = unitsByLevel.map { ($0.level?.rawValue ?? "unknown", JSONValue.int($0.count)) }
        return .object([
            (
                "files",
                .array(
                    files.map {
                        .object([
                            ("bom", .bool($0.hadBOM)), ("decimal", .string($0.decimal.rawValue)),
                            ("delimiter", .string($0.delimiter)), ("kind", .string($0.kind.rawValue)),
                            ("path", .string($0.path)), ("rows", .int($0.records)),
                        ])
                    })
            ),
            (
                "metrics",
                .array(
                    metrics.map { m in
                        var members: [(String, JSONValue)] = [
                            ("better", .string(m.metric.better.rawValue)), ("id", .string(m.metric.id)),
                            ("in_catalog", .bool(m.known)), ("kind", .string(m.metric.kind.rawValue)),
                        ]
                        if let summary = m.summary {
                            members += [("max", .number(summary.max)), ("min", .number(summary.min))]
                        }
                        members += [
                            ("name", .string(m.metric.nameEn)), ("observations", .int(m.observations)),
                            ("periods", .strings(m.periods.map(\.description))), ("units", .int(m.units)),
                        ]
                        return .object(members)
                    })
            ),
            ("observations", .int(observations)),
            ("periods", .strings(periods.map(\.description))),
            ("targets", .int(targets)),
            (
                "units",
                .array(
                    units.map {
                        .object([
                            ("level", .str($0.level?.rawValue)), ("name", .string($0.name)),
                            ("observations", .int($0.observations)), ("parent", .str($0.parent)),
                        ])
                    })
            ),
            ("units_by_level", .object(byLevel.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) })),
            ("warnings", .array(warnings.map(\.json))),
        ])
    }
}

/// The `info` report as tables (pure: strings in, string out).
struct InfoReport {
    var inventory: Inventory
    var warnings: [Diagnostic]
    var paths: [String]
    var lang: Language

    func n(_ x: Int) -> String { NumberFormat.count(x, locale: lang.numberLocale) }
    func x(_ v: Double) -> String {
        let decimals = v == v.rounded() ? 0 : 2
        return NumberFormat.format(v, decimals: decimals, locale: lang.numberLocale)
    }

    var say: Catalog { Catalog(lang) }

    func render(style: TableStyle, width: Int) -> String {
        var out = ""
        let (facts, metrics, files) = tables
        out += facts.renderWithoutHeader(style: style, width: width)
        out += "\n"
        out += metrics.render(style: style, width: width)
        out += "\n"
        out += files.render(style: style, width: width)
        if let line = warningsLine { out += "\n" + line + "\n" }
        return out
    }

    /// The report of a workbook: the three tables (the facts without a header row, in a sheet
    /// named as the HTML page is, "parlens info", not after the title's paths), the warnings by
    /// code as a note.
    var report: TableReport {
        var (facts, metrics, files) = tables
        facts.title = "parlens info"
        return TableReport(title: title, tables: [facts, metrics, files], notes: warningsLine.map { [$0] } ?? [])
    }

    var title: String { say(.infoTitle(version: Parlens.version, paths: paths, files: n(inventory.files.count))) }

    /// "12 warnings: W01 3, W07 9", or nil without warnings.
    var warningsLine: String? {
        guard !warnings.isEmpty else { return nil }
        let byCode = Dictionary(grouping: warnings, by: \.code.rawValue).map { "\($0.key) \(n($0.value.count))" }
            .sorted()
        return say(.warningsByCode(count: n(warnings.count), codes: byCode))
    }

    /// The facts (two columns, no header), the metrics and the files.
    var tables: (facts: Table, metrics: Table, files: Table) {
        let inv = inventory
        let levels = inv.unitsByLevel.map { say(.levelCount($0.level, count: n($0.count))) }.joined(separator: " · ")
        let kinds = inv.periodsByKind.map { say(.periodKindCount($0.kind, count: n($0.count))) }.joined(separator: ", ")
        let span =
            inv.periods.first.map { first in "\(say.periodLabel(first)) … \(say.periodLabel(inv.periods.last ?? first))"
            } ?? "—"
        var facts: [[String]] = [
            [
                say(.observations),
                say(
                    .observationCounts(
                        total: n(inv.observations), withCounts: n(inv.withCounts), rankOnly: n(inv.rankOnly))),
            ],
            [say(.units), "\(n(inv.units.count)): \(levels)"],
            [say(.periods), "\(n(inv.periods.count)), \(span): \(kinds)"],
            [
                say(.metrics),
                say(.metricCounts(total: n(inv.metrics.count), notInCatalog: n(inv.metrics.count { !$0.known }))),
            ],
            [say(.sources), say(.corroborated(n(inv.corroborated)))],
        ]
        if inv.targets > 0 { facts.append([say(.targets), n(inv.targets)]) }
        if inv.crosswalk.entries > 0 {
            facts.append([
                say(.crosswalk2025),
                say(
                    .crosswalk(
                        entries: n(inv.crosswalk.entries), provinces: n(inv.crosswalk.newProvinces),
                        effective: inv.crosswalk.effective)),
            ])
        }
        for other in inv.otherCrosswalks {
            facts.append([
                say(.crosswalk),
                say(
                    .crosswalkOfLevel(
                        entries: n(other.entries), units: n(other.newUnits), level: other.level,
                        effective: other.effective)),
            ])
        }
        let factsTable = Table(title: title, columns: [.init(""), .init("", wraps: true)], rows: facts)
        let metricRows = inv.metrics.map { m -> [String] in
            let range = m.summary.map { $0.min == $0.max ? x($0.min) : "\(x($0.min)) – \(x($0.max))" } ?? "—"
            let periods: String
            switch m.periods.count {
            case 0: periods = "—"
            case 1: periods = say.periodLabel(m.periods[0])
            default:
                periods =
                    "\(say.periodLabel(m.periods[0])) … \(say.periodLabel(m.periods[m.periods.count - 1])) (\(n(m.periods.count)))"
            }
            return [
                m.metric.id + (m.known ? "" : " *"), say(.metricName(m.metric)), say(.metricKind(m.metric.kind)),
                say(.direction(m.metric.better)),
                n(m.observations), n(m.units), periods, range,
            ]
        }
        let metricsTable = Table(
            title: say(.metrics),
            columns: [
                .init(say(.metricId)), .init(say(.metric), wraps: true), .init(say(.kind)), .init(say(.better)),
                .init(say(.observationsShort), .right),
                .init(say(.units), .right), .init(say(.periods), wraps: true), .init(say(.range), .right),
            ],
            rows: metricRows,
            footer: inv.metrics.contains { !$0.known }
                ? [say(.notInCatalog)] : []
        )
        let filesTable = Table(
            title: say(.files),
            columns: [
                .init(say(.file), wraps: true), .init(say(.layout)), .init(say(.rows), .right),
                .init(say(.delimiter)), .init(say(.decimal)),
            ],
            rows: inv.files.map {
                [
                    $0.path, say(.layout($0.kind)), n($0.records),
                    (Delimiter(rawValue: $0.delimiter).map { say(.delimiter($0)) } ?? $0.delimiter)
                        + ($0.hadBOM ? " + BOM" : ""),
                    say(.decimal($0.decimal)),
                ]
            }
        )
        return (factsTable, metricsTable, filesTable)
    }
}

extension Table {
    /// A two-column key/value table without a header row.
    func renderWithoutHeader(style: TableStyle, width: Int) -> String {
        if style == .markdown {
            var t = self
            t.columns = [.init(rows.isEmpty ? "" : " "), .init(" ")]
            return t.render(style: .markdown, width: width)
        }
        let text = render(style: style, width: width)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Drop the empty header line and the rule under it.
        let start = title == nil ? 1 : 2
        if lines.count > start + 1 { lines.removeSubrange(start...(start + 1)) }
        return lines.joined(separator: "\n")
    }
}
