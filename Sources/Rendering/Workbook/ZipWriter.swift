import Foundation
import ZIPFoundation

/// Writes parts into a ZIP archive in memory with ZIPFoundation.
enum ZipWriter {
    /// 1980-01-02 12:00 UTC (a ZIP entry's date cannot be earlier than 1980 in any time zone):
    /// the same parts, the same bytes.
    static let fixedDate = Date(timeIntervalSince1970: 315_662_400)

    /// The archive of `parts`, in order, deflated.
    static func archive(_ parts: [WorkbookParts.Part]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            let data = Data(part.text.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
        return data
    }
}
