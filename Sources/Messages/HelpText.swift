/// The help of the commands, as `parlens --help`, `parlens help rank`, `parlens rank --help` and a
/// session's `help rank` show it: each command's abstract and discussion (its examples' command
/// lines are the same in every language), each option's, flag's and argument's help, and the
/// placeholders of their values (`--period <period>`, `--period <kỳ>`).
///
/// ArgumentParser's own words around them (headings, "(values: …)", its errors) are
/// ``ParserText``.
public enum HelpText: Hashable, Sendable {
    /// The line under OVERVIEW (and beside the command in the list of subcommands).
    case abstract(HelpCommand)
    /// The paragraphs after it, with the examples.
    case discussion(HelpCommand)
    /// The root command's usage lines.
    case rootUsage
    /// The help of an option, a flag or an argument.
    case option(HelpOption)
    /// A placeholder for a value: the `period` of `--period <period>`.
    case value(HelpValue)

    /// Every text of the help, for tests that read them all.
    public static var all: [HelpText] {
        HelpCommand.allCases.flatMap { [.abstract($0), .discussion($0)] } + [.rootUsage]
            + HelpOption.allCases.map(HelpText.option) + HelpValue.allCases.map(HelpText.value)
    }
}

/// The commands, for their help.
public enum HelpCommand: String, CaseIterable, Hashable, Sendable {
    case parlens, info, check, metrics, units, periods, rank, trend, compare, correlate, summary, target, chart, run,
        repl, dossiers, dossiersSummarise
}

/// The options, flags and arguments whose help is shown; several commands share some.
public enum HelpOption: CaseIterable, Hashable, Sendable {
    // Data (every command that loads data).
    case data, dataDefault, decimal, wideMetric, sheet, sheetDefault, excludeErrors
    // Output (every analysis).
    case format, lang, width, ascii, locale, findings, noColor, maxRows, output
    // The peer group.
    case level, parent, tier
    // `metrics`, `units`, `periods`.
    case listLang
    // Shared by several commands.
    case metricID, onlyUnit, onePeriod
    // `check`.
    case checkLimit
    // `rank`.
    case rankMetric, rankPeriod, rankVs, rankTop, rankChart, rankAllowMixed
    // `trend`.
    case trendMetric, trendUnit, trendAll, trendFrom, trendTo, trendChart, trendBasis
    // `compare`.
    case compareMetric, compareFrom, compareTo, compareVs, compareChart, compareAllowMixed, compareBasis, compareWeight
    // `correlate`.
    case firstMetric, secondMetric
    // `target`.
    case targetValue, targetBy, targetComparator
    // `chart`.
    case chartKind, chartUnit, chartPeriod, chartVs, chartFrom, chartTo, chartTarget, chartHighlight, chartTop, chartFit
    // `run`.
    case notebook, param, runData, sessionMetric, runOutput, runFormat, runCheck, runLang, allow
    // `repl`.
    case replData, commands, keepGoing
    // `dossiers summarise`.
    case dossierLogs, dossierBy, dossierPeriod, dossierWindowStart
}

/// The placeholders of values in the help and the usage lines.
public enum HelpValue: CaseIterable, Hashable, Sendable {
    case period, name, n, path, id, targetValue, comparator, file, format, nameValue, expected, previousOrLastYear,
        commands, metric, kind, first, second, notebook, decimal, lang, locale, level, tier, fit, limit, basis, log,
        grouping, day
}
