/// The set of dossier ids seen so far, kept as 64-bit fingerprints: 8 bytes a slot, never the
/// texts.
///
/// A log of 10 million dossiers holds 10 million ids of ~20–25 bytes; as `Set<String>` that is
/// over 1 GB. Here it is a table of 2^k `UInt64` slots kept at most three quarters full (16 M
/// slots, 128 MB, for 6.3 M … 12.6 M ids; 32 MB for a province's year of 2 M), open addressing
/// with linear probing; while it doubles, the old table is alive too (192 MB at 6.3 M ids). Two different ids share a fingerprint with probability about n² / 2⁶⁵ (3 × 10⁻⁶ for
/// 10 M ids): such a pair would be reported as a duplicate. The fingerprint is FNV-1a over the
/// bytes, then a 64-bit finaliser (splitmix64), with 0 kept for empty slots.
struct Fingerprints {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 1024
        while size * 3 < capacity * 4 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// The bytes the table takes.
    var bytes: Int { slots.count * 8 }

    /// Adds the fingerprint of `text`; false when it was there already.
    @inline(__always)
    mutating func insert(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        insert(fingerprint: Self.fingerprint(text))
    }

    mutating func insert(fingerprint f: UInt64) -> Bool {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        var i = Int(truncatingIfNeeded: f) & mask
        while true {
            let s = slots[i]
            if s == 0 {
                slots[i] = f
                count += 1
                return true
            }
            if s == f { return false }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for f in old where f != 0 { _ = insert(fingerprint: f) }
    }

    /// FNV-1a, finalised by splitmix64; never 0.
    static func fingerprint(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h = (h ^ (h >> 30)) &* 0xbf58_476d_1ce4_e5b9
        h = (h ^ (h >> 27)) &* 0x94d0_49bb_1331_11eb
        h ^= h >> 31
        return h == 0 ? 1 : h
    }
}
