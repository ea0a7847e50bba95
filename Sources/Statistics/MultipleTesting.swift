/// Adjusted p-values for a family of tests.
public enum MultipleTesting {
    /// Holm's step-down adjustment, as statsmodels `multipletests(p, method='holm')`.
    ///
    /// With p sorted ascending, p̃₍ᵢ₎ = min(1, max_{j ≤ i} (m − j + 1)·p₍ⱼ₎) (1-based i), returned
    /// in the input order. Holm controls the family-wise error rate and is never below p.
    /// - Throws: ``StatisticsError`` if a p-value is not in [0, 1].
    public static func holm(_ p: [Double]) throws(StatisticsError) -> [Double] {
        try check(p, method: "Holm adjustment")
        let order = p.indices.sorted { p[$0] < p[$1] }
        let m = p.count
        var adjusted = [Double](repeating: 0, count: m)
        var running = 0.0
        for (i, index) in order.enumerated() {
            running = Swift.max(running, Double(m - i) * p[index])
            adjusted[index] = Swift.min(1, running)
        }
        return adjusted
    }

    /// Benjamini–Hochberg step-up adjustment, as statsmodels `multipletests(p, method='fdr_bh')`
    /// and `scipy.stats.false_discovery_control(p, method='bh')`.
    ///
    /// With p sorted ascending, p̃₍ᵢ₎ = min(1, min_{j ≥ i} m·p₍ⱼ₎/j) (1-based), returned in the
    /// input order. It controls the false discovery rate.
    /// - Throws: ``StatisticsError`` if a p-value is not in [0, 1].
    public static func benjaminiHochberg(_ p: [Double]) throws(StatisticsError) -> [Double] {
        try check(p, method: "Benjamini–Hochberg adjustment")
        let order = p.indices.sorted { p[$0] < p[$1] }
        let m = p.count
        var adjusted = [Double](repeating: 0, count: m)
        var running = 1.0
        for i in stride(from: m - 1, through: 0, by: -1) {
            let index = order[i]
            running = Swift.min(running, Double(m) * p[index] / Double(i + 1))
            // m·p/j ≥ p in exact arithmetic; keep it so when rounding (or subnormals) say otherwise.
            adjusted[index] = Swift.max(running, p[index])
        }
        return adjusted
    }

    private static func check(_ p: [Double], method: String) throws(StatisticsError) {
        if let bad = p.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
            throw .invalidArgument(method: method, reason: .pValue(index: bad, value: p[bad]))
        }
    }
}
