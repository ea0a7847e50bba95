import Analysis
import Panel

/// Việc sắp xếp lại đơn vị hành chính (sáp nhập năm 2025 và các bảng chuyển đổi khác) bằng tiếng
/// Việt: ngày tháng, câu nêu so sánh qua thời điểm thay đổi, và lỗi của bảng chuyển đổi.
extension Vietnamese {
    /// A date as Vietnamese documents write it: `01/7/2025`.
    static func date(_ d: CalendarDate) -> String { "\(d.day < 10 ? "0" : "")\(d.day)/\(d.month)/\(d.year)" }

    /// `A`, `A và B`, `A, B và C`.
    static func names(_ xs: [String]) -> String {
        guard let last = xs.last else { return "" }
        return xs.count == 1 ? last : xs.dropLast().joined(separator: ", ") + " và " + last
    }

    /// What a change made of the unit: "hợp nhất từ Đồng Nai và Bình Phước".
    static func making(_ r: Reorganisation) -> String {
        switch r.change {
        case .merged: "hợp nhất từ \(names(r.predecessors))"
        case .renamed: "đổi tên từ \(names(r.predecessors))"
        case .split: "lập từ một phần của \(names(r.predecessors))"
        case .unchanged: names(r.predecessors)
        }
    }

    static func boundaryText(_ finding: Finding) -> String {
        switch finding {
        case .acrossBoundary(let note):
            let r = note.reorganisation
            let on = date(r.effective)
            var parts: [String]
            switch (r.role, note.earlierSide) {
            case (.successor, .before):
                parts = [
                    "\(note.unit) (\(period(note.later))) là đơn vị \(making(r)) (từ \(on))",
                    "số liệu \(period(note.earlier)) được công bố theo địa giới cũ",
                ]
            case (.successor, _):
                parts = ["\(note.unit) là đơn vị \(making(r)) (từ \(on))"]
            case (.predecessor, _):
                parts = [
                    "\(note.unit) thuộc \(names(r.successors)) từ \(on): số liệu của đơn vị này sau ngày đó không còn theo địa giới cũ"
                ]
            }
            for p in [note.earlier, note.later] where p.side(of: r.effective) == .straddles {
                parts.append("\(period(p)) vắt qua ngày \(on) và được đọc theo địa giới mới")
            }
            return parts.joined(separator: "; ")
        case .basis(.pooled(let unit, let p, let predecessors, let k?, let n?)):
            return
                "\(unit) \(period(p)) theo địa giới mới: cộng gộp tử số, mẫu số của \(names(predecessors)), \(number(Double(k))) trên \(number(Double(n))); khoảng Wilson và các kiểm định dùng số đã cộng gộp"
        case .basis(.pooled(let unit, let p, let predecessors, _, _)):
            return "\(unit) \(period(p)) theo địa giới mới: cộng số liệu của \(names(predecessors))"
        case .basis(.beside(let unit, let p, let predecessors, let reason)):
            let why: String =
                switch reason {
                case .notSummable: "chỉ số tổng hợp hay điểm số không cộng được, và không có tử số, mẫu số"
                case .countsMissing(let units): "thiếu tử số, mẫu số của \(names(units))"
                case .split: "đơn vị mới nhận một phần của đơn vị cũ, và tỷ lệ chia là trọng số, không phải số đếm"
                case .oldBasis: "theo địa giới cũ, như yêu cầu"
                }
            return
                "\(unit) được đặt cạnh từng đơn vị \(names(predecessors)) (số liệu \(period(p))), không cộng gộp: \(why); các dòng này là một đơn vị nên không đưa vào kiểm định ghép cặp"
        case .basis(.reconstructed(let unit, let p, let predecessors, let weight, let weights)):
            let each = zip(predecessors, weights).map { "\($0) \(number($1))" }.joined(separator: ", ")
            return
                "\(unit) \(period(p)) (tính lại) là số ước tính, không phải số liệu công bố: bình quân của \(names(predecessors)) có trọng số là \(weight) \(period(p)) của từng đơn vị (\(each))"
        case .basis(.notReconstructed(let unit, let weight, let missing)):
            return "Không tính lại \(unit): \(names(missing)) không có số liệu \(weight) hoặc số liệu của chỉ số"
        case .seriesOnNewBoundary(let unit, let predecessors, let pooled, let dropped, let effective):
            return
                "\(unit) theo địa giới mới: trước \(date(effective)) mỗi điểm cộng gộp \(names(predecessors))"
                + (pooled.isEmpty
                    ? " (không kỳ nào có đủ tử số, mẫu số của các đơn vị này)"
                    : " (\(pooled.map(period).joined(separator: ", ")))")
                + (dropped.isEmpty
                    ? "" : "; bỏ ra vì không theo địa giới mới: \(dropped.map(period).joined(separator: ", "))")
        case .basisAvailable:
            return
                "Đơn vị được so sánh theo tên trong dữ liệu; `--basis new` so sánh từng đơn vị mới với các đơn vị cũ hợp thành theo địa giới mới (tỷ lệ: cộng gộp tử số, mẫu số; chỉ số tổng hợp: đặt cạnh từng đơn vị cũ), `--basis old` đặt từng đơn vị cũ cạnh đơn vị kế thừa"
        case .percentileRanks:
            return
                "Thứ hạng qua thời điểm sắp xếp được so sánh theo thứ hạng phần trăm, 100 × (hạng − 1) / (số đơn vị xếp hạng − 1): 0 % là đứng đầu, 100 % là đứng cuối. Không so sánh số bậc giữa hai bảng xếp hạng có số đơn vị khác nhau (10/63, 5/34)."
        case .testsOnPercentileRanks:
            return "Thay đổi thứ hạng tính bằng điểm phần trăm; các kiểm định ghép cặp so sánh thứ hạng phần trăm"
        case .ranksWithoutSize(let units):
            return
                "Không kết luận về thứ hạng của \(names(units)) qua thời điểm sắp xếp: thiếu số đơn vị được xếp hạng ở một trong hai kỳ nên không tính được thứ hạng phần trăm"
        default:
            return text(finding)
        }
    }

