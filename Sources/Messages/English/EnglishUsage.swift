extension English {
    static func text(_ usage: Usage) -> String {
        switch usage {
        case .analysis(let error): text(error)
        case .infoFormats: "info writes table, markdown or json"
        case .infoHasNoCSV: "info has no CSV form"
        case .workbookNeedsFile(let inSession):
            inSession
                ? "--format xlsx writes a binary workbook, and a session's output is text: give -o FILE.xlsx"
                : "--format xlsx writes a binary workbook, which a terminal cannot show: give -o FILE.xlsx (or redirect the output to a file: > FILE.xlsx)"
        case .chartHasNoWorkbook:
            "a chart is a picture with no table for a workbook: rank, trend, compare and summary write its figures with --format xlsx"
        case .nothingForWorkbook: "nothing to put in the workbook: no command wrote a table"
        case .noSuchPath(let path): "no such file or folder: \(path)"
        case .standardInputHoldsCommands:
            "--data - reads standard input, which holds this session's commands here"
        case .standardInputIsTerminal: "--data - reads standard input, which is a terminal here, not data"
        case .standardInputTwice: "--data - is given twice: standard input can be read once"
        case .standardInputUnusable(let limit?): "standard input holds more than \(limit): too much to read as data"
        case .standardInputUnusable(nil): "standard input could not be read"
        case .noDefaultData: "no data to load: there is no ./datasets folder and PARLENS_DATA is not set"
        case .windowStartOutOfRange(let day):
            "--window-start takes a day of the month from 1 to 28 (15: the 15th to the 14th), not \(day)"
        case .dossiersFormats: "dossiers summarise writes csv (the default), table, markdown or html"
        case .notADossierLog(let path):
            "not a dossier log: \(path) (its header needs a dossier id, a unit, a date received and a due date, e.g. Mã hồ sơ, Đơn vị tiếp nhận, Ngày tiếp nhận, Hạn xử lý)"
        case .refusingToOverwrite(let path): "refusing to write over an input file: \(path)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .fromOrVs: "give either --from PERIOD or --vs previous|last-year"
        case .vsTakes(let word): "--vs takes previous or last-year (kỳ-trước, cùng-kỳ), not '\(word)'"
        case .weightNeedsNewBasis: "--weight reconstructs on the new boundary: give it with --basis new or --basis both"
        case .trendBasisIsNewWithUnit:
            "trend --basis takes new, with --unit: the series of a new unit on its new boundary"
        case .unitOrAll: "give either --unit NAME or --all"
        case .valueWithBy: "--value and --by go together"
        case .lineChartNeedsUnit: "a line chart needs --unit NAME (repeatable)"
        case .barChartNeedsPeriod: "a bar chart needs --period P"
        case .bumpChartNeedsPeriods: "a bump chart needs --from P0 --to P1"
        case .dotChartNeedsPeriod: "a dot chart needs --period P"
        case .commandsNeeded: "-c needs the commands to run, e.g. -c \"info; check\""
        case .noInput: "no input to read commands from"
        case .unterminatedQuote(let quote): "unterminated \(quote == "'" ? "single" : "double") quote"
        case .showTakesSettings: "show takes one word: settings"
        case .loadTakesPaths: "load takes one or more files or folders"
        case .metricTakesID: "--metric takes a metric id, e.g. load wide.csv --metric par_index"
        case .unloadTakesName: "unload takes the name of a loaded file or folder"
        case .notLoaded(let name): "'\(name)' is not loaded"
        case .setTakesNameAndValue: "set takes a name and a value, e.g. set format markdown"
        case .formatIsOneOf(let formats): "format is one of \(formats.joined(separator: ", "))"
        case .langIsViOrEn: "lang is vi or en"
        case .localeIsViOrEn: "locale is vi or en"
        case .widthIsColumns: "width is a number of columns, at least 20"
        case .isOnOrOff(let key): "\(key) is on or off"
        case .decimalIsCommaOrPoint: "decimal is comma or point"
        case .noSetting(let key): "no setting '\(key)'"
        case .cannotReadNotebook(let path): "cannot read the notebook \(path)"
        case .parameterNotAToken(let name, let value):
            "the parameter \(name) = '\(value)' holds ';', a quote, a backslash or a line break: a parameter is one value in a command, never command text"
        case .refusingToReplaceNonFile(let path): "refusing to write over \(path): it is not a regular file"
        case .notebookRunsItself(let path): "the notebook \(path) is already running: a notebook cannot run itself"
        case .noSuchDataEntry(let path, let index, let count):
            "PARLENS_DATA entry \(index) of \(count), \(path), names no file or folder"
        case .outsideNotebook(let path, let notebook):
            "\(path) is outside what the notebook \(notebook) may read or write (its folder, the data given to run, the -o file)"
        case .notebooksNestTooDeep(let depth): "notebooks run notebooks more than \(depth) deep; nothing more is run"
        case .paramTakesNameValue(let text): "--param takes NAME=VALUE, got '\(text)'"
        case .undeclaredParameter(let notebook, let name): "\(notebook) has no parameter '\(name)'"
        case .cannotRead(let path): "cannot read \(path)"
        case .unclosedParameter(let path, let line): "\(path):\(line): '${' without a closing '}'"
        case .undefinedParameter(let path, let line, let name): "\(path):\(line): undefined parameter ${\(name)}"
        case .langIsViOrEnAt(let path, let line, let value):
            "\(path):\(line): lang takes vi or en, not '\(value)'"
        case .echoIsTrueOrFalse(let path, let line, let value):
            "\(path):\(line): echo takes true or false, not '\(value)'"
        case .cannotLoadNotebookData(let said): "cannot load the notebook's data: \(said)"
        case .notebookCommandFailed(let path): "\(path): a command in the notebook failed (see the report)"
        case .typeMoreOfTheName: "add --level or --parent, or type more of the name"
        case .howNamesMatch: "names are matched without accents and without 'tỉnh', 'huyện', …"
        case .infoListsUnits: "`parlens units --level L` lists the units and their parents"
        case .metricLacksPeriod:
            "the period is read; this metric has no figures for it (other metrics may): `parlens info` lists each metric's periods"
        case .infoListsMetrics: "`parlens info` lists the metrics in the data"
        case .howPeriodsAreWritten: "periods are written 2024, 2024-H1, 2024-Q3, 2024-09, 9 tháng 2024, …"
        case .checkSelection: "check --level, --parent and --tier, or `parlens info`"
        case .compareLikeWithLike(let reversed, let mixedKinds):
            [
                reversed ? "put the earlier period first (--from in compare and trend, --vs in rank)" : nil,
                mixedKinds
                    ? "compare like with like: a quarter with a quarter, 9 months with the same 9 months of another year (--vs last-year); --allow-mixed-periods compares them anyway"
                    : nil,
            ].compactMap { $0 }.joined(separator: "; ")
        case .infoOtherFormats: "use --format table, markdown, html or json"
        case .dataTakesPaths: "--data takes a CSV file, an Excel workbook (.xlsx) or a folder of them"
        case .pipeOrSaveData:
            "pipe a file in (parlens info --data - < figures.csv), or give the file itself: --data figures.csv"
        case .loadTakesCSV: "load takes a CSV file, an Excel workbook (.xlsx) or a folder of them"
        case .passData: "pass --data PATH (a CSV file, an .xlsx workbook or a folder)"
        case .chooseAnotherOutput: "choose another name for -o"
        case .dataVariableHoldsPaths:
            "PARLENS_DATA holds data paths separated by ':': fix or remove the entry, or pass --data PATH"
        case .allowPath: "to let the notebook use it, run it with --allow PATH"
        case .checkFolder: "check that the folder exists and is writable"
        case .nothingLoaded: "nothing is loaded with `load`"
        case .loaded(let names): "loaded: \(names.joined(separator: ", "))"
        case .settingNames(let names): "names: \(names.joined(separator: ", "))"
        case .settingsList(let names): "settings: \(names.joined(separator: ", "))"
        case .giveMarkdownPath: "give the path of a Markdown file"
        case .recordFirst(let notebook, let expected): "record it first: parlens run \(notebook) -o \(expected)"
        case .writeParameter: "write ${NAME}"
        case .declareParameter(let name): "declare it in the front matter (params:) or pass --param \(name)=VALUE"
        case .knownParameters(let names, let name):
            "known: \(names.joined(separator: ", ")); or pass --param \(name)=VALUE"
        case .declaredParameters(let names):
            names.isEmpty
                ? "it declares none; parameters are declared in the front matter, under params:"
                : "its parameters: \(names.joined(separator: ", "))"
        }
    }
}
