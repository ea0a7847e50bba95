import Foundation

/// Vietnamese-aware name folding, the basis of every lookup by what a person types.
///
/// ``fold(_:)`` maps a name to a comparison key: NFC, lower case, diacritics removed
/// (đ/Đ → d), punctuation (`. , - – _ ( ) / '`) read as spaces, runs of spaces collapsed.
/// So "TP. Hồ Chí Minh", "tp ho chi minh" and "TP.Hồ Chí Minh" share one key.
///
/// ``core(_:)`` also removes one administrative prefix people add or drop ("tỉnh",
/// "thành phố", "TP", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường"), so
/// "huyện Tháp Mười" and "Tháp Mười" share one core key.
public enum Names {
    /// NFC form with surrounding white space removed and inner runs of white space collapsed.
    public static func clean(_ name: String) -> String {
        isClean(name) ? name : cleanByCharacters(name)
    }

    /// ``clean(_:)`` character by character: the reference for names ``isClean(_:)`` does not pass.
    static func cleanByCharacters(_ name: String) -> String {
        // ASCII and precomposed Vietnamese letters are NFC already: skip Foundation's pass.
        let nfc = isSimpleNFC(name) ? name : name.precomposedStringWithCanonicalMapping
        var out = ""
        out.reserveCapacity(nfc.utf8.count)
        var pendingSpace = false
        for ch in nfc {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
        return out
    }

    /// The folded comparison key of `name` (see the type's documentation).
    ///
    /// Names made of ASCII and the precomposed Vietnamese letters (nearly all) are folded with a
    /// table; anything else goes through Unicode decomposition. Both give the same key.
    public static func fold(_ name: String) -> String {
        let folded = name.utf8.withContiguousStorageIfAvailable { foldUTF8($0) }
        switch folded {
        case let key??: return key
        case .some(nil): return foldByDecomposition(name)
        case nil: return foldByScalars(name)
        }
    }

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
                if mapped == 0x20 || mapped == 0x09 || mapped == 0x0A || mapped == 0x0D || isSeparatorByte[Int(mapped)]
                {
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

    /// The scalar-by-scalar fold with the letter table: the reference for ``foldUTF8(_:)``.
    static func foldByScalars(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            var mapped = scalar
            let v = scalar.value
            if v >= 0x80 {
                if (0x0300...0x036F).contains(v) { continue }
                guard let base = vietnameseBase[v] else { return foldByDecomposition(name) }
                mapped = Unicode.Scalar(base)
            } else if v >= 0x41 && v <= 0x5A {
                mapped = Unicode.Scalar(UInt8(v + 32))
            }
            if mapped == " " || mapped == "\t" || mapped == "\n" || mapped == "\r" || isSeparator(mapped) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(mapped)
        }
        return String(out)
    }

    /// Every precomposed Vietnamese letter (both cases) → its base letter in lower-case ASCII.
    static let vietnameseBase: [UInt32: UInt8] = {
        let groups: [(String, Character)] = [
            ("àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", "a"), ("èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ", "e"),
            ("ìíỉĩịÌÍỈĨỊ", "i"), ("òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", "o"),
            ("ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ", "u"), ("ỳýỷỹỵỲÝỶỸỴ", "y"), ("đĐ", "d"),
        ]
        var table: [UInt32: UInt8] = [:]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base.asciiValue }
        }
        return table
    }()

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

    /// ``fold(_:)`` through canonical decomposition: the reference, and the path for any name
    /// with letters outside the table.
    static func foldByDecomposition(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let v = scalar.value
            if (0x0300...0x036F).contains(v) { continue }  // combining diacritics
            var mapped = scalar
            if v == 0x0111 || v == 0x0110 { mapped = "d" }  // đ Đ
            if mapped.properties.isWhitespace || isSeparator(mapped) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(mapped)
        }
        return String(out)
    }

    static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", ",", "-", "_", "(", ")", "/", "'", "\"", ":", ";", "\u{2013}", "\u{2014}", "\u{2019}": true
        default: false
        }
    }

    /// Administrative prefixes, folded, longest first.
    static let prefixes = ["thanh pho", "thi tran", "thi xa", "tinh", "huyen", "quan", "phuong", "xa", "tp"]
    static let spacedPrefixes = prefixes.map { $0 + " " }
    static let spacedPrefixBytes = spacedPrefixes.map { Array($0.utf8) }

    /// The folded key without one leading administrative prefix (kept if nothing would remain).
    public static func core(_ name: String) -> String {
        stripPrefix(fold(name))
    }

    /// Removes one leading prefix from an already folded key.
    public static func stripPrefix(_ key: String) -> String {
        // Every prefix starts with t, h, q, p or x.
        guard let first = key.utf8.first,
            first == 0x74 || first == 0x68 || first == 0x71 || first == 0x70 || first == 0x78
        else { return key }
        let stripped = key.utf8.withContiguousStorageIfAvailable { p -> String? in
            for spaced in spacedPrefixBytes where p.count > spaced.count && p.starts(with: spaced) {
                // The prefix's bytes start the key. They are its characters too unless a non-ASCII
                // scalar follows (a combining mark would join the space): then ask hasPrefix.
                if p[spaced.count] >= 0x80, !key.hasPrefix(String(decoding: spaced, as: UTF8.self)) { continue }
                return String(decoding: UnsafeBufferPointer(rebasing: p[spaced.count...]), as: UTF8.self)
            }
            return nil
        }
        if let stripped { return stripped ?? key }
        for (prefix, spaced) in zip(prefixes, spacedPrefixes) where key.hasPrefix(spaced) {
            let rest = key.dropFirst(prefix.count + 1)
            if !rest.isEmpty { return String(rest) }
        }
        // "tphcm", "tp.hcm" → folded "tphcm" / "tp hcm"
        return key
    }

    /// Levenshtein distance between two folded keys, for "did you mean" suggestions.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Up to `limit` candidates closest to `query` (folded), nearest first, within a distance
    /// that grows with the length of the query.
    public static func suggestions(for query: String, among candidates: [String], limit: Int = 3) -> [String] {
        let q = fold(query)
        let threshold = max(2, q.count / 3)
        let scored = candidates.map { ($0, distance(q, fold($0))) }
            .filter { $0.1 <= threshold || fold($0.0).hasPrefix(q) && !q.isEmpty }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        var seen = Set<String>()
        return scored.compactMap { seen.insert($0.0).inserted ? $0.0 : nil }.prefix(limit).map { $0 }
    }
}
