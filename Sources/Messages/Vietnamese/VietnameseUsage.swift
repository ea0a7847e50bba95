extension Vietnamese {
    static func text(_ usage: Usage) -> String {
        switch usage {
        case .lineChartNeedsUnit: "a line chart needs --unit NAME (repeatable)"  // vi: untranslated (issue 15)
        case .barChartNeedsPeriod: "a bar chart needs --period P"  // vi: untranslated (issue 15)
        case .bumpChartNeedsPeriods: "a bump chart needs --from P0 --to P1"  // vi: untranslated (issue 15)
        case .dotChartNeedsPeriod: "a dot chart needs --period P"  // vi: untranslated (issue 15)
        case .typeMoreOfTheName: "add --level or --parent, or type more of the name"  // vi: untranslated (issue 15)
        case .howNamesMatch:
            // vi: untranslated (issue 15)
            "names are matched without accents and without 'tỉnh', 'huyện', …"
        case .infoListsMetrics: "`parlens info` lists the metrics in the data"  // vi: untranslated (issue 15)
        case .howPeriodsAreWritten:
            // vi: untranslated (issue 15)
            "periods are written 2024, 2024-H1, 2024-Q3, 2024-09, 9 tháng 2024, …"
        case .checkSelection: "check --level, --parent and --tier, or `parlens info`"  // vi: untranslated (issue 15)
        }
    }
}
