import Foundation
import ZIPFoundation

/// An `.xlsx` workbook opened for reading: its sheets in order, its shared strings, what each cell
/// format means for the value it shows, and its date system.
///
/// The archive is opened with ZIPFoundation; the parts are read with ``XMLBytes``. Only what a
/// table of figures needs is read: `workbook.xml` (sheet names, hidden state, `date1904`) and its
/// relationships, `sharedStrings.xml`, the number formats of `styles.xml`, and one worksheet at a
/// time (``part(_:)``).
struct Workbook {
    /// A sheet as the workbook lists it.
    struct Sheet: Sendable {
        var name: String
        /// `state="hidden"` or `"veryHidden"`: read only when named.
        var hidden: Bool
        /// The worksheet's part in the archive (`xl/worksheets/sheet1.xml`), nil when the
        /// relationship is missing (a chart sheet has no cells either).
        var path: String?
    }

    /// Why a file could not be opened as a workbook.
    enum Failure: Error, Equatable {
        /// Not a ZIP archive, or a damaged one.
        case damaged
        /// A part the workbook cannot do without is missing (`xl/workbook.xml`).
        case missingPart(String)
        /// A part larger than a table holds.
        case tooLarge
    }

    let archive: Archive
    var sheets: [Sheet] = []
    var strings = SharedStrings()
    var formats: [CellFormat] = []
    /// Dates count days from 1904-01-01 (old Mac workbooks) instead of 1899-12-31.
    var date1904 = false

    init(bytes: [UInt8]) throws(Failure) {
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .damaged
        }
        let root = (try? part("_rels/.rels")).flatMap { Self.officeDocument(in: $0) } ?? "xl/workbook.xml"
        guard let workbook = try? part(root) else { throw .missingPart(root) }
        let folder = root.split(separator: "/").dropLast().joined(separator: "/")
        let name = root.split(separator: "/").last.map(String.init) ?? ""
        let rels = ((try? part(folder + "/_rels/" + name + ".rels")).map(Self.relationships) ?? [:])
            .mapValues { Self.resolve($0, in: folder) }
        readWorkbook(workbook, rels: rels)
        func find(_ suffix: String) -> String {
            rels.values.first { $0.lowercased().hasSuffix(suffix.lowercased()) } ?? folder + "/" + suffix
        }
        if let shared = try? part(find("sharedStrings.xml")) { strings = SharedStrings(shared) }
        if let styles = try? part(find("styles.xml")) { formats = CellFormat.cellFormats(in: styles) }
    }

    /// A relationship's target as a path in the archive: absolute (`/xl/…`) or relative to `folder`.
    static func resolve(_ target: String, in folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    /// The bytes of part `path`, inflated.
    func part(_ path: String) throws(Failure) -> [UInt8] {
        let wanted = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard let entry = archive[wanted] ?? archive.first(where: { $0.path.lowercased() == wanted.lowercased() })
        else {
            throw .missingPart(wanted)
        }
        guard entry.uncompressedSize < UInt64(CellTable.maxBytes) else { throw .tooLarge }
        var out: [UInt8] = []
        out.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: true) { data in
                guard out.count + data.count <= CellTable.maxBytes else { throw Failure.tooLarge }
                data.withUnsafeBytes { out.append(contentsOf: $0) }
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .damaged
        }
        return out
    }

    /// The main part named by the package relationships (`xl/workbook.xml`).
    static func officeDocument(in rels: [UInt8]) -> String? {
        rels.withUnsafeBufferPointer { p in
            var x = XMLBytes(p)
            while let tag = x.nextTag() {
                guard !tag.isEnd, x.is(tag.name, "Relationship"),
                    x.string("Type", in: tag.attributes)?.hasSuffix("/officeDocument") == true,
                    let target = x.string("Target", in: tag.attributes)
                else { continue }
                return target.hasPrefix("/") ? String(target.dropFirst()) : target
            }
            return nil
        }
    }

    /// Relationship id → target, the target resolved against `xl/`.
    static func relationships(_ bytes: [UInt8]) -> [String: String] {
        bytes.withUnsafeBufferPointer { p in
            var x = XMLBytes(p)
            var map: [String: String] = [:]
            while let tag = x.nextTag() {
                guard !tag.isEnd, x.is(tag.name, "Relationship"), let id = x.string("Id", in: tag.attributes),
                    let target = x.string("Target", in: tag.attributes)
                else { continue }
                map[id] = target
            }
            return map
        }
    }

    /// Reads the sheets (`rels`: relationship id → part) and the date system.
    mutating func readWorkbook(_ bytes: [UInt8], rels: [String: String]) {
        bytes.withUnsafeBufferPointer { p in
            var x = XMLBytes(p)
            while let tag = x.nextTag() {
                guard !tag.isEnd else { continue }
                if x.is(tag.name, "workbookPr") {
                    let value = x.string("date1904", in: tag.attributes)
                    date1904 = value == "1" || value == "true"
                } else if x.is(tag.name, "sheet") {
                    let state = x.string("state", in: tag.attributes) ?? "visible"
                    let target = x.string("id", in: tag.attributes).flatMap { rels[$0] }
                    sheets.append(
                        Sheet(
                            name: x.string("name", in: tag.attributes) ?? "Sheet\(sheets.count + 1)",
                            hidden: state != "visible", path: target))
                }
            }
        }
    }
}

