import Analysis
import Panel

extension Vietnamese {
    static func text(_ summary: Summary) -> String {
        switch summary {
        case .leader(let unit, let value, let period, _, _, let among?):
            return "Trong số \(among) đơn vị có số liệu \(self.period(period)), \(unit) đứng đầu với \(value)."
        case .leader(let unit, let value, let period, let move, let versus, nil):
            let moved: String =
                switch (move, versus) {
                case (0?, let v?): ", giữ nguyên thứ hạng so với \(self.period(v))"
                case (let m?, let v?) where m > 0: ", tăng \(m) bậc so với \(self.period(v))"
                case (let m?, let v?): ", giảm \(-m) bậc so với \(self.period(v))"
                default: ""
                }
            return "\(Notation.capitalized(self.period(period))), \(unit) dẫn đầu với \(value)\(moved)."
        case .biggestMoves(let up, let upPlaces, let down, let downPlaces):
            let parts = [
                up.isEmpty ? nil : "tăng nhiều bậc nhất là \(list(up)) (tăng \(upPlaces) bậc)",
                down.isEmpty ? nil : "giảm nhiều bậc nhất là \(list(down)) (giảm \(downPlaces) bậc)",
            ].compactMap { $0 }
            return Notation.capitalized(parts.joined(separator: "; ")) + "."
        case .rankingsAgree(let period, let versus, let rho, let strength):
            let how: String =
                switch strength {
                case .veryStrong: "rất chặt chẽ"
                case .strong: "chặt chẽ"
                case .moderate: "ở mức trung bình"
                case .weak: "yếu"
                }
            return
                "Thứ hạng \(self.period(period)) tương quan \(how) với thứ hạng \(self.period(versus)) (Spearman ρ = \(rho))."
        case .trend(let unit, let first, let last, let slope, let rising, let kind, let verdict, let p, let n):
            let change: String =
                switch rising {
                case true?: "tăng trung bình \(slope) \(text(.changeUnit(kind))) mỗi năm (hệ số góc Sen)"
                case false?: "giảm trung bình \(slope) \(text(.changeUnit(kind))) mỗi năm (hệ số góc Sen)"
                case nil: "không thay đổi"
                }
            let judged: String =
                switch verdict {
                case .rising: "xu hướng tăng có ý nghĩa thống kê (Mann–Kendall, \(Notation.p(p ?? "—")))"
                case .falling: "xu hướng giảm có ý nghĩa thống kê (Mann–Kendall, \(Notation.p(p ?? "—")))"
                case .noTrend: "chưa đủ căn cứ để kết luận có xu hướng (Mann–Kendall, \(Notation.p(p ?? "—")))"
                case .tooShort: "chuỗi chỉ có \(n) kỳ, quá ngắn để kết luận về xu hướng"
                }
            return "Từ \(period(first)) đến \(period(last)), \(unit) \(change); \(judged)."
        case .acrossReorganisation(let units, let effective):
            return
                "\(list(units)) được sắp xếp lại từ \(date(effective)): số liệu kỳ trước tính theo địa giới cũ (xem ghi chú)."
        case .changes(
            let from, let to, let improved, let worsened, let total, let best, let bestChange, let worst,
            let worstChange, let kind, let p, let significant):
            var s =
                "\(Notation.capitalized(period(to))) so với \(period(from)), \(improved) trên \(total) đơn vị cải thiện, \(worsened) đơn vị giảm sút."
            let unit = text(.changeUnit(kind))
            let extremes = [
                best.map { "cải thiện nhiều nhất là \($0) (\(bestChange) \(unit))" },
                worst.map { "giảm nhiều nhất là \($0) (\(worstChange) \(unit))" },
            ].compactMap { $0 }
            if !extremes.isEmpty { s += " " + Notation.capitalized(extremes.joined(separator: ", ")) + "." }
            if let p {
                s +=
                    significant
                    ? " Thay đổi trung bình có ý nghĩa thống kê (kiểm định t ghép cặp, \(Notation.p(p)))."
                    : " Thay đổi trung bình không có ý nghĩa thống kê (kiểm định t ghép cặp, \(Notation.p(p)))."
            }
            return s
        }
    }

    /// "A", "A và B", "A, B và C".
    static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " và " + (names.last ?? "")
    }

}
