import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// Faults in the pages of a large buffer on another core before the loader writes into it.
///
/// A fresh page costs about a microsecond and a half the first time it is written here (on
/// a virtual machine, most of it zeroing and mapping the page); 120,000 observations fill
/// 7,000 pages. When the loader knows it is about to fill a buffer it has just reserved, it asks
/// the kernel to populate the pages (`madvise(MADV_POPULATE_WRITE)`, Linux 5.14) on a global
/// queue while it keeps working. The hint changes no byte of memory and no result: pages that
/// are already there are left alone, a kernel that lacks the advice returns an error that is
/// ignored, and elsewhere it does nothing.
enum MemoryWarmer {
    /// Buffers smaller than this are not worth a thread.
    static let minimumBytes = 1 << 20

    /// Populates the whole pages inside `bytes` bytes from `start`, in 1 MB steps, from the end
    /// when `fromEnd` (the writer starts at the beginning: the two meet instead of queueing).
    static func warm(_ start: UnsafeRawPointer?, bytes: Int, fromEnd: Bool = false) {
        #if os(Linux)
            guard let start, bytes >= minimumBytes else { return }
            let page = 4096
            let first = (Int(bitPattern: start) + page - 1) & ~(page - 1)
            let end = (Int(bitPattern: start) + bytes) & ~(page - 1)
            guard end > first else { return }
            DispatchQueue.global(qos: .userInitiated).async {
                let step = 1 << 20
                var chunks = Array(stride(from: first, to: end, by: step))
                if fromEnd { chunks.reverse() }
                for chunk in chunks {
                    _ = madvise(UnsafeMutableRawPointer(bitPattern: chunk), min(step, end - chunk), populateWrite)
                }
            }
        #endif
    }

    #if os(Linux)
        /// `MADV_POPULATE_WRITE` (older C headers lack the name).
        static let populateWrite: Int32 = 23
    #endif
}
