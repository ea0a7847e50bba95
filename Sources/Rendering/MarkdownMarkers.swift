/// Finds inline markers (`` ` ``, `**`, `*`, `_`, `](`, `)`) in a line of Markdown, each search
/// starting where the last one of the same marker left off.
///
/// A reader that looks for the end of a span by scanning forward from each opener spends the
/// square of the line's length on `[[[[…` or `****…` (every opener scans to the end). The
/// inline readers only ever search from positions that do not go back, so remembering, per
/// marker, where the last search started and what it found answers most searches at once and
/// scans each character at most once per marker: linear time, no memory beyond that.
struct MarkdownMarkers {
    private let chars: [Character]
    /// Per marker: where the last search started and the first position it found (nil: none).
    private var last: [String: (from: Int, at: Int?)] = [:]

    /// - Parameter chars: the line, by character (a marker matches whole characters).
    init(_ chars: [Character]) { self.chars = chars }

    /// The first position at or after `start` where `marker` begins, or nil.
    mutating func first(_ marker: String, from start: Int) -> Int? {
        if let (from, at) = last[marker], from <= start {
            // Nothing between `from` and `at`: the answer stands while `start` has not passed it.
            guard let at else { return nil }
            if start <= at { return at }
        }
        let length = marker.count
        var j = start
        var found: Int?
        while j + length <= chars.count {
            if chars[j..<j + length].elementsEqual(marker) {
                found = j
                break
            }
            j += 1
        }
        last[marker] = (start, found)
        return found
    }
}
