extension English {
    static func discussion(_ command: HelpCommand) -> String {
        switch command {
        case .parlens:
            """
            Each command has its own options and examples: parlens help rank, or parlens rank --help.

            Data: --data PATH (file or folder, repeatable); default ./datasets, else $PARLENS_DATA. \
            A wide file without a 'metric' column needs --metric ID.

            Session: parlens with no arguments on a terminal (or parlens repl) opens an interactive \
            session that keeps its data and settings: every line is a command below without the \
            word parlens, plus load, set, show settings, history, help and quit; Tab completes, \
            arrows recall history. parlens -c "load x.csv; rank par_index --period 2024" runs such \
            lines without a prompt and stops at the first error (exit 1) unless --keep-going; lines \
            piped into parlens run the same way. parlens run NOTEBOOK.md runs a notebook's \
            ```parlens blocks.

            Exit codes: 0 ok, 1 data error, 2 usage error.
            """
        case .info:
            """
            Examples:
              parlens info
              parlens info --data datasets/seed_figures.csv --lang vi
              parlens info --format json
            """
        case .check:
            """
            Exit status 1 when there are errors (load errors included), 0 otherwise.

            Examples:
              parlens check
              parlens check --format text --data datasets/seed_figures.csv
              parlens check --limit 20 --lang vi
            """
        case .metrics:
            """
            One line per metric id (the name a command takes), with how many figures the data
            gives and the metric's name in --lang.

            Examples:
              parlens metrics
              parlens metrics --data datasets/seed_figures.csv --lang vi
            """
        case .units:
            """
            One line per unit, "name (level, parent)", in the order the data gives them. Names
            match without accents or an administrative prefix, as in the analyses.

            Examples:
              parlens units --level province
              parlens units --level department --parent "Hòa Bình"
            """
        case .periods:
            """
            Periods in their canonical form (2022, 2022-H1, 2023-Q3, 2022-9M, …), the form every
            command accepts besides the Vietnamese ones ("6 tháng đầu năm 2022").

            Examples:
              parlens periods
              parlens periods --data datasets/seed_figures.csv
            """
        case .rank:
            """
            rank is the competition rank (1, 2, 2, 4) in the metric's better direction among the \
            units with a value; rank change = earlier rank − rank (positive = moved up). Rank \
            correlations compare the values of the units present in both periods.

            Examples:
              parlens rank par_index --period 2024 --vs previous --level province
              parlens rank par_index --period 2024 --vs 2022 --parent "Hòa Bình" --top 6
              parlens rank sipas --period 2023 --level province --chart --lang vi
            """
        case .trend:
            """
            With --unit: one unit's series, the tests and a forecast of the next period. \
            With --all: one row per unit of the peer group, sorted by Sen's slope, with \
            Holm-adjusted Mann–Kendall p-values; rising/falling means adjusted p < 0.05. \
            x is the start of each period in years, so gaps stay gaps.

            Examples:
              parlens trend pci --unit "Đồng Nai" --chart
              parlens trend par_index --unit "Cả nước" --from 2015
              parlens trend pci --all --level province
            """
        case .compare:
            """
            change = to − from (percentage points for percent metrics). Paired t-test and \
            Wilcoxon signed-rank over the units present in both periods. Rates given with counts \
            also get Wilson intervals, a Newcombe interval of the difference and a two-proportion \
            z-test per unit (Holm-adjusted over the rows). Across a reorganisation (the 2025 \
            merger) each unit it touched is stated; --basis sets new units against their old ones.

            Examples:
              parlens compare online_filing_rate --from 2022 --to 2023 --unit "Tháp Mười"
              parlens compare par_index --from 2022 --to 2024 --parent "Hòa Bình"
              parlens compare par_index_rank --to 2022 --vs previous --unit "Tháp Mười"
            """
        case .correlate:
            """
            The units that have both metrics in the period are compared; the others are listed.

            Examples:
              parlens correlate par_index sipas --period 2023 --level province
              parlens correlate par_index sipas --period 2023 --level province --format json
            """
        case .summary:
            """
            Quartiles are type 7 (numpy's default). Outliers lie more than 3 × 1.4826 × MAD from the median.

            Examples:
              parlens summary par_index --period 2024 --parent "Hòa Bình"
              parlens summary pci --period 2016 --level province --lang vi
            """
        case .target:
            text(Finding.targetRule) + """


                Examples:
                  parlens target friendly_government_commune_share
                  parlens target par_index --value 90 --by 2026 --unit "Cả nước"
                  parlens target on_time_rate --value 99 --by 2025 --unit "Đam Rông" --lang vi
                """
        case .chart:
            """
            line METRIC --unit U [--unit U2 …] [--target V]   series over time (gaps stay gaps);
                 one unit with --fit ols|sen adds the fitted line and the OLS forecast
            bar  METRIC --period P [--vs P0] [--highlight U]   values, or changes against P0
            bump METRIC --from P0 --to P1                       ranks across the periods between
            heat METRIC [--from P0] [--to P1]                   every unit × period, shaded
            dots METRIC --period P [--target V]                 values with Wilson intervals for rates with counts

            Examples:
              parlens chart line pci --unit "Đồng Nai" --unit "Bình Dương"
              parlens chart line pci --unit "Đồng Nai" --fit sen
              parlens chart bar par_index --period 2024 --vs 2022 --parent "Hòa Bình"
              parlens chart heat par_index --level province --top 20
            """
        case .run:
            """
            The output is the same document with each block's output placed after it (Markdown), \
            or an HTML report (-o FILE.html). Output is deterministic: width 100 unless set, no \
            colour, no timestamps. --check EXPECTED.md re-runs and compares with a saved \
            rendering: exit 1 on any difference, with a diff. A command's data error (exit 1, e.g. \
            `check` finding errors) is shown in the report; a usage error (a bad command) makes \
            the run fail with exit 2. See notebooks-cli/README.md.

            Examples:
              parlens run notebooks-cli/annual-review.md --format text
              parlens run notebooks-cli/annual-review.md --param year=2023 -o review.html
              parlens run notebooks-cli/data-quality.md --check expected.md
            """
        case .dossiers:
            """
            A log given with --data to any command is summarised the same way, over every month, \
            quarter, half, 9 months and year it covers.

            Examples:
              parlens dossiers summarise datasets/synthetic/dam_rong_2022_h1_dossiers.csv
              parlens dossiers summarise LOG.csv --by unit --period 6m -o panel.csv
            """
        case .dossiersSummarise:
            """
            Per unit (and tier) and period: dossiers_received (carried over + new), \
            dossiers_carried_over, dossiers_online, dossiers_resolved, dossiers_early, dossiers_on_time \
            (early + on the due day), dossiers_late, dossiers_ineligible, dossiers_pending, \
            dossiers_pending_overdue; on_time_rate = on time / resolved (provincial reports), \
            on_time_rate_766 = (on time + pending within due) / (resolved + pending) (QĐ 766), \
            online_filing_rate = online / received, late_rate = late / resolved. A period is written only \
            when the log covers all its months. Bad records (missing values, unreadable dates, unknown \
            tiers or channels, returned or due before received, repeated ids) are left out and counted \
            on stderr, the first 10 of each kind with their place. The definitions: README, 'Dossier logs'.

            Examples:
              parlens dossiers summarise datasets/synthetic/dam_rong_2022_h1_dossiers.csv
              parlens dossiers summarise LOG.csv --by unit --period 6m -o panel.csv
              parlens dossiers summarise LOG.csv --period 6m --window-start 15
            """
        case .repl:
            // The session's `help`, narrowed to the help's 80 columns.
            """
            Session commands:
              load PATH… [--metric ID]   add CSV files or folders to the session's data
                                         (--metric: the metric of wide files without a
                                         metric column, as set metric)
              unload NAME                remove a loaded file or folder
              set NAME VALUE             for every later command: format, lang, locale,
                                         width, chart, decimal, ascii, metric
              show settings              what is loaded and set
              metrics | units | periods  what the data holds (help units for the options)
              history                    the lines of this session
              help [COMMAND]             this, or a command's options
              quit | exit | Ctrl-D
            Any other line is a parlens command without the word parlens, e.g.
              rank par_index --period 2024 --vs 2023 --level province

            Examples:
              parlens repl
              parlens repl --data datasets/seed_figures.csv
              parlens repl --data my-wide-table.csv --metric par_index
              parlens -c "rank par_index --period 2024 --top 5" --data datasets
            """
        }
    }
}
