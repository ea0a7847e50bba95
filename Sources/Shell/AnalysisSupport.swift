import Analysis
import ArgumentParser
import Messages
import Panel
import Rendering
import Statistics

extension UnitLevel: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension Tier: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

/// The peer group an analysis looks at.
struct SelectionOptions: ParsableArguments {
    @Option(name: .long, help: "Only units of this level (province, district, department, ministry, …).")
    var level: UnitLevel?

    @Option(name: .long, help: ArgumentHelp("Only units under this parent (e.g. \"Hòa Bình\").", valueName: "name"))
    var parent: String?

    @Option(name: .long, help: "Only figures of this tier (province, district, commune).")
    var tier: Tier?

    var selection: Selection { Selection(level: level, parent: parent, tier: tier) }
}

extension AnalysisError {
    /// Unknown names are usage errors (exit 2); an empty selection is too.
    var failure: CommandFailure {
        switch self {
        case .unknownUnit(let error):
            if case .ambiguous = error {
                return .usage(description, hint: "add --level or --parent, or type more of the name")
            }
            return .usage(description, hint: "names are matched without accents and without 'tỉnh', 'huyện', …")
        case .unknownMetric:
            return .usage(description, hint: "`parlens info` lists the metrics in the data")
        case .unknownPeriod:
            return .usage(description, hint: "periods are written 2024, 2024-H1, 2024-Q3, 2024-09, 9 tháng 2024, …")
        case .noData:
            return .usage(description, hint: "check --level, --parent and --tier, or `parlens info`")
        }
    }
}

/// Loads the data and builds the view of one metric; load errors stop the command (exit 1).
func metricView(_ data: DataOptions, _ metric: String, in env: Environment) throws(CommandFailure) -> MetricView {
    let (result, _) = try data.load(in: env)
    if result.diagnostics.contains(where: { $0.severity == .error }) {
        writeDiagnostics(result.diagnostics.filter { $0.severity == .error }, to: env.err)
        throw .data
    }
    do { return try MetricView(panel: result.panel, metric: metric) } catch { throw error.failure }
}

/// The lines that list figures two sources give differently (none when there are none).
func conflictNotes(_ conflicts: [String], _ lang: Language) -> [String] {
    conflicts.isEmpty ? [] : [lang("Conflicting sources (the first row is used)") + ":"] + conflicts.map { "  " + $0 }
}

/// Formats numbers for one metric and language.
struct Formatter {
    var metric: Metric
    var lang: Language
    var localeOverride: NumberLocale? = nil
    var glyphs: Glyphs = .unicode
    var colour = false

    var locale: NumberLocale { localeOverride ?? lang.numberLocale }

    /// ▲ ▼ ＝ (ASCII ^ v =), green for better and red for worse when colour is on.
    func mark(better: Bool?, _ text: String = "") -> String {
        let suffix = text.isEmpty ? "" : " " + text
        switch better {
        case true?: return paint(glyphs == .ascii ? "^" + suffix : "▲" + suffix, green: true)
        case false?: return paint(glyphs == .ascii ? "v" + suffix : "▼" + suffix, green: false)
        case nil: return glyphs == .ascii ? "=" : "＝"
        }
    }

    func paint(_ text: String, green: Bool) -> String {
        colour ? (green ? "\u{1B}[32m" : "\u{1B}[31m") + text + "\u{1B}[0m" : text
    }
    var decimals: Int {
        switch metric.kind {
        case .rank, .count: 0
        default: 2
        }
    }

    func value(_ x: Double?) -> String {
        guard let x else { return "—" }
        return NumberFormat.format(x, decimals: decimals, locale: locale) + (metric.kind == .percent ? "%" : "")
    }
    /// A change, signed, with the unit of a change ("điểm %" for percent metrics).
    func change(_ x: Double?, decimals extra: Int = 0) -> String {
        guard let x else { return "—" }
        let sign = x > 0 ? "+" : ""
        return sign + NumberFormat.format(x, decimals: decimals + extra, locale: locale)
    }
    func number(_ x: Double?, _ d: Int = 2) -> String {
        guard let x, x.isFinite else { return "—" }
        return NumberFormat.format(x, decimals: d, locale: locale)
    }
    func interval(_ i: ConfidenceInterval?, _ d: Int? = nil) -> String {
        guard let i else { return "—" }
        return "[\(number(i.lower, d ?? decimals + 1)); \(number(i.upper, d ?? decimals + 1))]"
    }
    func p(_ x: Double?) -> String {
        guard let x else { return "—" }
        if x < 0.001 { return "<" + NumberFormat.format(0.001, decimals: 3, locale: locale) }
        return NumberFormat.format(x, decimals: 3, locale: locale)
    }
    /// "điểm %" / "percentage points" for percent metrics, "points" otherwise.
    var changeUnit: String {
        switch metric.kind {
        case .percent: lang("percentage points")
        case .rank: lang("places")
        default: lang("points")
        }
    }
    var name: String { lang == .vi ? metric.nameVi : metric.nameEn }
    var direction: String {
        switch metric.better {
        case .higher: lang("higher is better")
        case .lower: lang("lower is better")
        default: "—"
        }
    }
}

