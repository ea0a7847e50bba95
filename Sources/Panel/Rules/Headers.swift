/// The columns parlens understands, with their Vietnamese aliases (matched folded: without case,
/// diacritics or punctuation).
enum HeaderKey: String, CaseIterable {
    case unit, level, parent, tier, period, metric, value, numerator, denominator, rank
    case rankOf = "rank_of"
    case source, note
    /// A row-number column (STT, số thứ tự): read by nothing, and never the unit.
    case rowNumber = "row_number"

    static let aliases: [String: HeaderKey] = {
        var map: [String: HeaderKey] = [:]
        let table: [HeaderKey: [String]] = [
            .unit: ["unit", "don vi", "ten don vi", "dia phuong", "name"],
            .level: ["level", "cap", "cap hanh chinh"],
            .parent: ["parent", "don vi cha", "truc thuoc", "thuoc", "tinh thanh"],
            .tier: ["tier", "cap xu ly", "cap giai quyet"],
            .period: ["period", "ky", "ky bao cao", "thoi ky", "thoi gian"],
            .metric: ["metric", "chi so", "chi tieu"],
            .value: ["value", "gia tri", "diem", "so lieu"],
            .numerator: ["numerator", "tu so"],
            .denominator: ["denominator", "mau so"],
            .rank: ["rank", "hang", "xep hang", "thu hang"],
            .rankOf: ["rank of", "rankof", "tren tong so", "so don vi xep hang"],
            .source: ["source", "source url", "nguon", "nguon so lieu", "url"],
            .note: ["note", "notes", "ghi chu"],
            .rowNumber: ["stt", "tt", "so tt", "so thu tu", "thu tu", "no", "#"],
        ]
        for (key, names) in table { for n in names { map[n] = key } }
        return map
    }()
}

/// A table's header: its cells' texts and places, their folded forms, and the column of each
/// understood key (its first occurrence).
struct TableHeader {
    let texts: [String]
    let locations: [SourceLocation]
    /// ``Names/fold(_:)`` of each text.
    let folded: [String]
    let column: [HeaderKey: Int]
    /// Where the header starts (line 1 column 1 of an empty table).
    let start: SourceLocation

    init(_ view: CellView) {
        guard view.recordCount > 0 else {
            texts = []
            locations = []
            folded = []
            column = [:]
            start = SourceLocation(file: view.name, line: 1, column: 1)
            return
        }
        let cells = view.recordStarts[0]..<view.recordStarts[1]
        texts = cells.map(view.text)
        locations = cells.map(view.location)
        folded = texts.map(Names.fold)
        var column: [HeaderKey: Int] = [:]
        for (i, key) in folded.enumerated() {
            if let k = HeaderKey.aliases[key], column[k] == nil { column[k] = i }
        }
        self.column = column
        start = SourceLocation(file: view.name, line: locations.first?.line ?? 1, column: 1)
    }

    var count: Int { texts.count }

    /// Whether the header has a column for `key`.
    func has(_ key: HeaderKey) -> Bool { column[key] != nil }

    /// The column of `key`, -1 when the header lacks it (``CellView``'s convention).
    func index(_ key: HeaderKey) -> Int { column[key] ?? -1 }

    /// The first column whose folded header is `name`, -1 when there is none.
    func index(named name: String) -> Int { folded.firstIndex(of: name) ?? -1 }

    /// Whether some column's folded header is `name`.
    func has(named name: String) -> Bool { folded.contains(name) }

    /// The header text of `key`'s column, as messages quote it.
    func name(of key: HeaderKey) -> String { texts[column[key] ?? 0] }
}
