extension LoadContext {
    /// For a large file: room for about one observation per line, its pages faulted in on another
    /// core (``MemoryWarmer``) while this one reads the CSV. Lines are counted in three samples
    /// of the file (a guess: the tidy reader reserves the exact number of rows later; a wrong guess
    /// costs time, never a result).
    mutating func prepareObservations(for bytes: [UInt8]) {
        guard bytes.count >= MemoryWarmer.minimumBytes else { return }
        let window = 1 << 16
        var densest = 0
        for start in [0, (bytes.count - window) / 2, bytes.count - window] {
            var feeds = 0
            var returns = 0
            for b in bytes[start..<(start + window)] {
                if b == CSVReader.lf { feeds += 1 } else if b == CSVReader.cr { returns += 1 }
            }
            densest = max(densest, feeds > 0 ? feeds : returns)  // CRLF or LF files count LF; old Mac files CR
        }
        let lines = densest * (bytes.count / window + 1) * 9 / 8 + 1
        panel.observations.reserveCapacity(panel.observations.count + lines)
        let count = panel.observations.count
        let capacity = panel.observations.capacity
        panel.observations.withUnsafeBufferPointer { list in
            // At most 64 MB: a large file that turns out not to hold observations wastes no more.
            let free = UnsafeRawPointer(list.baseAddress.map { $0 + count })
            MemoryWarmer.warm(free, bytes: min((capacity - count) * MemoryLayout<Observation>.stride, 64 << 20))
        }
    }
}
