/// Ranks with ties, in either direction.
public enum Ranking {
    /// How tied values share ranks, for values a < b = b < c.
    public enum TieMethod: String, Hashable, Sendable, Codable, CaseIterable {
        /// 1, 2, 2, 4 — "standard competition" (`scipy.stats.rankdata(method='min')`); official
        /// league tables rank this way.
        case competition
        /// 1, 2, 2, 3 (`rankdata(method='dense')`).
        case dense
        /// 1, 2.5, 2.5, 4 — the mean of the ranks spanned (`rankdata(method='average')`); what
        /// rank statistics use.
        case average
    }

    /// Which values get rank 1.
    public enum Order: String, Hashable, Sendable, Codable {
        /// The smallest value ranks 1.
        case ascending
        /// The largest value ranks 1.
        case descending
    }

    /// The rank of each value, in input order. Values must be finite (NaN has no place in a
    /// ranking; callers leave missing values out first).
    public static func ranks(_ values: [Double], method: TieMethod, order: Order = .ascending) -> [Double] {
        let n = values.count
        let sorted = values.indices.sorted {
            order == .ascending ? values[$0] < values[$1] : values[$0] > values[$1]
        }
        var ranks = [Double](repeating: 0, count: n)
        var start = 0
        var dense = 0
        while start < n {
            var end = start + 1
            while end < n && values[sorted[end]] == values[sorted[start]] { end += 1 }
            dense += 1
            let rank: Double =
                switch method {
                case .competition: Double(start + 1)
                case .dense: Double(dense)
                case .average: Double(start + 1 + end) / 2
                }
            for k in start..<end { ranks[sorted[k]] = rank }
            start = end
        }
        return ranks
    }
}
