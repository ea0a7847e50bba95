/// Reading a rank cell: `6`, `6/63`, `hạng 6`, `thứ 51/63`.
enum RankCells {
    /// The rank and, when written, the size of the ranking; nil when the text is not a rank.
    static func parse(_ text: String) -> (rank: Int, of: Int?)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { Names.fold(String($0)) }
        guard (1...2).contains(parts.count) else { return nil }
        var head = parts[0]
        for word in ["hang ", "thu ", "xep "] where head.hasPrefix(word) { head.removeFirst(word.count) }
        guard let rank = Int(head) else { return nil }
        if parts.count == 2 {
            guard let of = Int(parts[1]) else { return nil }
            return (rank, of)
        }
        return (rank, nil)
    }

    /// ``parse(_:)`` of a cell's bytes: plain ASCII digits (`6`, `6/63`) without a `String`, the
    /// rest through ``parse(_:)``.
    static func parse(_ p: UnsafeBufferPointer<UInt8>) -> (rank: Int, of: Int?)? {
        plain(p) ?? parse(String(decoding: p, as: UTF8.self))
    }

    /// A rank of ASCII digits with at most one `/`; nil for anything else.
    static func plain(_ p: UnsafeBufferPointer<UInt8>) -> (rank: Int, of: Int?)? {
        var parts: (Int, Int?) = (0, nil)
        var value = 0
        var digits = 0
        var slash = false
        for b in p {
            if b &- 48 < 10 {
                guard digits < 18 else { return nil }
                value = value * 10 + Int(b &- 48)
                digits += 1
            } else if b == 0x2F, !slash, digits > 0 {
                parts.0 = value
                value = 0
                digits = 0
                slash = true
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        if slash { parts.1 = value } else { parts.0 = value }
        return parts
    }
}
