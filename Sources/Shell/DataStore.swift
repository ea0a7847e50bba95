import Foundation
import Panel

/// The data a session has read, kept while its files are unchanged, so that the commands of a
/// session read a file once.
///
/// A result is kept per ``Key`` (the paths in order and the options that change what is read)
/// with the ``FileStamp``s of what it read; it is used again only while every stamp is the same,
/// so a file that was edited, replaced, added to or removed from a loaded folder is read again.
/// The four most recently used results are kept.
final class DataStore: @unchecked Sendable {
    // @unchecked: every stored property is read and written under `lock`.

    /// What a load reads: absolute paths in order, and the options that change the result.
    struct Key: Hashable, Sendable {
        var paths: [String]
        var decimal: DecimalConvention?
        var metric: String?
        var sheets: [String] = []
    }

    private struct Entry {
        var stamps: [FileStamp]
        var result: LoadResult
    }

    private let lock = NSLock()
    private var entries: [(key: Key, entry: Entry)] = []
    private var readCount = 0
    private static let capacity = 4

    /// How many times files were read through this store (tests count with it).
    var reads: Int { lock.withLock { readCount } }

    /// The result for `key`: the kept one when its files are unchanged (and `reload` is false),
    /// else `read()`, which is then kept.
    func result(for key: Key, reload: Bool = false, read: () -> LoadResult) -> LoadResult {
        let stamps = FileStamp.stamps(of: key.paths)
        return lock.withLock {
            if !reload, let i = entries.firstIndex(where: { $0.key == key }), entries[i].entry.stamps == stamps {
                let kept = entries.remove(at: i)
                entries.append(kept)
                return kept.entry.result
            }
            let result = read()
            readCount += 1
            entries.removeAll { $0.key == key }
            entries.append((key, Entry(stamps: stamps, result: result)))
            if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
            return result
        }
    }
}

/// What a load depends on: a file's path, size and modification time. A folder stands for the
/// files the loader reads of it (``Loader/dataFiles(in:)``).
struct FileStamp: Hashable, Sendable {
    var path: String
    /// nil when the file cannot be read (missing, no permission).
    var size: UInt64?
    var modified: Date?

    /// The stamps of `paths` (files or folders), in order.
    static func stamps(of paths: [String]) -> [FileStamp] {
        paths.flatMap { path -> [FileStamp] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [stamp(Loader.dataFile(path))]
            }
            return Loader.dataFiles(in: path).map(stamp)
        }
    }

    private static func stamp(_ path: String) -> FileStamp {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.uint64Value
        return FileStamp(path: path, size: size, modified: attributes?[.modificationDate] as? Date)
    }
}
