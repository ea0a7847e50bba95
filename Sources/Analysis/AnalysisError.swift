import Panel

/// What a person asked for that the data does not have, with what they may have meant.
///
/// The cases carry what was asked and what was found, never sentences: the front end words them.
public enum AnalysisError: Error, Hashable, Sendable {
    /// No metric has this id; `suggestions` are the closest ids.
    case unknownMetric(String, suggestions: [String])
    /// No unit, or more than one, has this name.
    case unknownUnit(LookupError)
    /// The period as typed cannot be used; `suggestions` are periods that can.
    case unknownPeriod(String, PeriodProblem, suggestions: [String])
    /// The selection is valid but holds nothing to analyse.
    case noData(Emptiness)
    /// Two periods that cannot be compared as given: `earlier` comes after `later` (`reversed`),
    /// or they are of different kinds (`mixedKinds`: a quarter and a cumulative 9 months) and
    /// that was not allowed. See ``PeriodPair``.
    case incomparablePeriods(earlier: Period, later: Period, reversed: Bool, mixedKinds: Bool)

    /// Why a typed period cannot be used.
    public enum PeriodProblem: Hashable, Sendable {
        /// The text is not a period.
        case unreadable
        /// The metric has no figures for the period.
        case noFigures(metric: String)
    }

    /// What a valid selection lacks.
    public enum Emptiness: Hashable, Sendable {
        /// No figures of `metric` for any of `periods` (for any period at all when empty).
        case noFigures(metric: String, periods: [Period])
        /// No figures of either metric for `period`.
        case noFiguresOfEither(String, String, period: Period)
        /// No targets for `metric` in the data, and none given.
        case noTargets(metric: String)
        /// The unit has no figures of `metric`.
        case unitHasNoFigures(unit: String, metric: String)
        /// The unit asked for became part of `successors` on `effective` (a crosswalk says so): it
        /// has no figures of `metric` for `period`, which lies after that date (nil: the data has
        /// no unit of that name at all, only the crosswalk).
        case partOfSuccessor(
            unit: String, successors: [String], effective: CalendarDate, metric: String, period: Period?)
    }
}
