import Analysis

extension English {
    static func text(_ finding: Finding) -> String {
        switch finding {
        case .notComputed(let omission):
            "Not computed: \(text(omission))"
        case .conflictingSources:
            "Conflicting sources (the first row is used):"
        case .targetRule:
            "met: the latest value meets the target; on track: the OLS projection to the target period meets it; at risk: only the 95% prediction interval reaches it; off track: the whole interval misses it; unknown: fewer than 3 points"
        }
    }
}
