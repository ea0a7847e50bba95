import Foundation
import Testing

@testable import Shell

/// The fictional demo province is never ranked with the real ones unless it is asked for.
@Suite("Synthetic data")
struct SyntheticDataTests {
    /// The annual review's ranking of provinces: "Tỉnh Mẫu (synthetic)" topped its movers.
    @Test func theDefaultDataHasNoSyntheticUnits() {
        let r = run(["rank", "par_index", "--period", "2024", "--vs", "2023", "--level", "province", "--lang", "en"])
        #expect(r.code == 0, "\(r.err)")
        #expect(!r.out.contains("Tỉnh Mẫu") && !r.out.contains("synthetic"), "\(r.out)")
        let units = run(["units", "--lang", "en"]).out + run(["-c", "units"]).out
        #expect(!units.contains("Gò Mít Đông"))
    }

    @Test func theSyntheticFolderIsLoadedWhenNamed() {
        let r = run([
            "rank", "par_index", "--period", "2024", "--vs", "2023", "--level", "district", "--parent",
            "Tỉnh Mẫu (synthetic)", "--data", "datasets/synthetic", "--lang", "en",
        ])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("Huyện Gò Mít Đông"))
    }
}
