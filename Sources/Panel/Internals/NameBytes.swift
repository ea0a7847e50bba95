/// The fast paths of ``Names``: folding and checking names from their UTF-8 bytes with a table of
/// the precomposed Vietnamese letters. Names outside the table take the general paths
/// (decomposition, character by character); tests hold the two to the same answers.
extension Names {
    /// ``fold(_:)`` of UTF-8 bytes with the letter table, or nil when a scalar is outside it (then
    /// decomposition decides). The key is never longer than the name.
    static func foldUTF8(_ p: UnsafeBufferPointer<UInt8>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(p.count, 1)) { out -> String? in
            let n = p.count
            var i = 0
            var o = 0
            var pendingSpace = false
            while i < n {
                let b = p[i]
                var mapped: UInt8
                if b < 0x80 {
                    mapped = b &- 0x41 < 26 ? b &+ 32 : b
                    i += 1
                } else {
                    guard let (v, length) = scalar(p, at: i) else { return nil }
                    i += length
                    if (0x0300...0x036F).contains(v) { continue }
                    guard v < baseTable.count, baseTable[Int(v)] != 0 else { return nil }
                    mapped = baseTable[Int(v)]
                }
                // White space as Unicode has it in ASCII: space, and TAB, LF, VT, FF, CR (0x09…0x0D).
                if mapped == 0x20 || mapped &- 0x09 < 5 || isSeparatorByte[Int(mapped)] {
                    pendingSpace = o > 0
                    continue
                }
                if pendingSpace {
                    out[o] = 0x20
                    o += 1
                }
                pendingSpace = false
                out[o] = mapped
                o += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<o]), as: UTF8.self)
        }
    }

    /// The scalar of the 2- or 3-byte UTF-8 sequence at `i` and its length; nil for 4-byte ones.
    @inline(__always)
    static func scalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let b = p[i]
        if b & 0xE0 == 0xC0, i + 1 < p.count {
            return (UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2)
        }
        if b & 0xF0 == 0xE0, i + 2 < p.count {
            return (UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        return nil
    }

    /// ``vietnameseBase`` as a flat table by scalar value (0: not a Vietnamese letter).
    static let baseTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x1F00)
        for (scalar, base) in vietnameseBase { table[Int(scalar)] = base }
        return table
    }()

    /// ``isSeparator(_:)`` for ASCII bytes.
    static let isSeparatorByte: [Bool] = (0..<128).map { isSeparator(Unicode.Scalar(UInt8($0))) }

    /// Whether `name` has only ASCII and precomposed Vietnamese letters (then it is NFC).
    static func isSimpleNFC(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { $0.value < 0x80 || ($0.value < 0x1F00 && baseTable[Int($0.value)] != 0) }
    }

    /// Whether ``clean(_:)`` would return `name` unchanged: ASCII and precomposed Vietnamese
    /// letters only (so NFC), no control characters, single spaces between words only.
    static func isClean(_ name: String) -> Bool {
        let answer = name.utf8.withContiguousStorageIfAvailable { p -> Bool in
            var i = 0
            var afterSpace = true  // a leading space is not clean
            while i < p.count {
                let b = p[i]
                if b < 0x80 {
                    if b < 0x20 || b == 0x7F { return false }
                    if b == 0x20 {
                        if afterSpace { return false }
                        afterSpace = true
                    } else {
                        afterSpace = false
                    }
                    i += 1
                } else {
                    guard let (v, length) = scalar(p, at: i), v < 0x1F00, baseTable[Int(v)] != 0 else { return false }
                    afterSpace = false
                    i += length
                }
            }
            return !afterSpace || p.isEmpty
        }
        return answer ?? false
    }
}
