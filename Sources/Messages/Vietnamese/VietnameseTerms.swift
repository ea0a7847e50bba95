import Analysis
import Panel

extension Vietnamese {
    static func text(_ term: Term) -> String {
        switch term {
        case .level(let level):
            switch level {
            case .national?: "toàn quốc"
            case .region?: "vùng"
            case .province?: "tỉnh"
            case .ministry?: "bộ"
            case .department?: "sở, ngành"
            case .district?: "huyện"
            case .commune?: "xã"
            case nil: "chưa rõ cấp"
            }
        case .tier(let tier):
            switch tier {
            case .province: "cấp tỉnh"
            case .district: "cấp huyện"
            case .commune: "cấp xã"
            }
        case .periodKinds(let kind):
            switch kind {
            case .year: "năm"
            case .half: "kỳ 6 tháng"
            case .quarter: "quý"
            case .month: "tháng"
            case .cumulative: "kỳ lũy kế"
            case .years: "giai đoạn"
            case .monthRange: "kỳ nhiều tháng"
            case .day: "ngày"
            }
        case .periodKind(let period):
            switch period.kind {
            case .year: "một năm"
            case .half: "6 tháng"
            case .quarter: "một quý"
            case .month: "một tháng"
            case .cumulative: "\(English.months(period)) tháng đầu năm (lũy kế)"
            case .years: "giai đoạn \(English.months(period) / 12) năm"
            case .monthRange: "\(English.months(period)) tháng"
            case .day: "một ngày"
            }
        case .metricKind(let kind):
            switch kind {
            case .percent: "phần trăm"
            case .points: "điểm"
            case .rank: "hạng"
            case .count: "số đếm"
            case .category: "xếp loại"
            }
        case .direction(let direction):
            switch direction {
            case .higher: "cao hơn"
            case .lower: "thấp hơn"
            case .none: "—"
            }
        case .rule(let direction):
            switch direction {
            case .higher: "cao hơn là tốt hơn"
            case .lower: "thấp hơn là tốt hơn"
            case .none: "—"
            }
        case .changeUnit(let kind):
            switch kind {
            case .percent: "điểm %"
            case .rank: "bậc"
            case .points, .count, .category: "điểm"
            }
        case .decimal(let convention):
            switch convention {
            case .point: "chấm"
            case .comma: "phẩy"
            }
        case .delimiter(let delimiter):
            switch delimiter {
            case .comma: "phẩy"
            case .semicolon: "chấm phẩy"
            case .tab: "tab"
            case .sheet: "trang tính"
            }
        case .layout(let kind):
            switch kind {
            case .tidy: "dạng dọc"
            case .wide: "dạng ngang"
            case .metrics: "danh mục chỉ số"
            case .targets: "chỉ tiêu"
            case .crosswalk: "bảng chuyển đổi"
            case .dossiers: "sổ hồ sơ một cửa"
            }
        case .targetVerdict(let verdict):
            switch verdict {
            case .met: "đã đạt"
            case .onTrack: "đúng hướng"
            case .atRisk: "có nguy cơ"
            case .offTrack: "chệch hướng"
            case .unknown: "chưa rõ"
            }
        case .comparator: English.text(term)  // the same signs
        case .trendVerdict(let verdict):
            switch verdict {
            case .rising: "tăng"
            case .falling: "giảm"
            case .noTrend: "không có xu hướng"
            case .tooShort: "quá ngắn"
            }
        }
    }
}
