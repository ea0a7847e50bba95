// libFuzzer harness: Panel's number reading. Each input is one cell. The byte readers
// (`Internals/NumberBytes.swift`: the plain fast path, the shape, the missing markers) must give
// what the `String` readers give (`Model/Numbers.swift`), under both conventions, in and out of a
// count context; a value read is finite; rank cells and the decimal vote take the cell too.
// Built and run by `scripts/fuzz.sh` (see `Fuzz/README.md`).
@testable import Panel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let p = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count)
    // Cells are valid UTF-8 (the reader refuses a file that is not): hold the two readers to the
    // same answers on those, and only ask the byte readers not to fail on the rest.
    let text = String(validating: p, as: UTF8.self)
    for convention in DecimalConvention.allCases {
        for isCount in [false, true] {
            let fast = NumberReader.parse(p, convention: convention, count: isCount)
            if let value = fast?.value, !value.isFinite { fatalError("a number that is not finite: \(value)") }
            if let text {
                let reference = NumberReader.parse(text, convention: convention, count: isCount)
                guard fast == reference, fast?.value.sign == reference?.value.sign else {
                    fatalError(
                        "\(text.debugDescription) \(convention) count \(isCount): \(fast as Any) vs \(reference as Any)"
                    )
                }
            }
        }
    }
    let shape = NumberReader.shape(p)
    let missing = NumberReader.isMissing(p)
    let rank = RankCells.parse(p)
    if let text {
        guard "\(shape)" == "\(NumberReader.shape(text))" else { fatalError("shape of \(text.debugDescription)") }
        guard missing == NumberReader.isMissing(text) else { fatalError("missing \(text.debugDescription)") }
        if let plain = RankCells.plain(p) {
            let reference = RankCells.parse(text)
            guard reference?.rank == plain.rank, reference?.of == plain.of else {
                fatalError("rank \(text.debugDescription)")
            }
        }
        _ = NumberReader.detect([text])
    }
    var votes = DecimalVotes()
    votes.add(p, of: nil)
    _ = rank
    return 0
}
