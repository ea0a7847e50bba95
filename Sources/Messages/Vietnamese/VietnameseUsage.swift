extension Vietnamese {
    static func text(_ usage: Usage) -> String {
        switch usage {
        case .analysis(let error): text(error)
        case .infoFormats:
            // vi: untranslated (issue 15)
            "info writes table, markdown or json"
        case .infoHasNoCSV:
            // vi: untranslated (issue 15)
            "info has no CSV form"
        case .noSuchPath(let path):
            // vi: untranslated (issue 15)
            "no such file or folder: \(path)"
        case .noDefaultData:
            // vi: untranslated (issue 15)
            "no data to load: there is no ./datasets folder and PARLENS_DATA is not set"
        case .refusingToOverwrite(let path):
            // vi: untranslated (issue 15)
            "refusing to write over an input file: \(path)"
        case .cannotWrite(let path, let reason):
            // vi: untranslated (issue 15)
            "cannot write \(path): \(reason)"
        case .fromOrVs:
            // vi: untranslated (issue 15)
            "give either --from PERIOD or --vs previous|last-year"
        case .vsTakes(let word):
            // vi: untranslated (issue 15)
            "--vs takes previous or last-year, not '\(word)'"
        case .unitOrAll:
            // vi: untranslated (issue 15)
            "give either --unit NAME or --all"
        case .valueWithBy:
            // vi: untranslated (issue 15)
            "--value and --by go together"
        case .lineChartNeedsUnit:
            // vi: untranslated (issue 15)
            "a line chart needs --unit NAME (repeatable)"
        case .barChartNeedsPeriod:
            // vi: untranslated (issue 15)
            "a bar chart needs --period P"
        case .bumpChartNeedsPeriods:
            // vi: untranslated (issue 15)
            "a bump chart needs --from P0 --to P1"
        case .dotChartNeedsPeriod:
            // vi: untranslated (issue 15)
            "a dot chart needs --period P"
        case .commandsNeeded:
            // vi: untranslated (issue 15)
            "-c needs the commands to run, e.g. -c \"info; check\""
        case .noInput:
            // vi: untranslated (issue 15)
            "no input to read commands from"
        case .unterminatedQuote(let quote):
            // vi: untranslated (issue 15)
            "unterminated \(quote == "'" ? "single" : "double") quote"
        case .showTakesSettings:
            // vi: untranslated (issue 15)
            "show takes one word: settings"
        case .loadTakesPaths:
            // vi: untranslated (issue 15)
            "load takes one or more files or folders"
        case .unloadTakesName:
            // vi: untranslated (issue 15)
            "unload takes the name of a loaded file or folder"
        case .notLoaded(let name):
            // vi: untranslated (issue 15)
            "'\(name)' is not loaded"
        case .setTakesNameAndValue:
            // vi: untranslated (issue 15)
            "set takes a name and a value, e.g. set format markdown"
        case .formatIsOneOf(let formats):
            // vi: untranslated (issue 15)
            "format is one of \(formats.joined(separator: ", "))"
        case .langIsViOrEn:
            // vi: untranslated (issue 15)
            "lang is vi or en"
        case .localeIsViOrEn:
            // vi: untranslated (issue 15)
            "locale is vi or en"
        case .widthIsColumns:
            // vi: untranslated (issue 15)
            "width is a number of columns, at least 20"
        case .isOnOrOff(let key):
            // vi: untranslated (issue 15)
            "\(key) is on or off"
        case .decimalIsCommaOrPoint:
            // vi: untranslated (issue 15)
            "decimal is comma or point"
        case .noSetting(let key):
            // vi: untranslated (issue 15)
            "no setting '\(key)'"
        case .noDataLoaded:
            // vi: untranslated (issue 15)
            "no data loaded"
        case .notALevel(let word):
            // vi: untranslated (issue 15)
            "'\(word)' is not a level"
        case .unitsTakes:
            // vi: untranslated (issue 15)
            "units takes --level L and --parent P"
        case .cannotReadNotebook(let path):
            // vi: untranslated (issue 15)
            "cannot read the notebook \(path)"
        case .paramTakesNameValue(let text):
            // vi: untranslated (issue 15)
            "--param takes NAME=VALUE, got '\(text)'"
        case .cannotRead(let path):
            // vi: untranslated (issue 15)
            "cannot read \(path)"
        case .unclosedParameter(let path, let line):
            // vi: untranslated (issue 15)
            "\(path):\(line): '${' without a closing '}'"
        case .undefinedParameter(let path, let line, let name):
            // vi: untranslated (issue 15)
            "\(path):\(line): undefined parameter ${\(name)}"
        case .cannotLoadNotebookData(let said):
            // vi: untranslated (issue 15)
            "cannot load the notebook's data: \(said)"
        case .notebookCommandFailed(let path):
            // vi: untranslated (issue 15)
            "\(path): a command in the notebook failed (see the report)"
        case .typeMoreOfTheName:
            // vi: untranslated (issue 15)
            "add --level or --parent, or type more of the name"
        case .howNamesMatch:
            // vi: untranslated (issue 15)
            "names are matched without accents and without 'tỉnh', 'huyện', …"
        case .infoListsMetrics:
            // vi: untranslated (issue 15)
            "`parlens info` lists the metrics in the data"
        case .howPeriodsAreWritten:
            // vi: untranslated (issue 15)
            "periods are written 2024, 2024-H1, 2024-Q3, 2024-09, 9 tháng 2024, …"
        case .checkSelection:
            // vi: untranslated (issue 15)
            "check --level, --parent and --tier, or `parlens info`"
        case .infoOtherFormats:
            // vi: untranslated (issue 15)
            "use --format table, markdown, html or json"
        case .dataTakesPaths:
            // vi: untranslated (issue 15)
            "--data takes a CSV file or a folder of them"
        case .loadTakesCSV:
            // vi: untranslated (issue 15)
            "load takes a CSV file or a folder of them"
        case .passData:
            // vi: untranslated (issue 15)
            "pass --data PATH (a CSV file or a folder)"
        case .chooseAnotherOutput:
            // vi: untranslated (issue 15)
            "choose another name for -o"
        case .checkFolder:
            // vi: untranslated (issue 15)
            "check that the folder exists and is writable"
        case .nothingLoaded:
            // vi: untranslated (issue 15)
            "nothing is loaded with `load`"
        case .loaded(let names):
            // vi: untranslated (issue 15)
            "loaded: \(names.joined(separator: ", "))"
        case .settingNames(let names):
            // vi: untranslated (issue 15)
            "names: \(names.joined(separator: ", "))"
        case .settingsList(let names):
            // vi: untranslated (issue 15)
            "settings: \(names.joined(separator: ", "))"
        case .loadPath:
            // vi: untranslated (issue 15)
            "load PATH"
        case .giveMarkdownPath:
            // vi: untranslated (issue 15)
            "give the path of a Markdown file"
        case .recordFirst(let notebook, let expected):
            // vi: untranslated (issue 15)
            "record it first: parlens run \(notebook) -o \(expected)"
        case .writeParameter:
            // vi: untranslated (issue 15)
            "write ${NAME}"
        case .declareParameter(let name):
            // vi: untranslated (issue 15)
            "declare it in the front matter (params:) or pass --param \(name)=VALUE"
        case .knownParameters(let names, let name):
            // vi: untranslated (issue 15)
            "known: \(names.joined(separator: ", ")); or pass --param \(name)=VALUE"
        }
    }
}
