import Analysis
import Messages
import Panel

extension AnalysisError {
    /// Unknown names are usage errors (exit 2); an empty selection is too.
    var failure: CommandFailure {
        let hint: Usage =
            switch self {
            case .unknownUnit(.ambiguous): .typeMoreOfTheName
            case .unknownUnit(.notFound): .howNamesMatch
            case .unknownUnit(.unknownParent): .infoListsUnits
            case .unknownMetric: .infoListsMetrics
            case .unknownPeriod(_, .unreadable, _): .howPeriodsAreWritten
            case .unknownPeriod(_, .noFigures, _): .metricLacksPeriod
            case .noData(.partOfSuccessor): .infoListsUnits
            case .noData: .checkSelection
            case .incomparablePeriods(_, _, let reversed, let mixedKinds):
                .compareLikeWithLike(reversed: reversed, mixedKinds: mixedKinds)
            }
        return .usage(.analysis(self), hint: hint)
    }
}

/// Loads the data and builds the view of one metric. Records of a dossier log that were left out
/// of its counts are stated on stderr. Load errors stop the command (exit 1), and so
/// do figures of the metric that `check` calls errors (a rate of 170 %, a rank beyond its ranking,
/// a score that contradicts its rank): they are listed compiler-style, and with `--exclude-errors`
/// their rows are left out instead, the list written all the same.
///
/// `periods` are the periods the command names as typed (`previous` and `last-year` count from the
/// first): when given, only errors among figures of those periods stop it; a figure of another
/// period with an error is not used by it.
func metricView(
    _ data: DataOptions, _ metric: String, _ say: Catalog, periods: [String?] = [], in env: Environment
) throws(CommandFailure) -> MetricView {
    let (result, _) = try data.load(in: env)
    if result.diagnostics.contains(where: { $0.severity == .error }) {
        writeDiagnostics(result.diagnostics.filter { $0.severity == .error }, say, to: env.err)
        throw .data
    }
    // Records of a dossier log left out of its counts are stated, once per log (`check` and
    // `dossiers summarise` list the first of each kind).
    for d in result.diagnostics {
        if case .dossiersLeftOut = d.problem { env.err(say.formatted(d) + "\n") }
    }
    return try checkedView(of: metric, in: result.panel, data, say, periods: periods, in: env)
}

/// The view of `metric` in an already loaded `panel`, with the data-error rule of
/// ``metricView(_:_:_:periods:in:)``: figures `check` calls errors stop the command, or with
/// `--exclude-errors` are left out, listed either way.
func checkedView(
    of metric: String, in panel: Panel, _ data: DataOptions, _ say: Catalog, periods: [String?] = [],
    in env: Environment
) throws(CommandFailure) -> MetricView {
    let errors: [Diagnostic]
    do {
        errors = try MetricView.dataErrors(in: panel, metric: metric, periods: Set(namedPeriods(periods)))
    } catch {
        throw error.failure
    }
    if !errors.isEmpty {
        let id = (try? MetricView(panel: panel, metric: metric).metric.id) ?? metric
        guard data.excludeErrors else {
            writeDiagnostics(errors, say, to: env.err)
            env.err(say(.figuresWithErrors(metric: id, count: errors.count)) + "\n")
            throw .data
        }
        env.err(say(.figuresLeftOut(metric: id, count: errors.count)) + "\n")
        writeDiagnostics(errors, say, to: env.err)
    }
    var view: MetricView
    do { view = try MetricView(panel: panel, metric: metric, leavingOut: errors) } catch { throw error.failure }
    view.tierLabel = { name, tier in say.unitAtTier(name, tier) }
    return view
}

/// The earlier period `word` names relative to `later`: `previous` the period before it (of its
/// kind), `last-year` the same months a year earlier; nil for anything else (a period as written).
/// The words of Vietnamese reports name them too: `kỳ trước` / `kỳ-trước`, and `cùng kỳ` /
/// `cùng-kỳ` / `cùng kỳ năm trước` (accents and case optional).
func relativePeriod(_ word: String, before later: Period) -> Period? {
    switch RelativePeriod(word) {
    case .previous?: later.predecessor
    case .sameLastYear?: later.sameLastYear
    case nil: nil
    }
}

/// An earlier period named by its relation to the later one.
enum RelativePeriod {
    /// The period before, of the same kind.
    case previous
    /// The same months a year earlier ("so với cùng kỳ năm trước").
    case sameLastYear

    init?(_ word: String) {
        let folded = Names.fold(word).replacingOccurrences(of: "-", with: " ")
        switch folded {
        case "previous", "ky truoc": self = .previous
        case "last year", "cung ky", "cung ky nam truoc": self = .sameLastYear
        default: return nil
        }
    }
}

/// The periods among `texts` that read as periods; `previous` and `last-year` are taken from the
/// first one (``relativePeriod(_:before:)``).
func namedPeriods(_ texts: [String?]) -> [Period] {
    var out: [Period] = []
    for text in texts.compactMap({ $0 }) {
        if let p = try? Period(parsing: text) {
            out.append(p)
        } else if let first = out.first, let earlier = relativePeriod(text, before: first) {
            out.append(earlier)
        }
    }
    return out
}

extension OutputOptions {
    /// What an analysis command starts from: the view of `metric` in the loaded data and the
    /// formatter of the command's language and locale (its catalog is `formatter.say`); a
    /// `--parent` that no unit has is a usage error with the closest parents.
    func analysis(
        of metric: String, _ data: DataOptions, _ select: SelectionOptions, periods: [String?] = [],
        in env: Environment
    ) throws(CommandFailure) -> (MetricView, Formatter) {
        let lang = self.lang ?? env.defaultLanguage
        var view = try metricView(data, metric, Catalog(lang), periods: periods, in: env)
        // JSON is the same in every language: a unit at one of several tiers keeps the view's
        // canonical label (`Tháp Mười [district]`), not the catalog's "(cấp huyện)".
        if format == .json { view.tierLabel = MetricView.canonicalTierLabel }
        if let parent = select.parent {
            do throws(LookupError) { try view.panel.units.checkParent(parent) } catch {
                throw AnalysisError.unknownUnit(error).failure
            }
        }
        return (view, formatter(view.metric, lang, env))
    }
}

/// The lines that list figures two sources give differently (none when there are none).
func conflictNotes(_ conflicts: [MetricView.Conflict], _ say: Catalog) -> [String] {
    conflicts.isEmpty ? [] : [say(.conflictingSources)] + conflicts.map { "  " + say($0) }
}

/// The `notes` of an analysis in JSON: findings that qualify the result, omissions (a refused
/// test names its method), then conflicts, in English whatever `--lang` says.
func jsonNotes(_ omissions: [Omission], _ conflicts: [MetricView.Conflict] = [], _ findings: [Finding] = [])
    -> JSONValue
{
    let english = Catalog(.en)
    return .strings(findings.map { english($0) } + omissions.map(Catalog.scriptText) + conflicts.map { english($0) })
}
