import GSL
import Statistics

extension Vietnamese {
    /// A statistics error for a Vietnamese reader: what the figures lack, without the method's
    /// reference function (the sentence around it names the test).
    static func text(_ error: StatisticsError) -> String {
        reason(error)
    }

    /// Why an estimator or test refused its input, for a report's reader (see ``English/reason(_:)``).
    static func reason(_ error: StatisticsError) -> String {
        switch error {
        case .tooFewValues(_, let needed, let got):
            "cần ít nhất \(needed) số liệu, chỉ có \(got)"
        case .nonFinite:
            "có số liệu không phải là số hữu hạn"
        case .lengthMismatch(_, let first, let second):
            "số liệu hai kỳ không ghép cặp được (\(first) và \(second))"
        case .degenerate(_, let reason): text(reason)
        case .invalidArgument(_, let reason): text(reason)
        case .numeric(let error): "phép tính không thực hiện được (lỗi \(error.code) của thư viện GSL)"
        }
    }

    static func text(_ reason: Degeneracy) -> String {
        switch reason {
        case .equalX: "mọi giá trị x bằng nhau nên không xác định được hệ số góc"
        case .equalProportions(let p): "cả hai tỷ lệ đều bằng \(p) nên không tính được thống kê z"
        case .constantSample(let which):
            "mẫu thứ \(which == 1 ? "nhất" : "hai") không đổi nên không xác định được hệ số tương quan"
        case .equalDifferences(let d): "mọi chênh lệch đều bằng \(number(d)) nên không tính được t"
        case .zeroDifferences: "mọi chênh lệch đều bằng 0 nên không có gì để xếp hạng"
        }
    }

    static func text(_ reason: InvalidArgument) -> String {
        switch reason {
        case .confidenceLevel(let level): "mức tin cậy phải nằm trong khoảng (0; 1), nhận được \(number(level))"
        case .pValue(let index, let value): "giá trị p ở vị trí \(index) không nằm trong [0; 1] (\(number(value)))"
        case .trials(let n): "số lần thử phải là số dương, nhận được \(n)"
        case .successes(let k, let n): "số lần thành công phải từ 0 đến \(n), nhận được \(k)"
        case .resamples(let n): "cần ít nhất 2 lần lấy mẫu lại, nhận được \(n)"
        }
    }

    static func text(_ note: Note) -> String {
        switch note {
        case .tiesPresent: "có giá trị trùng nhau; dùng phương sai hiệu chỉnh cho giá trị trùng"
        case .zerosDropped: "bỏ các chênh lệch bằng 0 trước khi xếp hạng"
        case .normalApproximation: "giá trị p theo xấp xỉ chuẩn"
        case .continuityCorrection: "có hiệu chỉnh liên tục"
        case .exactDistribution: "giá trị p chính xác theo phân phối của giả thuyết không"
        case .exactPermutation: "giá trị p chính xác, tính trên mọi cách gán dấu cho các hạng trùng"
        case .approximatePValue: "giá trị p là giá trị xấp xỉ"
        case .constantValues: "mọi giá trị bằng nhau"
        case .perfectFit: "các điểm nằm đúng trên một đường thẳng"
        case .smallSample: "mẫu rất nhỏ; cần thận trọng khi đọc giá trị p"
        case .intervalUnavailable: "không có khoảng tin cậy cho mẫu này"
        }
    }
}
