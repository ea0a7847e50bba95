/// Dense ids for the distinct byte strings of one column: the first text seen is 0, the next new
/// one 1, and so on. The loader keeps what it derives from a cell text (a period, a unit, a
/// metric) in arrays indexed by these ids, so each distinct text is decoded and interpreted once.
///
/// Each distinct text is copied once into the interner (a table is read a window at a time, so
/// the caller's buffer changes between calls). Open addressing with linear probing on a 64-bit
/// multiplicative hash; a repeat of the previous text (a tidy file lists a unit's years one after
/// another) is recognised before hashing.
struct ByteInterner {
    private var slots: [Int32]
    private var mask: Int
    /// Where each text lies in ``texts``.
    private var spans: [(start: Int, count: Int, hash: UInt64)] = []
    /// The distinct texts one after another, then eight zero bytes (so that a word load at any
    /// text stays inside).
    private var texts = [UInt8](repeating: 0, count: 8)
    private var last = -1

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Number of distinct texts seen.
    var count: Int { spans.count }

    /// The id of `buffer[start..<start + count]`, and whether it is new.
    @inline(__always)
    mutating func id(of buffer: UnsafeBufferPointer<UInt8>, start: Int, count: Int) -> (id: Int, isNew: Bool) {
        let base = buffer.baseAddress
        if last >= 0 {
            let s = spans[last]
            if s.count == count,
                texts.withUnsafeBufferPointer({ Self.equal(base, buffer.count, start, $0.baseAddress, s.start, count) })
            {
                return (last, false)
            }
        }
        return lookup(base, limit: buffer.count, start: start, count: count)
    }

    /// The table lookup behind ``id(of:start:count:)`` when the text is not the previous one.
    @inline(never)
    private mutating func lookup(_ base: UnsafePointer<UInt8>?, limit: Int, start: Int, count: Int) -> (
        id: Int, isNew: Bool
    ) {
        let hash = Self.hash(base, limit, start, count)
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { break }
            let s = spans[id]
            if s.hash == hash, s.count == count,
                texts.withUnsafeBufferPointer({ Self.equal(base, limit, start, $0.baseAddress, s.start, count) })
            {
                last = id
                return (id, false)
            }
            slot = (slot + 1) & mask
        }
        let id = spans.count
        texts.removeLast(8)
        let at = texts.count
        if let base { texts.append(contentsOf: UnsafeBufferPointer(start: base + start, count: count)) }
        texts.append(contentsOf: repeatElement(0, count: 8))
        spans.append((at, count, hash))
        slots[slot] = Int32(truncatingIfNeeded: id)
        last = id
        if spans.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (id, s) in spans.enumerated() {
            var slot = Int(truncatingIfNeeded: s.hash >> 7) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: id)
        }
    }

    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    /// The bytes of a text shorter than 8, in one word: one load masked when eight bytes from
    /// `start` are inside the buffer (`limit` bytes), else byte by byte.
    @inline(__always)
    private static func shortWord(_ base: UnsafePointer<UInt8>, _ limit: Int, _ start: Int, _ count: Int) -> UInt64 {
        if start + 8 <= limit { return word(base, start) & ((1 << (8 * UInt64(count))) &- 1) }
        var w: UInt64 = 0
        for i in 0..<count { w |= UInt64(base[start + i]) << UInt64(8 * i) }
        return w
    }

    /// Whether the text at `a` in the caller's buffer (`limit` bytes) equals the kept text at `b`
    /// in `kept` (both `count` bytes): eight bytes at a time, the tail as the last eight bytes
    /// (overlapping) when there are eight or more.
    @inline(__always)
    private static func equal(
        _ base: UnsafePointer<UInt8>?, _ limit: Int, _ a: Int, _ kept: UnsafePointer<UInt8>?, _ b: Int, _ count: Int
    ) -> Bool {
        guard let base, let kept, count > 0 else { return true }
        // A kept text has eight bytes after its start (the padding), and zeros beyond its end.
        if count < 8 { return shortWord(base, limit, a, count) == word(kept, b) & ((1 << (8 * UInt64(count))) &- 1) }
        var i = 0
        while i + 8 <= count {
            if word(base, a + i) != word(kept, b + i) { return false }
            i += 8
        }
        return i == count || word(base, a + count - 8) == word(kept, b + count - 8)
    }

    @inline(__always)
    private static func hash(_ base: UnsafePointer<UInt8>?, _ limit: Int, _ start: Int, _ count: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        guard let base else { return h }
        if count < 8 {
            h ^= shortWord(base, limit, start, count)
        } else {
            var i = 0
            while i + 8 <= count {
                h = (h ^ word(base, start + i)) &* 0x0000_0100_0000_01B3
                h ^= h >> 29
                i += 8
            }
            if i < count { h ^= word(base, start + count - 8) }
        }
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        return h &* 0xC4CE_B9FE_1A85_EC53
    }
}
