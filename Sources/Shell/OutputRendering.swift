import Messages
import Panel
import Rendering

extension OutputOptions {
    /// The formatter for a metric with these options.
    func formatter(_ metric: Metric, _ lang: Language, _ env: Environment) -> Formatter {
        Formatter(metric: metric, lang: lang, localeOverride: locale, glyphs: glyphs, colour: colour(in: env))
    }

    /// Renders a report and charts in the chosen format: box (or ASCII) tables, Markdown,
    /// an HTML page, or CSV (CSV keeps only the first table, its numbers as numbers in the
    /// locale's decimal mark, `;`-separated for `vi`); `--max-rows` cuts every table.
    func render(
        _ report: TableReport, charts: [ChartSpec] = [], formatter: Formatter? = nil, in env: Environment
    ) -> String {
        let (title, notes) = (report.title, report.notes)
        let findings = self.findings ? report.findings : ""
        let format: (Double) -> String = { x in formatter.map { $0.number(x, $0.decimals) } ?? String(x) }
        let lang = self.lang ?? env.defaultLanguage
        // The reports without a formatter wrote their numbers the same way: --locale, else --lang's.
        let locale = formatter?.locale ?? self.locale ?? lang.numberLocale
        let charts = charts.map { $0.saying(empty: Catalog(lang)(.noData)) }
        let tables = report.tables.map { t -> Table in
            guard let maxRows, maxRows > 0, t.rows.count > maxRows, self.format != .csv else { return t }
            var t = t
            let hidden = t.rows.count - maxRows
            t.rows = Array(t.rows.prefix(maxRows))
            t.footer.append(Catalog(lang)(.rowsHidden(hidden)))
            return t
        }
        switch self.format {
        case .csv:
            return tables.first?.csv(locale: locale) ?? ""
        case .html:
            var report = HTMLReport(title: title, language: lang.rawValue)
            if !findings.isEmpty { report.add(paragraph: findings) }
            for t in tables { report.add(table: t) }
            report.add(notes: notes)
            for c in charts { report.add(svg: c.svg(locale: locale, format: format)) }
            return report.rendered
        case .markdown:
            var out = "### \(title)\n\n"
            if !findings.isEmpty { out += findings + "\n\n" }
            for t in tables { out += t.render(style: .markdown, width: env.width(width)) + "\n" }
            // A note indented by two spaces is an item under the note above it.
            for n in notes { out += (n.hasPrefix("  ") ? "  - " + n.dropFirst(2) : "- " + n) + "\n" }
            for c in charts {
                out +=
                    "\n```\n" + c.text(width: env.width(width), glyphs: glyphs, locale: locale, format: format)
                    + "```\n"
            }
            return out
        default:
            var out = title + "\n\n"
            if !findings.isEmpty {
                out += TextWidth.wrap(findings, to: env.width(width)).joined(separator: "\n") + "\n\n"
            }
            for t in tables { out += t.render(style: ascii ? .ascii : .box, width: env.width(width)) + "\n" }
            for n in notes { out += n + "\n" }
            for c in charts {
                out += "\n" + c.text(width: env.width(width), glyphs: glyphs, locale: locale, format: format)
            }
            return out
        }
    }
}
