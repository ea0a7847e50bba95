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

    /// ``clean(_:)`` character by character: the path for names ``isClean(_:)`` does not pass.
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
        var text = name
        text.makeContiguousUTF8()
        let folded = text.utf8.withContiguousStorageIfAvailable(foldUTF8) ?? nil
        return folded ?? foldByDecomposition(name)
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

    /// ``fold(_:)`` through canonical decomposition: the path for any name with letters outside
    /// the table, and the reference the table is tested against.
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

    /// The administrative prefix a folded key starts with ("thanh pho" for "tp"), or nil.
    public static func prefix(of key: String) -> String? {
        let core = stripPrefix(key)
        guard core.count < key.count else { return nil }
        let written = String(key.dropLast(core.count)).trimmingCharacters(in: .whitespaces)
        return written == "tp" ? "thanh pho" : written
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
    /// An administrative prefix counts for nothing: "Huyen Thap Muoii" is one letter from "Tháp
    /// Mười" (cores are compared as well as full names).
    public static func suggestions(for query: String, among candidates: [String], limit: Int = 3) -> [String] {
        let q = fold(query)
        let qCore = stripPrefix(q)
        let threshold = max(2, qCore.count / 3)
        let (qLength, qCoreLength) = (q.unicodeScalars.count, qCore.unicodeScalars.count)
        var scored: [(String, Int)] = []
        for c in candidates {
            let folded = fold(c)
            let core = stripPrefix(folded)
            let isPrefix = !q.isEmpty && folded.hasPrefix(q)
            // A distance is at least the difference of the lengths (in scalars, as `distance`
            // counts): a candidate that is too far by length alone is not worth the table, unless
            // it is kept as a prefix and its distance orders it.
            let full = folded.unicodeScalars.count
            let coreLength = core.unicodeScalars.count
            guard isPrefix || abs(qLength - full) <= threshold || abs(qCoreLength - coreLength) <= threshold else {
                continue
            }
            let score = min(distance(q, folded), distance(qCore, core))
            if score <= threshold || isPrefix { scored.append((c, score)) }
        }
        scored.sort { ($0.1, $0.0) < ($1.1, $1.0) }
        var seen = Set<String>()
        return scored.compactMap { seen.insert($0.0).inserted ? $0.0 : nil }.prefix(limit).map { $0 }
    }
}
