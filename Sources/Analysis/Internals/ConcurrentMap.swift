import Dispatch

/// `transform(i)` for every `i` in `0..<count`, in order, computed in up to eight chunks on the
/// available cores (`DispatchQueue.concurrentPerform`) when there are at least 1,024 indices per
/// chunk; on the calling thread otherwise.
///
/// `transform` must be safe to call from several threads at once (pure functions of their index
/// are). Each chunk initialises only its own slots of the result.
func concurrentMap<T>(count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    let chunks = min(8, max(1, count / 1024))
    guard chunks > 1 else { return (0..<count).map(transform) }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * count / chunks)..<((c + 1) * count / chunks) {
                (slots.baseAddress! + i).initialize(to: transform(i))
            }
        }
        initialized = count
    }
}
