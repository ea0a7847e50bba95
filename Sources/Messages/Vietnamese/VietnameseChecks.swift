import Panel

extension Vietnamese {
    /// The message of a `check` finding: figures that contradict their metric or each other.
    static func checkText(_ problem: Problem) -> String {
        let f = number
        switch problem {
        case .outOfRange(let figure, let value, let min, let max):
            return
                "\(name(of: figure)) = \(f(value)) nằm ngoài khoảng hợp lệ của \(figure.metric ?? "") (\(range(min, max)))"
        case .rankBelowOne(let figure, let rank):
            return "\(name(of: figure)): thứ hạng \(rank) nhỏ hơn 1"
        case .rankExceedsRankOf(let figure, let rank, let of):
            return
                "\(name(of: figure)): hạng \(rank)/\(of) là không thể (thứ hạng lớn hơn số đơn vị được xếp hạng)"
        case .zeroDenominator(let figure):
            return "\(name(of: figure)): mẫu số bằng 0"
        case .numeratorExceedsDenominator(let figure, let n, let d):
            return "\(name(of: figure)): tử số \(f(n)) lớn hơn mẫu số \(f(d))"
        case .rateMismatch(let figure, let value, let n, let d, let decimals):
            var unit = 1.0
            for _ in 0..<decimals { unit /= 10 }
            let expected = decimal(English.rounded(100 * n / d, to: max(decimals, 2) + 2))
            return
                "\(name(of: figure)) là \(f(value)) nhưng theo số đếm thì \(f(n)) / \(f(d)) = \(expected) (báo cáo làm tròn đến \(decimals) chữ số thập phân, sai lệch cho phép ±\(decimal(English.rounded(unit / 2, to: decimals + 1))))"
        case .partsDoNotAddUp(let figure, let parts, let total):
            return
                "\(name(of: figure)): \(list(parts)) = \(f(parts.reduce(0) { $0 + $1.value })), nhưng số hồ sơ tiếp nhận là \(f(total))"
        case .partsExceedTotal(let figure, let parts, let total):
            return
                "\(name(of: figure)): \(list(parts)) = \(f(parts.reduce(0) { $0 + $1.value })), nhiều hơn \(f(total)) hồ sơ tiếp nhận"
        case .onTimeAndLateDoNotAddUp(let figure, let onTime, let late, let resolved):
            return
                "\(name(of: figure)): đúng hạn \(f(onTime)) + trễ hạn \(f(late)) = \(f(onTime + late)), nhưng số hồ sơ đã giải quyết là \(f(resolved))"
        case .denominatorIsNotResolved(let figure, let metric, let d, let resolved):
            return
                "\(name(of: figure)): \(metric) được tính trên \(f(d)) hồ sơ, nhưng số hồ sơ đã giải quyết là \(f(resolved))"
        case .denominatorIsNotReceived(let figure, let metric, let d, let received):
            return
                "\(name(of: figure)): \(metric) được tính trên \(f(d)) hồ sơ, nhưng số hồ sơ tiếp nhận là \(f(received))"
        case .rankContradictsScores(let p, let better):
            let place = p.otherFile.map { "\($0):\(p.otherLine)" } ?? "dòng \(p.otherLine)"
            return
                "\(p.metric) \(period(p.period)): \(p.unit) có \(f(p.value)) và xếp hạng \(p.rank), nhưng \(p.other) có \(f(p.otherValue)) và xếp hạng \(p.otherRank) (\(place)); \(better == .higher ? "cao hơn" : "thấp hơn") là tốt hơn"
        case .tiedScoresDifferentRanks(let p):
            return
                "\(p.metric) \(period(p.period)): \(p.unit) và \(p.other) cùng có \(f(p.value)) nhưng xếp hạng \(p.rank) và \(p.otherRank)"
        case .sourceConflict(let figure, let figures):
            let each = figures.map { s -> String in
                var parts: [String] = []
                if let v = s.value { parts.append(f(v)) }
                if let r = s.rank { parts.append("hạng \(r)\(s.rankOf.map { "/\($0)" } ?? "")") }
                let what = parts.isEmpty ? "—" : parts.joined(separator: ", ")
                return "\(what) (dòng \(s.line)\(s.file.map { " của \($0)" } ?? ""); \(s.source ?? "không ghi nguồn"))"
            }
            return "các nguồn không khớp về \(name(of: figure)): \(each.joined(separator: " và "))"
        case .gap(let unit, let metric, let tier, let from, let to, let missing):
            return
                "\(unit) có số liệu \(metric)\(tier.map { " (\(text(.tier($0))))" } ?? "") từ \(period(from)) đến \(period(to)) nhưng thiếu \(missing.map(period).joined(separator: ", ")), trong khi các đơn vị cùng nhóm đều có"
        case .unitAfterItsEnd, .unitBeforeItsStart, .mixedBoundaries:
            return crosswalkText(problem)
        default:
            return text(problem)
        }
    }

    /// `đã giải quyết 7.088 + đang giải quyết 216 + không đủ điều kiện 250`.
    static func list(_ parts: [CountPart]) -> String {
        parts.map { "\(countName($0.metric)) \(number($0.value))" }.joined(separator: " + ")
    }

    /// The short name of a dossier count in a sum; other metrics keep their id.
    static func countName(_ metric: String) -> String {
        switch metric {
        case "dossiers_received": "tiếp nhận"
        case "dossiers_online": "trực tuyến"
        case "dossiers_resolved": "đã giải quyết"
        case "dossiers_on_time": "đúng hạn"
        case "dossiers_late": "trễ hạn"
        case "dossiers_pending": "đang giải quyết"
        case "dossiers_ineligible": "không đủ điều kiện"
        default: metric
        }
    }

    /// A metric's valid range: `0–100`, `≥ 0`, `≤ 5`, `mọi giá trị`.
    static func range(_ min: Double?, _ max: Double?) -> String {
        switch (min, max) {
        case (let lo?, let hi?): "\(number(lo))–\(number(hi))"
        case (let lo?, nil): "≥ \(number(lo))"
        case (nil, let hi?): "≤ \(number(hi))"
        default: "mọi giá trị"
        }
    }
}
