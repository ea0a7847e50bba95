import Panel
import Statistics
import Testing

@testable import Analysis

/// Issue 13, "Short series oversell": below 5 points no series can reach p < 0.05, so the verdict
/// is "too short to conclude", and a forecast stays inside the metric's range.
@Suite("Short series and clipped forecasts")
struct ShortSeriesTests {
    static let score = Metric(
        id: "dan_van_score", nameVi: "", nameEn: "", kind: .points, better: .higher, min: 0, max: 100)

    static func series(_ values: [Double]) -> TrendResult {
        TrendResult(
            metric: score, unit: "A",
            points: values.enumerated().map { .init(period: .year(2020 + $0.offset), value: $0.element) })
    }

    @Test func aPerfectRiseOfThreeOrFourPointsIsTooShortToConclude() {
        for values in [[95.5, 96, 97.05], [10, 20, 30, 40]] {
            let t = Self.series(values)
            #expect(t.mannKendall != nil)
            #expect((t.mannKendall?.preferredPValue ?? 0) >= 0.05)
            #expect(t.verdict == .tooShort, "\(values)")
        }
        #expect(Self.series([1, 2]).verdict == .tooShort)
        // Five points in a row can reach it (exact p = 1/60).
        #expect(Self.series([10, 20, 30, 40, 50]).verdict == .rising)
        #expect(Self.series([50, 40, 30, 20, 10]).verdict == .falling)
    }

    @Test func theForecastIntervalIsClippedToTheMetricsRange() throws {
        // Tháp Mười's mass-mobilisation score 95.5, 96, 97.05: the line's 2024 interval reaches 102.94.
        let t = Self.series([95.5, 96, 97.05])
        let raw = try #require(t.unclippedForecast)
        let clipped = try #require(t.forecast)
        #expect(raw.prediction.upper > 102.9)
        #expect(clipped.prediction.upper == 100)
        #expect(clipped.prediction.lower == raw.prediction.lower)
        #expect(clipped.value == raw.value)
        #expect(t.forecastClipped)
        #expect(!Self.series([10, 20, 30, 40, 50]).forecastClipped)
    }
}
