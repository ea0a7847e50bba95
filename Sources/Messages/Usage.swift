import Analysis

/// What a user typed that parlens cannot run, and hints at what to type instead.
public enum Usage: Hashable, Sendable {
    /// A metric, unit or period the data does not have, or an empty selection.
    case analysis(AnalysisError)

    // Options of the commands.
    /// `info --format text`.
    case infoFormats
    /// `info --format csv`.
    case infoHasNoCSV
    /// `--format xlsx` with neither `-o` nor a standard output that is a file or a pipe; in a
    /// session (or a notebook), whose output is text, `-o` alone will do.
    case workbookNeedsFile(inSession: Bool)
    /// `chart --format xlsx`: a chart has no table.
    case chartHasNoWorkbook
    /// A workbook asked of commands (or a notebook) that wrote no table.
    case nothingForWorkbook
    /// `--data` or `load` names nothing.
    case noSuchPath(String)
    /// No `--data`, no ./datasets, no `PARLENS_DATA`.
    case noDefaultData
    /// `--data -` in a session, whose standard input holds its commands.
    case standardInputHoldsCommands
    /// `--data -` with a terminal as standard input.
    case standardInputIsTerminal
    /// `--data -` given twice.
    case standardInputTwice
    /// Standard input larger than `limit` (formatted), or unreadable (`limit` nil).
    case standardInputUnusable(limit: String?)
    /// `dossiers summarise --window-start` outside 1…28.
    case windowStartOutOfRange(Int)
    /// `dossiers summarise --format json` or `text`.
    case dossiersFormats
    /// `dossiers summarise` given a file that is not a dossier log.
    case notADossierLog(String)
    /// `-o` names an input.
    case refusingToOverwrite(String)
    /// A file could not be written; `reason` is the system's.
    case cannotWrite(String, reason: String)
    /// `compare` with both or neither of `--from` and `--vs`.
    case fromOrVs
    /// `compare --vs` with another word.
    case vsTakes(String)
    /// `compare --weight` without `--basis new` or `both`.
    case weightNeedsNewBasis
    /// `trend --basis` other than `new`, or without `--unit`.
    case trendBasisIsNewWithUnit
    /// `trend` with both or neither of `--unit` and `--all`.
    case unitOrAll
    /// `target` with only one of `--value` and `--by`.
    case valueWithBy
    /// `chart line` without `--unit`.
    case lineChartNeedsUnit
    /// `chart bar` without `--period`.
    case barChartNeedsPeriod
    /// `chart bump` without `--from` and `--to`.
    case bumpChartNeedsPeriods
    /// `chart dots` without `--period`.
    case dotChartNeedsPeriod

    // Sessions.
    /// `-c` without commands.
    case commandsNeeded
    /// A session with nothing to read lines from.
    case noInput
    /// A line with an unclosed quote (`'` or `"`).
    case unterminatedQuote(Character)
    /// `show` with another word.
    case showTakesSettings
    /// `load` alone.
    case loadTakesPaths
    /// `load … --metric` without the metric.
    case metricTakesID
    /// `unload` alone.
    case unloadTakesName
    /// `unload` of something not loaded.
    case notLoaded(String)
    /// `set` without a name and a value.
    case setTakesNameAndValue
    /// `set format` with another word; the formats.
    case formatIsOneOf([String])
    /// `set lang` with another word.
    case langIsViOrEn
    /// `set locale` with another word.
    case localeIsViOrEn
    /// `set width` below 20 or not a number.
    case widthIsColumns
    /// `set chart` or `set ascii` with another word.
    case isOnOrOff(String)
    /// `set decimal` with another word.
    case decimalIsCommaOrPoint
    /// `set` of an unknown setting.
    case noSetting(String)

    // Notebooks.
    /// A notebook that cannot be read.
    case cannotReadNotebook(String)
    /// A parameter value that would be more than one token of a command.
    case parameterNotAToken(name: String, value: String)
    /// `-o` names something that is not a regular file (a device, a folder).
    case refusingToReplaceNonFile(String)
    /// `run` of a notebook that is already running (it runs itself, directly or not).
    case notebookRunsItself(String)
    /// An entry of `PARLENS_DATA` (1-based, of `count`) that names nothing.
    case noSuchDataEntry(path: String, index: Int, count: Int)
    /// A notebook's command names a path outside the notebook's folder, its data and its `-o`.
    case outsideNotebook(path: String, notebook: String)
    /// `run` nested deeper than allowed.
    case notebooksNestTooDeep(Int)
    /// `--param` without `=`.
    case paramTakesNameValue(String)
    /// `--param NAME=…` for a name the notebook's front matter does not declare.
    case undeclaredParameter(notebook: String, name: String)
    /// A file that cannot be read.
    case cannotRead(String)
    /// `${` without `}` at a notebook's line.
    case unclosedParameter(path: String, line: Int)
    /// A notebook's front matter `echo:` that is neither true nor false.
    case echoIsTrueOrFalse(path: String, line: Int, value: String)
    /// A notebook's front matter `lang:` that is neither `vi` nor `en`.
    case langIsViOrEnAt(path: String, line: Int, value: String)
    /// `${NAME}` with no such parameter at a notebook's line.
    case undefinedParameter(path: String, line: Int, name: String)
    /// A notebook's `--data` that did not load; what the loader said.
    case cannotLoadNotebookData(String)
    /// A notebook one of whose commands failed.
    case notebookCommandFailed(String)

    // Hints.
    /// After an ambiguous unit name.
    case typeMoreOfTheName
    /// After a unit name that matches nothing.
    case howNamesMatch
    /// After a parent that no unit has.
    case infoListsUnits
    /// After a period that is read but that the metric has no figures for.
    case metricLacksPeriod
    /// After an unknown metric.
    case infoListsMetrics
    /// After a period that cannot be used.
    case howPeriodsAreWritten
    /// After a selection with nothing in it.
    case checkSelection
    /// After two periods that cannot be compared: in the wrong order, of different kinds, or both.
    case compareLikeWithLike(reversed: Bool, mixedKinds: Bool)
    /// After `info --format csv`.
    case infoOtherFormats
    /// After a `--data` path that names nothing.
    case dataTakesPaths
    /// After a `--data -` that cannot be read: how to give the data instead.
    case pipeOrSaveData
    /// After a `load` path that names nothing.
    case loadTakesCSV
    /// After no data to load.
    case passData
    /// After `-o` over an input.
    case chooseAnotherOutput
    /// After a stale `PARLENS_DATA` entry: what the variable holds.
    case dataVariableHoldsPaths
    /// After a path outside a notebook's room: how to allow it.
    case allowPath
    /// After a file that could not be written.
    case checkFolder
    /// After `unload` with nothing loaded.
    case nothingLoaded
    /// After `unload` of something else: what is loaded.
    case loaded([String])
    /// After a bad `set`: the settings there are.
    case settingNames([String])
    /// After an unknown setting: the settings there are.
    case settingsList([String])
    /// After a notebook that cannot be read.
    case giveMarkdownPath
    /// After an expected rendering that cannot be read: how to record it.
    case recordFirst(notebook: String, expected: String)
    /// After `${` without `}`.
    case writeParameter
    /// After an undefined parameter, in a notebook without parameters.
    case declareParameter(String)
    /// After an undefined parameter: the parameters there are.
    case knownParameters([String], name: String)
    /// After an undeclared `--param`: the parameters the notebook declares (maybe none).
    case declaredParameters([String])
}
