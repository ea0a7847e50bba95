import Panel

extension Vietnamese {
    /// Các thông báo về sổ hồ sơ một cửa: một hồ sơ không được tính, và bao nhiêu hồ sơ như vậy.
    static func dossierText(_ problem: Problem) -> String {
        switch problem {
        case .badDossier(let kind, let text, let column):
            let reason: String =
                switch kind {
                case .missingValue: "cột '\(column)' để trống"
                case .unreadableDate:
                    "'\(text)' ở cột '\(column)' không phải là ngày (ngày/tháng/năm, có thể kèm giờ:phút; năm-tháng-ngày; hoặc số ngày của Excel)"
                case .unknownTier: "'\(text)' không phải là cấp giải quyết (cấp tỉnh, cấp huyện, cấp xã)"
                case .unknownChannel:
                    "'\(text)' không phải là hình thức nộp (trực tuyến, trực tiếp, bưu chính công ích)"
                case .returnedBeforeReceived: "ngày trả kết quả '\(text)' trước ngày tiếp nhận"
                case .dueBeforeReceived: "hạn xử lý '\(text)' trước ngày tiếp nhận"
                case .duplicateID: "mã hồ sơ '\(text)' đã có ở một dòng trước"
                }
            return reason + ": hồ sơ này không được tính vào số liệu nào"
        case .dossiersLeftOut(let records, let leftOut):
            let total = leftOut.reduce(0) { $0 + $1.count }
            return "\(number(Double(total))) trên \(number(Double(records))) hồ sơ không được tính vào số liệu: "
                + leftOut.map { "\(number(Double($0.count))) hồ sơ \(phrase($0.kind))" }.joined(separator: ", ")
        default: return ""
        }
    }

    /// Hồ sơ thuộc một loại lỗi, sau số lượng ("4 hồ sơ trả kết quả trước ngày tiếp nhận").
    static func phrase(_ kind: BadDossier) -> String {
        switch kind {
        case .missingValue: "thiếu mã hồ sơ, đơn vị, ngày tiếp nhận hoặc hạn xử lý"
        case .unreadableDate: "có ngày không đọc được"
        case .unknownTier: "không rõ cấp giải quyết"
        case .unknownChannel: "không rõ hình thức nộp"
        case .returnedBeforeReceived: "trả kết quả trước ngày tiếp nhận"
        case .dueBeforeReceived: "có hạn xử lý trước ngày tiếp nhận"
        case .duplicateID: "trùng mã hồ sơ"
        }
    }
}
