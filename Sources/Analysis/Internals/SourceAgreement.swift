import Panel

extension Consistency {
    /// Whether two rows of one key from different sources contradict each other — some pair `a`,
    /// `b` with `a.source != b.source` and `Agreement.between(a, b)` a conflict — in time
    /// linear in the number of rows instead of comparing every pair.
    ///
    /// A pair conflicts when one of its figures differs where both rows have it, so each figure
    /// is asked on its own:
    /// - rank, size of the ranking, numerator, denominator (compared exactly): among the rows
    ///   that have the figure, some pair from two sources differs exactly when there are at
    ///   least two sources and at least two values (if x and y share a source and differ, a row
    ///   z from another source differs from one of them);
    /// - the value, compared at the fewer decimals of the two rows (`d`, 6 when not known, at
    ///   most 12): for each `d`, a row written with `d` decimals conflicts with a row written
    ///   with `d` or more from another source when their values rounded at `d` differ, which a
    ///   count of the rows by source and by rounded value tells for every row at once.
    static func sourcesConflict(_ list: [Observation]) -> Bool {
        guard Set(list.map(\.source)).count >= 2 else { return false }
        func exact<V: Hashable>(_ figure: (Observation) -> V?) -> Bool {
            var sources: Set<String?> = []
            var values: Set<V> = []
            for o in list {
                guard let v = figure(o) else { continue }
                sources.insert(o.source)
                values.insert(v)
                if sources.count >= 2 && values.count >= 2 { return true }
            }
            return false
        }
        if exact(\.rank) || exact(\.rankOf) || exact(\.numerator) || exact(\.denominator) { return true }
        // The value, decimal by decimal (Agreement.sameAtDecimals: scale 10^d, rounded).
        let valued = list.compactMap { o in o.value.map { (o.source, $0, min(max(o.valueDecimals ?? 6, 0), 12)) } }
        var scale = 1.0
        for d in 0...12 {
            defer { scale *= 10 }
            let wider = valued.filter { $0.2 >= d }
            guard wider.contains(where: { $0.2 == d }) else { continue }
            var bySource: [String?: Int] = [:]
            var byValue: [Double: Int] = [:]
            var byBoth: [SourcedValue: Int] = [:]
            for (source, x, _) in wider {
                let rounded = (x * scale).rounded()
                // Beyond the doubles' range every comparison conflicts: ask pair by pair.
                guard rounded.isFinite else { return pairwise(list) }
                bySource[source, default: 0] += 1
                byValue[rounded, default: 0] += 1
                byBoth[SourcedValue(source: source, value: rounded), default: 0] += 1
            }
            for (source, x, decimals) in wider where decimals == d {
                let rounded = (x * scale).rounded()
                let others =
                    wider.count - (bySource[source] ?? 0) - (byValue[rounded] ?? 0)
                    + (byBoth[SourcedValue(source: source, value: rounded)] ?? 0)
                if others > 0 { return true }
            }
        }
        return false
    }

    private struct SourcedValue: Hashable {
        var source: String?
        var value: Double
    }

    /// Every pair compared: the definition ``sourcesConflict(_:)`` answers faster.
    static func pairwise(_ list: [Observation]) -> Bool {
        for (i, a) in list.enumerated() {
            for b in list[(i + 1)...] where a.source != b.source {
                if case .conflict = Agreement.between(a, b) { return true }
            }
        }
        return false
    }
}