/// The shared strings of a workbook: one buffer, each string a range of it.
struct SharedStrings {
    var storage: [UInt8] = []
    var starts: [UInt32] = [0]

    init() {}

    /// Reads `<si>` items: plain `<t>` text or rich-text runs (`<r><t>…</t></r>`) joined; phonetic
    /// runs (`<rPh>`) are not part of the text.
    init(_ bytes: [UInt8]) {
        storage.reserveCapacity(bytes.count / 2)
        bytes.withUnsafeBufferPointer { p in
            var x = XMLBytes(p)
            while let tag = x.nextTag() {
                if tag.isEnd {
                    if x.is(tag.name, "si") { starts.append(UInt32(storage.count)) }
                } else if x.is(tag.name, "si"), tag.isEmpty {
                    starts.append(UInt32(storage.count))
                } else if x.is(tag.name, "rPh") {
                    if !tag.isEmpty { x.skipElement("rPh") }
                } else if x.is(tag.name, "t"), !tag.isEmpty {
                    XMLBytes.appendDecoded(p, x.text(), to: &storage)
                }
            }
        }
    }

    var count: Int { starts.count - 1 }

    func range(_ i: Int) -> Range<Int>? {
        guard i >= 0, i < count else { return nil }
        return Int(starts[i])..<Int(starts[i + 1])
    }
}

/// What a cell's number format says about the number it shows.
enum CellFormat: Equatable {
    /// Shown as written (General, `0.00`, `#,##0`, text).
    case plain
    /// Shown times 100 with `%` (`0%`, `0.00%`).
    case percent
    /// A date; what the format shows of it decides the period text.
    case date(DatePart)

    enum DatePart: Equatable {
        /// `yyyy`: the year alone.
        case year
        /// `mm/yyyy`, `mmm-yy`: a month.
        case month
        /// A day (`dd/mm/yyyy`, `m/d/yy`, and any format with a time).
        case day
    }

    /// The format of each cell style (`<cellXfs>` in `styles.xml`), by index.
    static func cellFormats(in bytes: [UInt8]) -> [CellFormat] {
        bytes.withUnsafeBufferPointer { p in
            var x = XMLBytes(p)
            var custom: [Int: CellFormat] = [:]
            var formats: [CellFormat] = []
            var inCellXfs = false
            while let tag = x.nextTag() {
                if x.is(tag.name, "cellXfs") {
                    inCellXfs = !tag.isEnd && !tag.isEmpty
                } else if !tag.isEnd, x.is(tag.name, "numFmt"), let id = x.int("numFmtId", in: tag.attributes) {
                    custom[id] = classify(x.string("formatCode", in: tag.attributes) ?? "")
                } else if inCellXfs, !tag.isEnd, x.is(tag.name, "xf") {
                    let id = x.int("numFmtId", in: tag.attributes) ?? 0
                    formats.append(custom[id] ?? builtIn(id))
                }
            }
            return formats
        }
    }

    /// The built-in formats (ECMA-376 §18.8.30): 9–10 percent; 14–22, 27–36, 45–47, 50–58 dates.
    static func builtIn(_ id: Int) -> CellFormat {
        switch id {
        case 9, 10: .percent
        case 17: .date(.month)
        case 14...16, 18...22, 27...36, 45...47, 50...58: .date(.day)
        default: .plain
        }
    }

    /// Reads a format code: `%` outside quotes and brackets makes a percent; `y`, `d` (or `m`
    /// beside them), `h` or `s` make a date.
    static func classify(_ code: String) -> CellFormat {
        // Only the first section (positive numbers) matters.
        var letters = Set<Character>()
        var inQuote = false
        var inBracket = false
        var escaped = false
        for c in code {
            if escaped {
                escaped = false
                continue
            }
            switch c {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case ";" where !inQuote && !inBracket: return verdict(letters)
            default:
                if !inQuote, !inBracket { letters.insert(Character(c.lowercased())) }
            }
        }
        return verdict(letters)
    }

    static func verdict(_ letters: Set<Character>) -> CellFormat {
        if letters.contains("%") { return .percent }
        let y = letters.contains("y")
        let d = letters.contains("d")
        let m = letters.contains("m")
        if y, !d, !m { return .date(.year) }
        if y, m, !d { return .date(.month) }
        if y || d || letters.contains("h") || letters.contains("s") && m { return .date(.day) }
        return .plain
    }
}