extension OutputOptions {
    /// Renders tables in the chosen style: box, markdown or CSV (CSV keeps only the first table).
    /// The formatter for a metric with these options.
    func formatter(_ metric: Metric, _ lang: Language, _ env: Environment) -> Formatter {
        Formatter(metric: metric, lang: lang, localeOverride: locale, glyphs: glyphs, colour: colour(in: env))
    }

    func render(
        _ tables: [Table], notes: [String], title: String, charts: [ChartSpec] = [], formatter: Formatter? = nil,
        in env: Environment
    ) -> String {
        let format: (Double) -> String = { x in formatter.map { $0.number(x, $0.decimals) } ?? String(x) }
        let locale = formatter?.locale ?? .en
        let lang = self.lang ?? env.defaultLanguage
        let tables = tables.map { t -> Table in
            guard let maxRows, maxRows > 0, t.rows.count > maxRows, self.format != .csv else { return t }
            var t = t
            let hidden = t.rows.count - maxRows
            t.rows = Array(t.rows.prefix(maxRows))
            t.footer.append(
                lang == .vi
                    ? "… ẩn \(hidden) dòng (--max-rows)"
                    : "… \(hidden) row\(hidden == 1 ? "" : "s") hidden (--max-rows)")
            return t
        }
        switch self.format {
        case .csv:
            return tables.first?.csv() ?? ""
        case .html:
            var report = HTMLReport(title: title, language: lang.rawValue)
            for t in tables { report.add(table: t) }
            report.add(notes: notes)
            for c in charts { report.add(svg: c.svg(locale: locale, format: format)) }
            return report.rendered
        case .markdown:
            var out = "### \(title)\n\n"
            for t in tables { out += t.render(style: .markdown, width: env.width(width)) + "\n" }
            for n in notes { out += "- \(n)\n" }
            for c in charts {
                out +=
                    "\n```\n" + c.text(width: env.width(width), glyphs: glyphs, locale: locale, format: format)
                    + "```\n"
            }
            return out
        default:
            var out = title + "\n\n"
            for t in tables { out += t.render(style: ascii ? .ascii : .box, width: env.width(width)) + "\n" }
            for n in notes { out += n + "\n" }
            for c in charts {
                out += "\n" + c.text(width: env.width(width), glyphs: glyphs, locale: locale, format: format)
            }
            return out
        }
    }
}

/// The JSON of the statistics, in the order of the output contract.
enum StatisticsJSON {
    static func ols(_ o: LinearTrend?) -> JSONValue {
        guard let o else { return .null }
        return .object([
            ("slope", .num(o.slope)), ("intercept", .num(o.intercept)), ("slope_stderr", .num(o.slopeStandardError)),
            ("r_squared", .num(o.rSquared)), ("p_value", .num(o.pValue)),
            ("slope_ci95", .pair(o.slopeInterval?.lower, o.slopeInterval?.upper)),
        ])
    }
    static func mannKendall(_ m: MannKendall?) -> JSONValue {
        guard let m else { return .null }
        return .object([
            ("s", .int(m.s)), ("var_s", .num(m.varianceS)), ("z", .num(m.z)), ("p_value", .num(m.pValue)),
            ("tau", .num(m.tau)), ("p_exact", .num(m.exactPValue)),
        ])
    }
    static func sen(_ s: SenSlope?) -> JSONValue {
        guard let s else { return .null }
        return .object([("slope", .num(s.slope)), ("ci95", .pair(s.interval?.lower, s.interval?.upper))])
    }
    static func spearman(_ s: SpearmanCorrelation?, n: Int? = nil) -> JSONValue {
        guard let s else { return .null }
        var members: [(String, JSONValue)] = [("rho", .num(s.rho)), ("p_value", .num(s.pValue))]
        if n != nil { members.append(("n", .int(s.n))) }
        return .object(members)
    }
    static func kendall(_ k: KendallTau?, n: Int? = nil) -> JSONValue {
        guard let k else { return .null }
        var members: [(String, JSONValue)] = [("tau_b", .num(k.tauB)), ("p_value", .num(k.pValue))]
        if n != nil { members.append(("n", .int(k.n))) }
        return .object(members)
    }
}
