/// What kind of number a metric is.
public enum MetricKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// 0–100, changes are in percentage points.
    case percent
    /// A score on a scale (PAPI /80, PCI /100, index 766 /100).
    case points
    /// An official rank, 1 = best.
    case rank
    /// A whole-number count (dossiers, petitions).
    case count
    /// A rating level (HTXSNV, HTTNV, …) coded as a number.
    case category
}

/// Which way is better.
public enum Direction: String, CaseIterable, Hashable, Sendable, Codable {
    case higher, lower, none
}

/// A metric definition: identity, names in both languages, kind, direction, valid range.
public struct Metric: Hashable, Sendable, Codable {
    public var id: String
    public var nameVi: String
    public var nameEn: String
    public var kind: MetricKind
    public var better: Direction
    /// Inclusive valid range; nil bounds are open.
    public var min: Double?
    public var max: Double?
    /// True when the metric came from the built-in catalog, false for `metrics.csv` or data.
    public var builtIn: Bool

    public init(
        id: String, nameVi: String, nameEn: String, kind: MetricKind, better: Direction,
        min: Double? = nil, max: Double? = nil, builtIn: Bool = false
    ) {
        self.id = id
        self.nameVi = nameVi
        self.nameEn = nameEn
        self.kind = kind
        self.better = better
        self.min = min
        self.max = max
        self.builtIn = builtIn
    }

    /// Whether `value` lies in the valid range.
    public func accepts(_ value: Double) -> Bool {
        if let min, value < min { return false }
        if let max, value > max { return false }
        return true
    }

    /// "0–100", "≥ 0", "1…" for messages.
    public var rangeText: String {
        func f(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
        switch (min, max) {
        case (let lo?, let hi?): return "\(f(lo))–\(f(hi))"
        case (let lo?, nil): return "≥ \(f(lo))"
        case (nil, let hi?): return "≤ \(f(hi))"
        default: return "any"
        }
    }
}

/// The metrics parlens knows: a built-in catalog, extended or overridden by `metrics.csv`.
public struct MetricCatalog: Sendable {
    public private(set) var metrics: [String: Metric]

    public init(_ metrics: [Metric]) {
        self.metrics = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { _, b in b })
    }

    public subscript(id: String) -> Metric? { metrics[id] }

    /// Adds or replaces a definition.
    public mutating func define(_ metric: Metric) { metrics[metric.id] = metric }

    /// All ids, sorted.
    public var ids: [String] { metrics.keys.sorted() }

    /// The built-in catalog (see `../shared/DOMAIN.md`).
    public static let builtIn: MetricCatalog = {
        func m(
            _ id: String, _ vi: String, _ en: String, _ kind: MetricKind, _ better: Direction,
            _ lo: Double? = nil, _ hi: Double? = nil
        ) -> Metric {
            Metric(id: id, nameVi: vi, nameEn: en, kind: kind, better: better, min: lo, max: hi, builtIn: true)
        }
        var list: [Metric] = [
            m(
                "par_index", "Chỉ số cải cách hành chính (PAR INDEX)", "Public Administration Reform Index (PAR INDEX)",
                .percent, .higher, 0, 100),
            m(
                "sipas", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
                "Satisfaction Index of Public Administrative Services (SIPAS)", .percent, .higher, 0, 100),
            m(
                "dan_van_score", "Điểm đánh giá công tác dân vận chính quyền", "Government mass-mobilisation score",
                .points, .higher, 0, 100),
            m(
                "pci", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "Provincial Competitiveness Index (PCI)", .points,
                .higher, 0, 100),
            m(
                "papi", "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)",
                "Provincial Governance and Public Administration Performance Index (PAPI)", .points, .higher, 0, 80),
            m(
                "ddci", "Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI)",
                "Department and District Competitiveness Index (DDCI)", .points, .higher, 0, 100),
            m(
                "index_766", "Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)",
                "Citizen and business service index (Decision 766)", .points, .higher, 0, 100),
            m("online_filing_rate", "Tỷ lệ hồ sơ trực tuyến", "Online filing rate", .percent, .higher, 0, 100),
            m(
                "on_time_rate", "Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn", "On-time resolution rate", .percent,
                .higher, 0, 100),
            m("late_rate", "Tỷ lệ hồ sơ trễ hạn", "Late resolution rate", .percent, .lower, 0, 100),
            m("dossiers_received", "Số hồ sơ tiếp nhận", "Dossiers received", .count, .none, 0),
            m("dossiers_online", "Số hồ sơ tiếp nhận trực tuyến", "Dossiers received online", .count, .none, 0),
            m("dossiers_resolved", "Số hồ sơ đã giải quyết", "Dossiers resolved", .count, .none, 0),
            m(
                "dossiers_on_time", "Số hồ sơ giải quyết đúng hạn, trước hạn", "Dossiers resolved on time or early",
                .count, .none, 0),
            m("dossiers_late", "Số hồ sơ trễ hạn", "Dossiers resolved late", .count, .none, 0),
            m("dossiers_pending", "Số hồ sơ đang giải quyết", "Dossiers pending", .count, .none, 0),
            m("dossiers_carried_over", "Số hồ sơ kỳ trước chuyển qua", "Dossiers carried over", .count, .none, 0),
            m("dossiers_early", "Số hồ sơ giải quyết trước hạn", "Dossiers resolved early", .count, .none, 0),
            m(
                "dossiers_pending_overdue", "Số hồ sơ đang giải quyết đã quá hạn",
                "Dossiers pending past their due date",
                .count, .none, 0),
            m(
                "on_time_rate_766", "Tỷ lệ hồ sơ đúng hạn (QĐ 766, tính cả hồ sơ chưa đến hạn)",
                "On-time rate (Decision 766, counting open dossiers within their deadline)", .percent, .higher, 0, 100),
            m(
                "dossiers_ineligible", "Số hồ sơ không đủ điều kiện, tạm dừng, bị hủy",
                "Dossiers ineligible, suspended or cancelled", .count, .none, 0),
        ]
        for base in ["par_index", "sipas", "pci", "papi", "ddci", "index_766", "dan_van_score"] {
            let name = list.first { $0.id == base }
            list.append(
                m(
                    "\(base)_rank", "Xếp hạng \(name?.nameVi ?? base)", "Rank in \(name?.nameEn ?? base)", .rank,
                    .lower, 1))
        }
        return MetricCatalog(list)
    }()
}
