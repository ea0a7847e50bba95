import Panel

extension Vietnamese {
    /// A figure in a sentence as Vietnamese reports write it: a decimal comma and thousands
    /// grouped by points (`99,17`, `7.554`, `-0,5`, `1.234.567,5`).
    static func number(_ x: Double) -> String {
        decimal(Agreement.format(x))
    }

    /// A number written with a decimal point and no grouping (`1234.5`, `-0.005`) rewritten the
    /// Vietnamese way (`1.234,5`, `-0,005`); anything else (an exponent) only swaps the mark.
    static func decimal(_ plain: String) -> String {
        var rest = Substring(plain)
        var sign = ""
        if rest.first == "-" {
            sign = "-"
            rest = rest.dropFirst()
        }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isNumber) else {
            return plain.replacingOccurrences(of: ".", with: ",")
        }
        var grouped = ""
        for (i, digit) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return sign + grouped + (parts.count == 2 ? "," + parts[1] : "")
    }

    /// A period as reports write it: `năm 2024`, `6 tháng đầu năm 2022`, `6 tháng cuối năm 2022`,
    /// `quý III/2023`, `tháng 11/2023`, `9 tháng năm 2022`, `giai đoạn 2021–2025`,
    /// `tháng 7–8/2025`, `tháng 12/2024–tháng 1/2025`, and a day as `01/7/2025`.
    static func period(_ p: Period) -> String {
        let y = p.year
        let first = p.firstMonth % 12 + 1
        let last = p.lastMonth % 12 + 1
        let lastYear = p.lastMonth / 12
        switch p.kind {
        case .year: return "năm \(y)"
        case .half: return first == 1 ? "6 tháng đầu năm \(y)" : "6 tháng cuối năm \(y)"
        case .quarter: return "quý \(["I", "II", "III", "IV"][(first - 1) / 3])/\(y)"
        case .month: return "tháng \(first)/\(y)"
        case .cumulative: return "\(last) tháng năm \(y)"
        case .years: return "giai đoạn \(y)–\(lastYear)"
        case .monthRange:
            return lastYear == y ? "tháng \(first)–\(last)/\(y)" : "tháng \(first)/\(y)–tháng \(last)/\(lastYear)"
        case .day:
            let d = p.day ?? 1
            return "\(d < 10 ? "0" : "")\(d)/\(first)/\(y)"
        }
    }
}
