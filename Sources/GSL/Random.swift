internal import CGSL

/// A seeded Mersenne Twister (MT19937) generator owned by Swift.
///
/// Seeding follows GSL: `gsl_rng_set(r, seed)` runs the reference `init_genrand(seed)`, and a
/// seed of 0 means GSL's default 4357. The same seed gives the same stream on every platform.
/// The generator is a reference type because it carries state; it is not safe to share
/// between threads.
public final class RandomGenerator {
    private let handle: OpaquePointer
    /// The seed the stream started from.
    public let seed: UInt32

    /// Creates an MT19937 generator seeded with `seed`.
    ///
    /// The corresponding GSL functions are `gsl_rng_alloc(gsl_rng_mt19937)` and `gsl_rng_set`.
    /// - Throws: ``GSLError`` with ``GSLError/Code/noMemory`` if GSL cannot allocate it.
    public init(seed: UInt32) throws(GSLError) {
        GSL.configure()
        guard let pointer = gsl_rng_alloc(parlens_gsl_rng_mt19937()) else {
            throw GSLError(code: .noMemory, function: "gsl_rng_alloc", reason: "could not allocate a generator")
        }
        handle = OpaquePointer(pointer)
        self.seed = seed
        gsl_rng_set(UnsafePointer(pointer), UInt(seed))
    }

    deinit { gsl_rng_free(UnsafeMutablePointer(handle)) }

    /// A uniform integer in 0 ..< `n`, by GSL's rejection rule: with scale = ⌊(2³² − 1) / n⌋,
    /// draw k = ⌊u / scale⌋ from raw 32-bit outputs u until k < n.
    ///
    /// The corresponding GSL function is `gsl_rng_uniform_int`.
    /// - Precondition: 0 < n ≤ 2³² − 1 (checked by the callers in this package).
    public func uniformInt(below n: Int) -> Int {
        Int(gsl_rng_uniform_int(UnsafePointer(handle), UInt(n)))
    }

    /// The next raw 32-bit output. The corresponding GSL function is `gsl_rng_get`.
    public func next() -> UInt32 {
        UInt32(truncatingIfNeeded: gsl_rng_get(UnsafePointer(handle)))
    }
}
