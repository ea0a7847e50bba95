import Analysis
import Panel

extension Vietnamese {
    static func text(_ finding: Finding) -> String {
        switch finding {
        case .notComputed(let omission):
            "Không tính được: \(text(omission))"
        case .conflictingSources:
            "Nguồn mâu thuẫn (dùng dòng đầu tiên):"
        case .targetRule:
            "đã đạt: giá trị mới nhất đạt chỉ tiêu; đúng hướng: đường xu hướng OLS kéo dài đến kỳ của chỉ tiêu thì đạt; có nguy cơ: chỉ khoảng dự báo 95% chạm tới chỉ tiêu; chệch hướng: cả khoảng dự báo đều không đạt; chưa rõ: ít hơn 3 kỳ số liệu"
        case .levelChoice(let level, let others):
            "Cấp: \(level.map { text(.level($0)) } ?? "—") (còn có: \(others.map { text(.level($0)) }.joined(separator: ", ")); dùng --level để chọn)"
        case .movedUpMost(let units, let places):
            "Tăng hạng nhiều nhất: \(units.joined(separator: ", ")), tăng \(abs(places)) bậc"
        case .movedDownMost(let units, let places):
            "Giảm hạng nhiều nhất: \(units.joined(separator: ", ")), giảm \(abs(places)) bậc"
        case .rankCorrelation(let rho, let rhoP, let tau, let tauP, let n):
            "Tương quan hạng với kỳ trước: Spearman ρ = \(rho) (\(Notation.p(rhoP))), Kendall τ-b = \(tau) (\(Notation.p(tauP))), n = \(n)"
        case .notInBothPeriods(let units):
            "Không có ở cả hai kỳ: \(units.joined(separator: ", "))"
        case .changes(let kind, let improved, let worsened):
            "Thay đổi tính bằng \(text(.changeUnit(kind))). \(improved) đơn vị cải thiện, \(worsened) giảm sút."
        case .pairedT(let meanChange, let interval, let t, let df, let p):
            "Kiểm định t ghép cặp: thay đổi trung bình \(meanChange) \(interval), t = \(t), df = \(df), \(Notation.p(p))"
        case .wilcoxon(let w, let p, let method, let n):
            "Kiểm định dấu-hạng Wilcoxon: W = \(w), \(Notation.p(p)) (\(method == .normalApproximation ? "theo xấp xỉ chuẩn" : "chính xác")), n = \(n)"
        case .onlyOneMetric(let units):
            "Chỉ có một chỉ số: " + units.joined(separator: ", ")
        case .outliers(let units):
            "Giá trị ngoại lai (> 3 MAD chuẩn hoá so với trung vị): "
                + (units.isEmpty ? "—" : units.joined(separator: ", "))
        case .trend(let verdict, let p, let exact):
            "Xu hướng: \(text(.trendVerdict(verdict))) — Mann–Kendall \(Notation.p(p)) (\(exact ? "chính xác" : "theo xấp xỉ chuẩn"))"
        case .changePerYear(let change, let kind):
            "Bình quân mỗi năm (từ kỳ đầu đến kỳ cuối): \(change) \(text(.changeUnit(kind)))"
        case .trendTooShort(let n, let p?, let exact, let alpha):
            "Xu hướng: chuỗi quá ngắn để kết luận — với \(n) kỳ số liệu, Mann–Kendall không thể đạt p < \(alpha) (\(Notation.p(p)), \(exact ? "chính xác" : "theo xấp xỉ chuẩn"))"
        case .trendTooShort(let n, nil, _, _):
            "Xu hướng: chuỗi quá ngắn để kết luận — \(n) kỳ số liệu"
        case .trendCounts(let rising, let falling, let noTrend, let tooShort, let shortest):
            "\(rising) tăng, \(falling) giảm, \(noTrend) không có xu hướng, \(tooShort) quá ngắn để kết luận (dưới \(shortest) kỳ số liệu); p Holm < 0,05, Mann–Kendall theo xấp xỉ chuẩn."
        case .forecastClipped(let range, let value, let interval):
            "Dự báo và khoảng dự báo được giới hạn trong miền giá trị của chỉ số (\(range)); đường thẳng cho \(value) \(interval)"
        case .projectionsClipped(let range, let units):
            "Dự báo và khoảng dự báo được giới hạn trong miền giá trị của chỉ số (\(range)): \(units.joined(separator: ", "))"
        case .mixedPeriods(let earlier, let later):
            "\(self.period(earlier)) là \(text(.periodKind(earlier))), còn \(self.period(later)) là \(text(.periodKind(later))): hai kỳ khác loại, vẫn so sánh theo yêu cầu (--allow-mixed-periods)"
        case .rankChangeBasis(.official, let period, let versus):
            "Thay đổi: so sánh hạng công bố của \(self.period(period)) với \(self.period(versus)) (— khi một kỳ không có hạng công bố hoặc hai bảng xếp hạng khác số đơn vị)"
        case .rankChangeBasis(.computed(let units), let period, let versus):
            "Thay đổi: so sánh hạng tính trong cùng \(units) đơn vị có số liệu ở cả \(self.period(versus)) và \(self.period(period))"
        case .rankChangeBasis(.differentSets(let now, let before), let period, let versus):
            "Không tính thay đổi hạng: dữ liệu không có hạng công bố ở cả hai kỳ, còn hạng tự tính dựa trên hai tập đơn vị khác nhau (\(now) đơn vị có số liệu \(self.period(period)), \(before) đơn vị có số liệu \(self.period(versus)))"
        case .rankedAmong(let ranked, let size, let period):
            "Hạng: tính trong \(ranked) đơn vị có số liệu \(self.period(period)), trên tổng số \(size) đơn vị của bảng xếp hạng công bố"
        case .rankedAcrossParents(let level, let parents):
            "Xếp hạng chung các \(text(.level(level))) thuộc \(parents.count) \(parentName(of: level)) (\(parents.joined(separator: ", "))); dùng --parent TÊN để xếp hạng trong một \(parentName(of: level))"
        case .acrossBoundary, .percentileRanks, .ranksWithoutSize, .basis, .basisAvailable, .testsOnPercentileRanks,
            .seriesOnNewBoundary:
            boundaryText(finding)
        case .rowsHidden(let count):
            "… ẩn \(count) dòng (--max-rows)"
        }
    }
}

extension Vietnamese {
    /// The level of the units that rank units of `level` among themselves ("tỉnh" for districts
    /// and departments), or "đơn vị cấp trên".
    static func parentName(of level: UnitLevel?) -> String {
        English.parentLevel(of: level).map { text(.level($0)) } ?? "đơn vị cấp trên"
    }
}
