import Foundation

/// What kind of spreadsheet file an input is, from its first bytes (and its name, for a file
/// that is none of them but is named as one).
enum SpreadsheetFile: Equatable {
    /// A ZIP archive: an `.xlsx` (or `.xlsm`) workbook.
    case workbook
    /// An OpenDocument spreadsheet (`.ods`): a ZIP archive whose `mimetype` says so.
    case openDocument
    /// An OLE2 compound file holding an encrypted (password-protected) workbook.
    case encrypted
    /// An OLE2 compound file without one: an Excel 97–2003 `.xls` (BIFF).
    case legacy
    /// Named `.xlsx`, `.xlsm`, `.xls` or `.ods` but none of the above: damaged.
    case damaged

    /// The kind of `bytes` named `name`, nil for a file that is not a spreadsheet (CSV).
    static func kind(of bytes: [UInt8], name: String) -> SpreadsheetFile? {
        let lower = name.lowercased()
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            // An .ods stores its `mimetype` first and uncompressed.
            let head = bytes.prefix(128)
            if contains(head, "application/vnd.oasis.opendocument") { return .openDocument }
            return .workbook
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // Encrypted OOXML keeps its streams "EncryptionInfo" and "EncryptedPackage" (names
            // in UTF-16 in the compound file's directory).
            let name: [UInt8] = "EncryptionInfo".utf16.flatMap { unit -> [UInt8] in
                [UInt8(truncatingIfNeeded: unit), 0]
            }
            return contains(bytes[...], name) ? .encrypted : .legacy
        }
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") || lower.hasSuffix(".xls") || lower.hasSuffix(".ods") {
            return .damaged
        }
        return nil
    }

    /// Whether the file at `path` is to be read as a spreadsheet (whole) rather than as CSV (in
    /// windows): a spreadsheet's name, or a ZIP or OLE signature in its first bytes.
    static func looksLike(path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") || lower.hasSuffix(".xls") || lower.hasSuffix(".ods") {
            return true
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 8)
        let n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, 8) }
        guard n >= 4 else { return false }
        return head.starts(with: [0x50, 0x4B]) || head.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
    }

    static func contains(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
        contains(bytes, Array(text.utf8))
    }

    static func contains(_ bytes: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while i <= last {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}

extension Loader {
    /// Reads `bytes` as a spreadsheet when they are one (see ``SpreadsheetFile``): the tables of
    /// a workbook's sheets, or the problem that says what to do with a file parlens cannot read.
    /// False for any other file (a CSV).
    ///
    /// `sheets` are the sheets a path named (`book.xlsx#Sheet`); without them, those of
    /// ``LoadOptions/sheets``.
    mutating func addSpreadsheet(bytes: [UInt8], name: String, sheets: [String] = []) -> Bool {
        guard let kind = SpreadsheetFile.kind(of: bytes, name: name) else { return false }
        let place = SourceLocation(file: name, line: 0, column: 0)
        switch kind {
        case .openDocument: deferred.append(.problem(Diagnostic(.openDocumentSpreadsheet, at: place)))
        case .encrypted: deferred.append(.problem(Diagnostic(.encryptedWorkbook, at: place)))
        case .legacy: deferred.append(.problem(Diagnostic(.legacyExcel, at: place)))
        case .damaged: deferred.append(.problem(Diagnostic(.damagedWorkbook(missingPart: nil), at: place)))
        case .workbook:
            let workbook: Workbook
            do throws(Workbook.Failure) {
                workbook = try Workbook(bytes: bytes)
            } catch {
                let problem: Problem =
                    switch error {
                    case .damaged: .damagedWorkbook(missingPart: nil)
                    case .missingPart(let part): .damagedWorkbook(missingPart: part)
                    case .tooLarge: .tooLarge(megabytes: CellTable.maxBytes >> 20)
                    }
                deferred.append(.problem(Diagnostic(problem, at: place)))
                return true
            }
            let source = XLSXSource(
                name: name, workbook: workbook, selection: sheets.isEmpty ? options.sheets : sheets,
                decimal: options.decimal)
            let (tables, problems) = source.read()
            for d in problems { deferred.append(.problem(d)) }
            for table in tables { add(table) }
        }
        return true
    }

    /// Whether `path` names a file or folder, or a sheet of a workbook (`book.xlsx#Sheet`).
    public static func dataPathExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
            || sheetPath(path, exists: { FileManager.default.fileExists(atPath: $0) }) != nil
    }

    /// The file a data path reads: the path, or the workbook of `book.xlsx#Sheet`.
    public static func dataFile(_ path: String) -> String {
        sheetPath(path, exists: { FileManager.default.fileExists(atPath: $0) })?.file ?? path
    }

    /// `book.xlsx#Sheet` as the file and the sheet, when the path does not exist as written
    /// and the part before the last `#` does.
    static func sheetPath(_ path: String, exists: (String) -> Bool) -> (file: String, sheet: String)? {
        guard let hash = path.lastIndex(of: "#"), !exists(path) else { return nil }
        let file = String(path[..<hash])
        let sheet = String(path[path.index(after: hash)...])
        guard !sheet.isEmpty, exists(file) else { return nil }
        return (file, sheet)
    }
}

extension LoadContext {
    /// Marks the places in cells of sheets as cell references (`book.xlsx[Sheet1]!C12`): every
    /// diagnostic's place, and related places, whose file is a sheet's table.
    mutating func markCellPlaces() {
        let sheets = Set(panel.cellInputs.map { panel.inputs[$0] })
        guard !sheets.isEmpty else { return }
        func mark(_ l: inout SourceLocation) { if sheets.contains(l.file) { l.isCell = true } }
        for i in diagnostics.indices {
            if var l = diagnostics[i].location {
                mark(&l)
                diagnostics[i].location = l
            }
            for j in diagnostics[i].related.indices { mark(&diagnostics[i].related[j]) }
        }
    }
}
