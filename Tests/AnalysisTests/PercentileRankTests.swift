import Testing

@testable import Analysis

/// Percentile rank 100·(rank − 1)/(n − 1) against a table computed by hand.
@Suite("Percentile rank")
struct PercentileRankTests {
    @Test(arguments: [
        (1, 63, 0.0), (10, 63, 900.0 / 62), (63, 63, 100.0), (5, 34, 400.0 / 33), (34, 34, 100.0), (2, 3, 50.0),
        (1, 2, 0.0), (2, 2, 100.0), (3, 5, 50.0),
    ])
    func aRankIsPlacedAmongItsRanking(_ rank: Int, _ n: Int, _ expected: Double) throws {
        let p = try #require(PercentileRank.of(rank: rank, among: n))
        #expect(abs(p - expected) < 1e-12)
    }

    @Test(arguments: [(1, 1), (0, 5), (6, 5), (1, 0), (-1, 10)])
    func anImpossibleRankHasNone(_ rank: Int, _ n: Int) {
        #expect(PercentileRank.of(rank: rank, among: n) == nil)
    }

    /// The case: 10/63 then 5/34 is a small move up the table, not five places.
    @Test func dongNaiMovesFromTheTop15ToTheTop13Percent() throws {
        let before = try #require(PercentileRank.of(rank: 10, among: 63))
        let after = try #require(PercentileRank.of(rank: 5, among: 34))
        #expect((before * 10).rounded() / 10 == 14.5)
        #expect((after * 10).rounded() / 10 == 12.1)
    }
}
