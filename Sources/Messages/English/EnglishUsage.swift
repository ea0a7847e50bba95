extension English {
    static func text(_ usage: Usage) -> String {
        switch usage {
        case .lineChartNeedsUnit: "a line chart needs --unit NAME (repeatable)"
        case .barChartNeedsPeriod: "a bar chart needs --period P"
        case .bumpChartNeedsPeriods: "a bump chart needs --from P0 --to P1"
        case .dotChartNeedsPeriod: "a dot chart needs --period P"
        case .typeMoreOfTheName: "add --level or --parent, or type more of the name"
        case .howNamesMatch: "names are matched without accents and without 'tỉnh', 'huyện', …"
        case .infoListsMetrics: "`parlens info` lists the metrics in the data"
        case .howPeriodsAreWritten: "periods are written 2024, 2024-H1, 2024-Q3, 2024-09, 9 tháng 2024, …"
        case .checkSelection: "check --level, --parent and --tier, or `parlens info`"
        }
    }
}
