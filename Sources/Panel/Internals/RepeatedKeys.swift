extension Panel {
    static func repeatedKeys(of observations: [Observation]) -> [[Int]] {
        // Open addressing over observation indices, on a hash of the key's parts (the metric's
        // String hash once per run of equal metrics); keys are compared only when hashes agree,
        // and a group is made only for a key seen twice.
        let n = observations.count
        guard n > 1 else { return [] }
        var size = 16
        while size < 2 * n { size <<= 1 }
        let mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        var hashes = [UInt64](repeating: 0, count: size)
        var groups: [Int: [Int]] = [:]
        var lastMetric: String?
        var metricHash: UInt64 = 0
        observations.withUnsafeBufferPointer { obs in
            for i in 0..<n {
                if obs[i].metric != lastMetric {
                    lastMetric = obs[i].metric
                    metricHash = UInt64(bitPattern: Int64(obs[i].metric.hashValue))
                }
                let p = obs[i].period
                var h = metricHash
                Self.mix(&h, obs[i].unit)
                Self.mix(&h, p.firstMonth)
                Self.mix(&h, p.lastMonth)
                Self.mix(&h, p.day ?? -1)
                Self.mix(&h, obs[i].tier?.hashRank ?? -1)
                var slot = Int(truncatingIfNeeded: h) & mask
                while slots[slot] >= 0 {
                    let j = Int(slots[slot])
                    if hashes[slot] == h, obs[j].unit == obs[i].unit, obs[j].period == p, obs[j].tier == obs[i].tier,
                        obs[j].metric == obs[i].metric
                    {
                        groups[j, default: [j]].append(i)
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if slots[slot] < 0 {
                    slots[slot] = Int32(truncatingIfNeeded: i)
                    hashes[slot] = h
                }
            }
        }
        return groups.keys.sorted().map { groups[$0] ?? [] }
    }

    @inline(__always)
    private static func mix(_ h: inout UInt64, _ part: Int) {
        h = (h ^ UInt64(bitPattern: Int64(part))) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 31
    }
}
