extension English {
    static func text(_ fact: Fact) -> String {
        switch fact {
        case .observationCounts(let total, let withCounts, let rankOnly):
            "\(total) (\(withCounts) with counts, \(rankOnly) rank only)"
        case .metricCounts(let total, let notInCatalog):
            "\(total) (\(notInCatalog) not in catalog)"
        case .corroborated(let count):
            "\(count) figures given by more than one row (`check` lists those that disagree)"
        case .crosswalk(let entries, let provinces, let effective):
            "\(entries) → \(provinces) provinces, effective \(effective.map(date).joined(separator: ", "))"
        case .crosswalkOfLevel(let entries, let units, let level, let effective):
            "\(entries) → \(units) \(plural(level)), effective \(effective.map(date).joined(separator: ", "))"
        case .notInCatalog:
            "* not in catalog: read as plain numbers; define it in metrics.csv"
        case .warningsByCode(let count, let codes):
            "Warnings: \(count) — \(codes.joined(separator: ", ")) (`parlens check` shows them)"
        case .checkSummary(let errors, let warnings, let files):
            "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")."
        case .moreProblems(let count):
            "… \(count) more (--limit 0 shows all)"
        case .noProblems:
            "No problems found."
        case .moreDiagnostics(let count):
            "… and \(count) more (run `parlens check --format json` for the full list)"
        case .diagnosticCounts(let errors, let warnings):
            "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        case .dataHasErrors:
            "parlens: the data has errors; `parlens check` lists everything it finds"
        case .cannotWriteOutput(let reason): "parlens: cannot write the output: \(reason)"
        case .figuresWithErrors(let metric, let count):
            "parlens: \(count) figure\(count == 1 ? "" : "s") of \(metric) \(count == 1 ? "has a data error" : "have data errors") (above); nothing was computed\n"
                + "  hint: correct the data, or pass --exclude-errors to leave those rows out and say so"
        case .figuresLeftOut(let metric, let count):
            "parlens: left out \(count) figure\(count == 1 ? "" : "s") of \(metric) with data errors (--exclude-errors):"
        }
    }
}
