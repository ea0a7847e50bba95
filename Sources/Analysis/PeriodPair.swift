import Panel

/// Two periods an analysis compares: an earlier and a later one.
///
/// They compare only like with like and in order: the earlier first, both of the same kind and
/// length — a quarter with a quarter, January–September with January–September of another year,
/// never a quarter with a cumulative 9 months. ``check(allowMixedKinds:)`` enforces it; a person
/// may allow periods of different kinds explicitly, and the result then says so.
public struct PeriodPair: Hashable, Sendable {
    public var earlier: Period
    public var later: Period

    public init(earlier: Period, later: Period) {
        self.earlier = earlier
        self.later = later
    }

    /// The "earlier" period comes after the later one.
    public var isReversed: Bool { later < earlier }

    /// The two are of different kinds or lengths (a quarter and 9 months, a year and a half).
    public var hasMixedKinds: Bool { !Self.alike(earlier, later) }

    /// Whether two periods are of the same kind and cover as many months.
    public static func alike(_ a: Period, _ b: Period) -> Bool {
        a.kind == b.kind && a.lastMonth - a.firstMonth == b.lastMonth - b.firstMonth
    }

    /// Throws when the periods are in the wrong order, or of different kinds unless
    /// `allowMixedKinds`. Returns whether periods of different kinds are compared (as allowed).
    /// - Throws: ``AnalysisError/incomparablePeriods(earlier:later:reversed:mixedKinds:)``.
    @discardableResult
    public func check(allowMixedKinds: Bool) throws(AnalysisError) -> Bool {
        let mixed = hasMixedKinds
        if isReversed || (mixed && !allowMixedKinds) {
            throw .incomparablePeriods(
                earlier: earlier, later: later, reversed: isReversed, mixedKinds: mixed && !allowMixedKinds)
        }
        return mixed
    }
}
