import Panel

extension English {
    /// A period as English reports write it: `2024`, `H1 2022`, `Q3 2023`, `November 2023`,
    /// `9 months 2022`, `2021–2025`, `Jul–Aug 2025`, `Dec 2024–Jan 2025`, and a day as
    /// `2025-07-01`.
    static func period(_ p: Period) -> String {
        let y = p.year
        let first = p.firstMonth % 12 + 1
        let last = p.lastMonth % 12 + 1
        let lastYear = p.lastMonth / 12
        switch p.kind {
        case .year: return "\(y)"
        case .half: return "H\(first == 1 ? 1 : 2) \(y)"
        case .quarter: return "Q\((first - 1) / 3 + 1) \(y)"
        case .month: return "\(monthNames[first - 1]) \(y)"
        case .cumulative: return "\(last) months \(y)"
        case .years: return "\(y)–\(lastYear)"
        case .monthRange:
            let a = String(monthNames[first - 1].prefix(3))
            let b = String(monthNames[last - 1].prefix(3))
            return lastYear == y ? "\(a)–\(b) \(y)" : "\(a) \(y)–\(b) \(lastYear)"
        case .day: return p.description
        }
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
