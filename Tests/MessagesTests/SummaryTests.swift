import Analysis
import Messages
import Panel
import Testing

/// The paragraph of findings, worded as each language's reports word it.
@Suite("Findings in words")
struct SummaryTests {
    let en = Catalog(.en)
    let vi = Catalog(.vi)

    @Test func aRanking() {
        let s: [Summary] = [
            .leader(unit: "Đà Nẵng", value: "70,00", period: .year(2016), move: 0, versus: .year(2015), among: nil),
            .biggestMoves(up: ["Bình Dương"], upPlaces: 21, down: ["Thanh Hóa", "Huế"], downPlaces: 3),
            .rankingsAgree(period: .year(2016), versus: .year(2015), rho: "0,938", strength: .init(rho: 0.938)),
        ]
        #expect(
            vi.paragraph(s)
                == "Năm 2016, Đà Nẵng dẫn đầu với 70,00, giữ nguyên thứ hạng so với năm 2015. "
                + "Tăng nhiều bậc nhất là Bình Dương (tăng 21 bậc); giảm nhiều bậc nhất là Thanh Hóa và Huế (giảm 3 bậc). "
                + "Thứ hạng năm 2016 tương quan rất chặt chẽ với thứ hạng năm 2015 (Spearman ρ = 0,938).")
        #expect(
            en(.leader(unit: "A", value: "61.2", period: .half(2022, 1), move: -1, versus: .half(2021, 1), among: nil))
                == "In H1 2022, A leads with 61.2, down 1 place on H1 2021.")
        #expect(
            vi(
                .leader(
                    unit: "A", value: "61,2", period: .quarter(2023, 3), move: 2, versus: .quarter(2023, 2), among: nil)
            )
                == "Quý III/2023, A dẫn đầu với 61,2, tăng 2 bậc so với quý II/2023.")
        // A ranking of the few units with figures never reads as the published one.
        #expect(
            vi(.leader(unit: "Hà Nội", value: "92,57%", period: .year(2024), move: 1, versus: .year(2023), among: 2))
                == "Trong số 2 đơn vị có số liệu năm 2024, Hà Nội đứng đầu với 92,57%.")
        #expect(Summary.Strength(rho: -0.75) == .strong && Summary.Strength(rho: 0.2) == .weak)
    }

    @Test func aTrend() {
        #expect(
            vi(
                .trend(
                    unit: "Cả nước", first: .year(2013), last: .year(2024), slope: "0,96", rising: true, kind: .percent,
                    verdict: .rising, p: "0,045", n: 9))
                == "Từ năm 2013 đến năm 2024, Cả nước tăng trung bình 0,96 điểm % mỗi năm (hệ số góc Sen); xu hướng tăng có ý nghĩa thống kê (Mann–Kendall, p = 0,045)."
        )
        #expect(
            en(
                .trend(
                    unit: "A", first: .year(2022), last: .year(2023), slope: "1.00", rising: false, kind: .points,
                    verdict: .tooShort, p: nil, n: 2))
                == "From 2022 to 2023, A fell by 1.00 points a year on average (Sen's slope); 2 points are too few to conclude on a trend."
        )
    }

    @Test func aComparison() {
        #expect(
            vi(
                .changes(
                    from: .year(2023), to: .year(2024), improved: 7, worsened: 3, total: 11, best: "Bến Mây",
                    bestChange: "+1,35", worst: "Suối Hoa", worstChange: "-9,34", kind: .percent, p: "0,707",
                    significant: false))
                == "Năm 2024 so với năm 2023, 7 trên 11 đơn vị cải thiện, 3 đơn vị giảm sút. "
                + "Cải thiện nhiều nhất là Bến Mây (+1,35 điểm %), giảm nhiều nhất là Suối Hoa (-9,34 điểm %). "
                + "Thay đổi trung bình không có ý nghĩa thống kê (kiểm định t ghép cặp, p = 0,707).")
    }
}
