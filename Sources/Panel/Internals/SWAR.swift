/// Bytes of a word, eight at a time.
enum SWAR {
    /// `byte` in each of the eight bytes.
    @inline(__always) static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// 0x80 in each byte of `w` that is zero, 0 elsewhere (exact: no false positives).
    @inline(__always) static func zeroBytes(_ w: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((w & low7) &+ low7) | w | low7)
    }
}
