extension English {
    static func text(_ help: HelpText) -> String {
        switch help {
        case .abstract(let command): abstract(command)
        case .discussion(let command): discussion(command)
        case .rootUsage:
            """
            parlens <command> [<options>]
            parlens help <command>
            parlens [repl] [--data <path> …] [--metric <id>]
            parlens -c "<commands>" [--data <path> …] [--metric <id>] [--keep-going]
            """
        case .option(let option): text(option)
        case .value(let value): text(value)
        }
    }

    static func abstract(_ command: HelpCommand) -> String {
        switch command {
        case .parlens: "Review administrative-reform indices: load, check, rank, compare, test trends."
        case .info: "What the data holds: observations, units by level, periods, metrics, files, warnings."
        case .check: "The consistency report: ranges, rates vs counts, totals, ranks vs scores, conflicts, gaps."
        case .metrics: "The metrics the data holds: id, number of figures, name."
        case .units: "The units the data holds, with their level and parent."
        case .periods: "The periods the data holds, in time order."
        case .rank: "The ranking of a period, with rank changes against an earlier one."
        case .trend: "Is a unit's trend real? OLS, Mann–Kendall and Sen's slope on its series."
        case .compare: "A period against another, unit by unit, with paired tests."
        case .correlate: "Do two metrics agree across units? Pearson, Spearman and Kendall in one period."
        case .summary: "The distribution across units in one period: n, mean, sd, quartiles, extremes, outliers."
        case .target: "Will a target be met? Latest value, gap, trend projection and a verdict."
        case .chart:
            "Terminal charts: line, bar, bump (who moved), heat (units × periods), dots (values with intervals)."
        case .run: "Run a notebook: a Markdown file whose ```parlens blocks are executed in one session."
        case .repl: "Open the interactive session (also: `parlens` with no arguments on a terminal)."
        case .dossiers:
            "Dossier logs (one row per dossier): summarise them into counts and rates per unit, tier and period."
        case .dossiersSummarise:
            "The tidy panel of one or more dossier logs: counts and rates with their numerators and denominators."
        }
    }

    static func text(_ value: HelpValue) -> String {
        switch value {
        case .period: "period"
        case .name: "name"
        case .n: "n"
        case .path: "path"
        case .id: "id"
        case .targetValue: "v"
        case .comparator: "op"
        case .file: "file"
        case .format: "format"
        case .nameValue: "name=value"
        case .expected: "expected.md"
        case .basis: "new|old|both"
        case .log: "log"
        case .grouping: "unit,tier"
        case .day: "day"
        case .previousOrLastYear: "previous|last-year"
        case .commands: "commands"
        case .metric: "metric"
        case .kind: "kind"
        case .first: "first"
        case .second: "second"
        case .notebook: "notebook"
        case .decimal: "decimal"
        case .lang: "lang"
        case .locale: "locale"
        case .level: "level"
        case .tier: "tier"
        case .fit: "fit"
        case .limit: "limit"
        }
    }
}
