import Analysis

extension Vietnamese {
    static func text(_ finding: Finding) -> String {
        switch finding {
        case .notComputed(let omission):
            "Không tính được: \(text(omission))"
        case .conflictingSources:
            "Nguồn mâu thuẫn (dùng dòng đầu tiên):"
        case .targetRule:
            // vi: untranslated (issue 15)
            "met: the latest value meets the target; on track: the OLS projection to the target period meets it; at risk: only the 95% prediction interval reaches it; off track: the whole interval misses it; unknown: fewer than 3 points"
        }
    }
}