    /// Lỗi của tệp bảng chuyển đổi và cảnh báo của `check` về đơn vị qua thời điểm sắp xếp.
    static func crosswalkText(_ problem: Problem) -> String {
        switch problem {
        case .badChange(let text):
            "'\(text)' không phải là một loại thay đổi (`merged`, `renamed`, `split`, `unchanged`)"
        case .badEffectiveDate(let text):
            "'\(text)' không phải là một ngày"
        case .badShare(let text):
            "'\(text)' không phải là một tỷ lệ (số từ 0 đến 1, hoặc phần trăm)"
        case .unitAfterItsEnd(let figure, let successors, let effective):
            "\(name(of: figure)): \(figure.unit) thuộc \(names(successors)) từ \(date(effective)); số liệu này, sau ngày đó, theo địa giới không còn tồn tại"
        case .unitBeforeItsStart(let figure, let predecessors, let effective):
            "\(name(of: figure)): \(figure.unit) được lập từ \(date(effective)) (từ \(names(predecessors))); số liệu này thuộc kỳ trước ngày đó"
        case .mixedBoundaries(let figure, let successor, let effective, let other):
            "\(name(of: figure)): \(figure.unit) (địa giới cũ) và \(successor) (đơn vị mà \(figure.unit) thuộc về từ \(date(effective)), \(English.row(other))) cùng có số liệu kỳ này: kỳ này lẫn đơn vị cũ và mới"
        default:
            text(problem)
        }
    }

    static func crosswalkHint(_ problem: Problem) -> String? {
        switch problem {
        case .badChange: "sáp nhập, đổi tên, chia tách hoặc giữ nguyên (`merged`, `renamed`, `split`, `unchanged`)"
        case .badEffectiveDate: "viết ngày như 2025-07-01 hoặc 1/7/2025"
        case .badShare: "viết tỷ lệ chia tách như 0,4 hoặc 40%"
        case .unitAfterItsEnd: "ghi số liệu cho đơn vị mới, hoặc kiểm tra lại kỳ báo cáo"
        case .unitBeforeItsStart: "ghi số liệu cho các đơn vị cũ, hoặc kiểm tra lại kỳ báo cáo"
        case .mixedBoundaries: "xếp hạng và so sánh theo từng địa giới; `compare --basis` cộng gộp tử số, mẫu số"
        default: nil
        }
    }
}
