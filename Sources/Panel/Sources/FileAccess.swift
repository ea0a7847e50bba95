import Foundation

/// Reading inputs from the file system: the bytes of a file, the data files of a folder.
enum FileAccess {
    /// What a folder's walk found: its data files, and the folders in it that could not be listed.
    struct FolderListing: Sendable {
        var files: [String]
        var unreadable: [String]
    }

    /// The data files in `folder` (recursively): `.csv`, `.tsv` and workbooks (`.xlsx`, `.xlsm`;
    /// not Excel's lock files `~$book.xlsx`), by path. A folder named
    /// `synthetic` inside `folder` (at any depth) is left out: it holds generated demo data, read
    /// only when it is named itself, so invented units never mix with real ones unless asked for.
    /// Links to folders are not followed (no cycles); links to files are listed (and then read
    /// only if they lead to a regular file). A folder that cannot be listed is reported, not
    /// skipped. At most ``maxEntries`` entries are looked at: `--data /` is refused, not walked
    /// (nil).
    static func csvFiles(in folder: String, limit: Int = maxEntries) -> FolderListing? {
        func path(_ relative: String) -> String {
            relative.isEmpty ? folder : (folder.hasSuffix("/") ? folder : folder + "/") + relative
        }
        var listing = FolderListing(files: [], unreadable: [])
        var seen = 0
        var pending = [""]
        while let relative = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path(relative)) else {
                listing.unreadable.append(path(relative))
                continue
            }
            for name in names {
                seen += 1
                if seen > limit { return nil }
                let item = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(path(item), &info) == 0 else { continue }
                let lower = name.lowercased()
                if info.st_mode & S_IFMT == S_IFDIR {
                    if lower != syntheticFolder { pending.append(item) }
                } else if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv")
                    || (lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm")) && !lower.hasPrefix("~$")
                {
                    listing.files.append(path(item))
                }
            }
        }
        listing.files.sort()
        listing.unreadable.sort()
        return listing
    }

    /// The most entries a folder's walk looks at before it refuses the folder.
    static let maxEntries = 50_000

    /// What a path that is not a regular file is (data is read only from regular files: a FIFO
    /// would wait for ever, a device such as /dev/zero never ends), or nil for a regular file or
    /// a path that cannot be examined.
    static func special(_ path: String) -> FileKind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return .fifo
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFSOCK: return .socket
        default: return .other
        }
    }

    /// The name of the folder of synthetic data that a folder's walk leaves out.
    static let syntheticFolder = "synthetic"

    /// The bytes of a file, read straight into one array (`open`, `fstat`, `read` until the end),
    /// or nil when it cannot be opened or read (a folder, no permission).
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? max(Int(info.st_size), 0) : 0
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let n = read(fd, base + count, size - count)
                if n > 0 {
                    count += n
                } else if n == 0 || errno != EINTR {
                    failed = n < 0
                    return
                }
            }
        }
        guard !failed else { return nil }
        // Whatever is beyond the size fstat gave (a file still growing, a pipe).
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                bytes.append(contentsOf: chunk[0..<n])
            } else if n == 0 {
                return bytes
            } else if errno != EINTR {
                return nil
            }
        }
    }
}
