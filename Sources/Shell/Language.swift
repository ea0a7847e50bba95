import ArgumentParser
import Messages
import Rendering

extension Language: ExpressibleByArgument {}

extension Language {
    /// Numbers follow the language unless `--locale` says otherwise.
    var numberLocale: NumberLocale { self == .vi ? .vi : .en }

    /// The Vietnamese form of an English label (English is the key).
    func callAsFunction(_ english: String) -> String {
        guard self == .vi else { return english }
        return Self.vietnamese[english] ?? Self.analysisVietnamese[english] ?? english
    }

    static let vietnamese: [String: String] = [
        "Observations": "Số quan sát",
        "figures given by more than one row (`check` lists those that disagree)":
            "số liệu có từ hai dòng trở lên (`check` liệt kê các số liệu mâu thuẫn)",
        "provinces, effective": "tỉnh, hiệu lực từ",
        "Units": "Đơn vị",
        "Periods": "Kỳ",
        "Metrics": "Chỉ số",
        "Targets": "Chỉ tiêu",
        "Crosswalk 2025": "Sáp nhập 2025",
        "Files": "Tệp",
        "Sources": "Nguồn",
        "Metric": "Chỉ số",
        "Name": "Tên",
        "Kind": "Loại",
        "Better": "Tốt hơn",
        "Obs.": "Số QS",
        "Range": "Khoảng",
        "Mean": "Trung bình",
        "File": "Tệp",
        "Layout": "Dạng",
        "Rows": "Dòng",
        "Delimiter": "Dấu phân cách",
        "Decimal": "Dấu thập phân",
        "Where": "Vị trí",
        "Code": "Mã",
        "Problem": "Vấn đề",
        "Errors": "Lỗi",
        "Warnings": "Cảnh báo",
        "higher": "cao hơn",
        "lower": "thấp hơn",
        "none": "—",
        "percent": "phần trăm",
        "points": "điểm",
        "rank": "hạng",
        "count": "số đếm",
        "category": "xếp loại",
        "with counts": "có tử số/mẫu số",
        "rank only": "chỉ có hạng",
        "national": "toàn quốc",
        "region": "vùng",
        "province": "tỉnh",
        "ministry": "bộ",
        "department": "sở, ngành",
        "district": "huyện",
        "commune": "xã",
        "no level": "chưa rõ cấp",
        "years": "năm",
        "halves": "6 tháng",
        "quarters": "quý",
        "months": "tháng",
        "multi-year spans": "giai đoạn",
        "month ranges": "nhiều tháng",
        "days": "ngày",
        "year": "năm",
        "half": "6 tháng",
        "quarter": "quý",
        "month": "tháng",
        "cumulative": "lũy kế",
        "month_range": "nhiều tháng",
        "day": "ngày",
        "not in catalog": "ngoài danh mục",
        "confirmed by more than one source": "được nhiều nguồn xác nhận",
        "No problems found.": "Không phát hiện vấn đề.",
        "hint": "gợi ý",
        "point": "chấm",
        "comma": "phẩy",
        "semicolon": "chấm phẩy",
        "tab": "tab",
    ]
}
