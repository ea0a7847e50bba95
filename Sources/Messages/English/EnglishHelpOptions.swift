extension English {
    static func text(_ option: HelpOption) -> String {
        switch option {
        case .data: "A CSV file, an Excel workbook (.xlsx) or a folder of them (repeatable)."
        case .dataDefault:
            "Default: ./datasets when it exists, else $PARLENS_DATA (paths separated by ':'). 'book.xlsx#Sheet' reads one sheet; '-' reads standard input."
        case .decimal: "Force the decimal separator instead of detecting it per file (comma|point)."
        case .wideMetric: "The metric of wide files that have no 'metric' column."
        case .sheet: "The sheet of each workbook to read, by name or number (1 = the first; repeatable)."
        case .sheetDefault: "Default: every visible sheet that holds a table parlens understands."
        case .excludeErrors:
            "Analyses: leave out the rows of figures that `check` calls errors (listed on stderr) instead of stopping."
        case .format:
            "table, markdown, csv, json, html, xlsx (an Excel workbook; the default for -o FILE.xlsx), and text for check (compiler-style lines)."
        case .lang: "Language of labels and messages: vi or en (default from $LANG)."
        case .width: "Output width in columns (default: the terminal's, else 100)."
        case .ascii: "Plain ASCII tables and charts (no box drawing, braille or arrows)."
        case .locale: "Number format: vi (1.234,5) or en (1,234.5); default follows --lang."
        case .findings:
            "Open with a paragraph of findings in words (rank, compare, trend): who leads, who rose and fell, whether a trend is real."
        case .noColor: "No colour even on a terminal (colour is also off when NO_COLOR is set)."
        case .maxRows: "Show at most N rows of a table, with a footer saying how many are hidden."
        case .output: "Write the output to this file (atomically; never over an input)."
        case .level: "Only units of this level (province, district, department, ministry, …)."
        case .parent: "Only units under this parent (e.g. \"Hòa Bình\")."
        case .tier: "Only figures of this tier (province, district, commune)."
        case .listLang: "Language of metric names and messages: vi or en (default from $LANG)."
        case .metricID: "The metric id."
        case .onlyUnit: "Only this unit."
        case .onePeriod: "The period."
        case .checkLimit: "Show at most this many problems per severity in table/text output (0 = all)."
        case .rankMetric: "The metric id, e.g. par_index."
        case .rankPeriod: "The period to rank."
        case .rankVs: "An earlier period to compare ranks with, or previous / last-year (kỳ-trước / cùng-kỳ)."
        case .rankTop: "Show only the first N rows."
        case .rankChart: "Append the natural chart: a bump chart with --vs, else bars."
        case .rankAllowMixed:
            "Compare ranks of periods of different kinds (a quarter with 9 months); the output says so."
        case .trendMetric: "The metric id, e.g. par_index, pci, sipas_rank."
        case .trendUnit: "The unit (accents optional)."
        case .trendAll: "Every unit of the peer group."
        case .trendFrom: "First period to use."
        case .trendTo: "Last period to use."
        case .trendChart: "Append the natural chart (the series with its OLS line and forecast)."
        case .trendBasis:
            "With --unit, a unit the 2025 merger made: new puts its series on the new boundary (before the date, its old units' counts pooled)."
        case .compareMetric: "The metric id, e.g. par_index, on_time_rate, par_index_rank."
        case .compareFrom: "The earlier period."
        case .compareTo: "The later period."
        case .compareVs: "Pick the earlier period from --to: previous (kỳ-trước) or last-year (cùng-kỳ)."
        case .compareChart: "Append the natural chart: bars of the changes."
        case .compareAllowMixed:
            "Compare periods of different kinds (a quarter with 9 months, a year with a half); the output says so."
        case .compareBasis:
            "Across a reorganisation (the 2025 merger): the new units' boundary (rates' counts pooled, an index beside each old unit), the old units' (each beside its successor), or both."
        case .compareWeight:
            "With --basis new or both: also reconstruct an index of a new unit as its old units' average weighted by this metric (population, dossiers received)."
        case .firstMetric: "The first metric."
        case .secondMetric: "The second metric."
        case .targetValue: "The target value (default: the targets in the data)."
        case .targetBy: "The period by which it is due."
        case .targetComparator: "How the value must compare: >=, <=, >, <, = (default from the metric's direction)."
        case .chartKind: "line, bar, bump, heat or dots."
        case .chartUnit: "A unit (repeatable; line charts)."
        case .chartPeriod: "The period (bar, dots)."
        case .chartVs: "An earlier period: bars show the change."
        case .chartFrom: "First period (bump, heat, line)."
        case .chartTo: "Last period (bump, heat, line)."
        case .chartTarget: "A target line."
        case .chartHighlight: "Mark this unit (bar)."
        case .chartTop: "Only the first N units (bar, dots, heat)."
        case .chartFit: "A fitted line for a one-unit line chart, with the forecast: ols, sen or none."
        case .notebook: "The notebook (.md)."
        case .param: "A parameter, NAME=VALUE (repeatable); overrides the front matter."
        case .runData: "Data for the session (repeatable); default ./datasets or PARLENS_DATA."
        case .sessionMetric: "The metric of wide files that have no 'metric' column (as `set metric`)."
        case .runOutput: "Write the report here (.md, .html, or .xlsx: a workbook of the commands' tables), atomically."
        case .runFormat:
            "markdown (the document with each block's output), html (a report page; the default for -o FILE.html), text (the report to read in a terminal: no Markdown, tables as printed) or xlsx (a workbook, one sheet per table named after the heading above its block; the default for -o FILE.xlsx)."
        case .runCheck: "Compare the rendering with this file instead of writing it."
        case .runLang:
            "Language of the report: vi or en (default: the notebook's lang: front matter, else en, so that a rendering does not depend on $LANG)."
        case .allow:
            "Let the notebook's commands read or write this file or folder too (repeatable). By default they may use only the notebook's folder, the run's data and its -o file."
        case .replData: "Data to load at start (repeatable)."
        case .commands: "Run these commands (separated by ;) in one session, without a prompt, then stop."
        case .keepGoing: "When reading a script, go on after a failed command (exit 1 at the end)."
        case .dossierLogs: "Dossier logs (CSV, one row per dossier)."
        case .dossierBy: "Split the counts by unit, or by unit and tier."
        case .dossierPeriod:
            "The periods: month, quarter, 6m (halves), 9m (January–September) or year (repeatable; default: all)."
        case .dossierWindowStart:
            "Reporting months from this day of the month before (15: the 15th to the 14th); default 1, calendar months."
        }
    }
}
