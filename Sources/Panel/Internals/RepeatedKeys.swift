extension Panel {
    static func repeatedKeys(of observations: ObservationList) -> [[Int]] {
        // Open addressing over observation indices, on a hash of the key's packed parts (unit,
        // period, metric text index, tier); keys are compared only when hashes agree, and a group
        // is made only for a key seen twice.
        let n = observations.count
        guard n > 1 else { return [] }
        var size = 16
        while size < n + n / 2 { size <<= 1 }  // at most two thirds full
        let mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        var groups: [Int: [Int]] = [:]
        let widePeriods = observations.widePeriods
        observations.rows.withUnsafeBufferPointer { rows in
            /// Whether rows `i` and `j` have the same key (a wide period is compared as a period).
            func same(_ i: Int, _ j: Int) -> Bool {
                let (a, b) = (rows[i], rows[j])
                guard a.unit == b.unit, a.metric == b.metric, a.flags & 3 == b.flags & 3 else { return false }
                if a.period == b.period { return true }
                let wide = Packing.widePeriod
                guard a.period & wide != 0 || b.period & wide != 0 else { return false }
                func period(_ x: UInt32) -> Period {
                    x & wide != 0 ? widePeriods[Int(x & ~wide)] : Packing.period(x)
                }
                return period(a.period) == period(b.period)
            }
            for i in 0..<n {
                let r = rows[i]
                // A wide period hashes as its first month: equal periods hash alike either way.
                let period = r.period & Packing.widePeriod != 0 ? 0 : r.period
                var h: UInt64 = 0x9E37_79B9_7F4A_7C15
                Self.mix(&h, Int(r.unit))
                Self.mix(&h, Int(r.metric))
                Self.mix(&h, Int(period))
                Self.mix(&h, Int(r.flags & 3))
                var slot = Int(truncatingIfNeeded: h) & mask
                while slots[slot] >= 0 {
                    let j = Int(slots[slot])
                    if same(i, j) {
                        groups[j, default: [j]].append(i)
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if slots[slot] < 0 { slots[slot] = Int32(truncatingIfNeeded: i) }
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
