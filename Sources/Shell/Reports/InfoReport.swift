import Analysis
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

    static let plural: [Period.Kind: String] = [
        .year: "years", .half: "halves", .quarter: "quarters", .month: "months", .cumulative: "cumulative",
        .years: "multi-year spans", .monthRange: "month ranges", .day: "days",
    ]

    func render(style: TableStyle, width: Int) -> String {
        let inv = inventory
        var out = ""
        let title =
            "parlens \(Parlens.version) · \(paths.joined(separator: ", ")) · \(n(inv.files.count)) \(lang("Files").lowercased())"
        let levels = inv.unitsByLevel.map { "\(lang($0.level?.rawValue ?? "no level")) \(n($0.count))" }.joined(
            separator: " · ")
        let kinds = inv.periodsByKind.map { "\(n($0.count)) \(lang(Self.plural[$0.kind] ?? $0.kind.rawValue))" }.joined(
            separator: ", ")
        let span = inv.periods.first.map { first in "\(first) … \(inv.periods.last ?? first)" } ?? "—"
        var facts: [[String]] = [
            [
                lang("Observations"),
                "\(n(inv.observations)) (\(n(inv.withCounts)) \(lang("with counts")), \(n(inv.rankOnly)) \(lang("rank only")))",
            ],
            [lang("Units"), "\(n(inv.units.count)): \(levels)"],
            [lang("Periods"), "\(n(inv.periods.count)), \(span): \(kinds)"],
            [
                lang("Metrics"),
                "\(n(inv.metrics.count)) (\(n(inv.metrics.count { !$0.known })) \(lang("not in catalog")))",
            ],
            [
                lang("Sources"),
                "\(n(inv.corroborated)) \(lang("figures given by more than one row (`check` lists those that disagree)"))",
            ],
        ]
        if inv.targets > 0 { facts.append([lang("Targets"), n(inv.targets)]) }
        if inv.crosswalk.entries > 0 {
            facts.append([
                lang("Crosswalk 2025"),
                "\(n(inv.crosswalk.entries)) → \(n(inv.crosswalk.newProvinces)) \(lang("provinces, effective")) \(inv.crosswalk.effective.joined(separator: ", "))",
            ])
        }
        out += Table(title: title, columns: [.init(""), .init("", wraps: true)], rows: facts).renderWithoutHeader(
            style: style, width: width)
        out += "\n"
        let metricRows = inv.metrics.map { m -> [String] in
            let range = m.summary.map { $0.min == $0.max ? x($0.min) : "\(x($0.min)) – \(x($0.max))" } ?? "—"
            let periods: String
            switch m.periods.count {
            case 0: periods = "—"
            case 1: periods = m.periods[0].description
            default: periods = "\(m.periods[0]) … \(m.periods[m.periods.count - 1]) (\(n(m.periods.count)))"
            }
            return [
                m.metric.id + (m.known ? "" : " *"), lang(m.metric.kind.rawValue), lang(m.metric.better.rawValue),
                n(m.observations), n(m.units), periods, range,
            ]
        }
        out += Table(
            title: lang("Metrics"),
            columns: [
                .init(lang("Metric")), .init(lang("Kind")), .init(lang("Better")), .init(lang("Obs."), .right),
                .init(lang("Units"), .right), .init(lang("Periods"), wraps: true), .init(lang("Range"), .right),
            ],
            rows: metricRows,
            footer: inv.metrics.contains { !$0.known }
                ? ["* \(lang("not in catalog")): read as plain numbers; define it in metrics.csv"] : []
        ).render(style: style, width: width)
        out += "\n"
        out += Table(
            title: lang("Files"),
            columns: [
                .init(lang("File"), wraps: true), .init(lang("Layout")), .init(lang("Rows"), .right),
                .init(lang("Delimiter")), .init(lang("Decimal")),
            ],
            rows: inv.files.map {
                [
                    $0.path, $0.kind.rawValue, n($0.records), lang($0.delimiter) + ($0.hadBOM ? " + BOM" : ""),
                    lang($0.decimal.rawValue),
                ]
            }
        ).render(style: style, width: width)
        if !warnings.isEmpty {
            out += "\n\(lang("Warnings")): \(n(warnings.count)) — "
            let byCode = Dictionary(grouping: warnings, by: \.code).map { "\($0.key) \(n($0.value.count))" }.sorted()
            out += byCode.joined(separator: ", ") + " (`parlens check` shows them)\n"
        }
        return out
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
