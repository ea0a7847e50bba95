/// The dossier-log rule: one row per dossier of a one-door (một cửa) system → counts and rates
/// per unit (× tier) × period, each an observation with its numerator and denominator.
///
/// Recognised by its header (names folded: case, accents and punctuation do not matter): a
/// dossier id, a unit, a date received and a due date; optionally a tier, a date returned, a
/// channel and a status (field and procedure are recognised and not read yet). Each record is
/// checked (``BadDossier``, in that order); a bad one is counted, the first
/// ``DossierOptions/reportedPerKind`` of each kind reported where they are, and left out of every
/// count. Records are added to a ``DossierTally`` as the windows of a large file pass; nothing of
/// a record is kept but its id's fingerprint (for duplicates).
struct DossierColumns {
    let id: Int, unit: Int, tier: Int, received: Int, due: Int, returned: Int, channel: Int, status: Int
    /// Columns recognised and not read (field, procedure).
    let known: [Int]

    static let names: [String: [String]] = [
        "id": ["ma ho so", "so ho so", "dossier id", "dossier", "id"],
        "unit": ["don vi tiep nhan", "co quan tiep nhan", "don vi", "co quan", "unit", "office"],
        "tier": ["cap", "cap xu ly", "cap giai quyet", "tier"],
        "field": ["linh vuc", "field"],
        "procedure": ["thu tuc", "ten thu tuc", "procedure"],
        "received": ["ngay tiep nhan", "ngay nhan", "received"],
        "due": ["han xu ly", "ngay hen tra", "han giai quyet", "due"],
        "returned": ["ngay tra ket qua", "ngay hoan thanh", "ngay tra", "returned", "completed"],
        "channel": ["hinh thuc nop", "kenh nop", "hinh thuc", "channel"],
        "status": ["trang thai", "tinh trang", "status"],
    ]

    /// The columns of `header`, nil unless it names a dossier id, a unit, a date received and a
    /// due date.
    init?(_ header: TableHeader) {
        func column(_ key: String) -> Int {
            for name in Self.names[key] ?? [] { if let i = header.folded.firstIndex(of: name) { return i } }
            return -1
        }
        (id, unit, received, due) = (column("id"), column("unit"), column("received"), column("due"))
        guard id >= 0, unit >= 0, received >= 0, due >= 0 else { return nil }
        (tier, returned, channel, status) = (column("tier"), column("returned"), column("channel"), column("status"))
        known = [column("field"), column("procedure")].filter { $0 >= 0 }
    }

    var used: Set<Int> { Set([id, unit, tier, received, due, returned, channel, status] + known).subtracting([-1]) }
}

/// The channels of filing, folded: online or not.
enum DossierChannel {
    static func online(_ folded: String) -> Bool? {
        switch folded {
        case "truc tuyen", "online": true
        case "truc tiep", "in person", "direct", "buu chinh cong ich", "buu chinh", "postal", "post": false
        default: nil
        }
    }

    /// Statuses of a dossier closed without a result.
    static let ineligible: Set<String> = [
        "khong du dieu kien", "tam dung", "da huy", "huy", "bi huy", "tra lai", "rut ho so", "ineligible",
        "suspended", "cancelled", "canceled", "withdrawn",
    ]
}

extension LoadContext {
    /// What reading a dossier log remembers from one window to the next.
    struct DossierReading {
        let columns: DossierColumns
        let header: TableHeader
        var tally = DossierTally()
        var ids: Fingerprints
        var records = 0
        var bad = [Int](repeating: 0, count: BadDossier.allCases.count)
        var unitIDs = ByteInterner()
        var unitNames: [String] = []
        var tierIDs = ByteInterner()
        var tiers: [Tier?] = []
        var channelIDs = ByteInterner()
        var channels: [Bool?] = []
        var statusIDs = ByteInterner()
        var statuses: [Bool] = []
        /// Group of `unit id * 4 + tier code` (0 none, 1 + ``Tier/hashRank``).
        var groupOf: [Int: Int] = [:]
        var groups: [(unit: Int, tier: Tier?)] = []

        init(_ header: TableHeader, _ columns: DossierColumns, expectedRecords: Int = 1024, windowStart: Int = 1) {
            self.header = header
            self.columns = columns
            ids = Fingerprints(capacity: expectedRecords)
            tally.windowStart = windowStart
        }
    }

    /// Reads a dossier log that fits one table.
    mutating func readDossiers(_ t: CellView, _ h: TableHeader, _ columns: DossierColumns) {
        var reading = DossierReading(
            h, columns, expectedRecords: t.rows.count, windowStart: options.dossiers.windowStart)
        reportUnusedColumns(h, used: columns.used)
        dossierRows(t, &reading)
        finishDossiers(reading, input: t.input, file: t.name)
    }

    /// Checks and counts the records of (a window of) a dossier log.
    mutating func dossierRows(_ t: CellView, _ reading: inout DossierReading) {
        let c = reading.columns
        Self.shapeProblems(t, reading.header) { report($0) }
        let perKind = options.dossiers.reportedPerKind
        for r in t.rows {
            reading.records += 1
            func cell(_ column: Int) -> Int? {
                guard let i = t.field(r, column), t.fields[i].length > 0 else { return nil }
                return i
            }
            func reject(_ kind: BadDossier, _ column: Int) {
                reading.bad[kindIndex(kind)] += 1
                guard reading.bad[kindIndex(kind)] <= perKind else { return }
                let name = column >= 0 && column < reading.header.count ? reading.header.texts[column] : ""
                report(
                    Diagnostic(
                        .badDossier(kind, text: t.field(r, column).map(t.text) ?? "", column: name),
                        at: t.location(r, column)))
            }
            guard let idCell = cell(c.id), let unitCell = cell(c.unit), let receivedCell = cell(c.received),
                let dueCell = cell(c.due)
            else {
                let empty = [c.id, c.unit, c.received, c.due].first { cell($0) == nil } ?? c.id
                reject(.missingValue, empty)
                continue
            }
            let returnedCell = cell(c.returned)
            let received = DateBytes.parse(t.bytes(receivedCell))
            let due = DateBytes.parse(t.bytes(dueCell))
            let returned = returnedCell.map { DateBytes.parse(t.bytes($0)) }
            guard let received, let due, returned != .some(nil) else {
                reject(.unreadableDate, received == nil ? c.received : due == nil ? c.due : c.returned)
                continue
            }
            var tier: Tier?
            if c.tier >= 0 {
                guard let i = cell(c.tier) else {
                    reject(.unknownTier, c.tier)
                    continue
                }
                let k = t.intern(i, in: &reading.tierIDs)
                if k.isNew { reading.tiers.append(Tier(parsing: t.text(i))) }
                guard let found = reading.tiers[k.id] else {
                    reject(.unknownTier, c.tier)
                    continue
                }
                tier = found
            }
            var online = false
            if c.channel >= 0 {
                guard let i = cell(c.channel) else {
                    reject(.unknownChannel, c.channel)
                    continue
                }
                let k = t.intern(i, in: &reading.channelIDs)
                if k.isNew { reading.channels.append(DossierChannel.online(Names.fold(t.text(i)))) }
                guard let isOnline = reading.channels[k.id] else {
                    reject(.unknownChannel, c.channel)
                    continue
                }
                online = isOnline
            }
            if let returned = returned ?? nil, returned.isBefore(received) {
                reject(.returnedBeforeReceived, c.returned)
                continue
            }
            if due.isBefore(received) {
                reject(.dueBeforeReceived, c.due)
                continue
            }
            guard reading.ids.insert(t.bytes(idCell)) else {
                reject(.duplicateID, c.id)
                continue
            }
            var ineligible = false
            if let i = cell(c.status) {
                let k = t.intern(i, in: &reading.statusIDs)
                if k.isNew { reading.statuses.append(DossierChannel.ineligible.contains(Names.fold(t.text(i)))) }
                ineligible = reading.statuses[k.id]
            }
            let u = t.intern(unitCell, in: &reading.unitIDs)
            if u.isNew { reading.unitNames.append(t.text(unitCell)) }
            let groupTier = options.dossiers.byTier ? tier : nil
            let key = u.id * 4 + (groupTier.map { 1 + $0.hashRank } ?? 0)
            let group: Int
            if let known = reading.groupOf[key] {
                group = known
            } else {
                group = reading.groups.count
                reading.groupOf[key] = group
                reading.groups.append((u.id, groupTier))
            }
            reading.tally.add(
                DossierRecord(
                    received: received, due: due, returned: returned ?? nil, ineligible: ineligible, online: online),
                group: group)
        }
    }

    func kindIndex(_ kind: BadDossier) -> Int { BadDossier.allCases.firstIndex(of: kind) ?? 0 }
}
