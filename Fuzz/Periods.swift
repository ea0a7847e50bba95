// libFuzzer harness: reading periods (`Model/PeriodParsing.swift`). Each input is one period as a
// person or a file writes it. A period read is well formed (its first month not after its last,
// its year within the valid years) and reads back from its canonical text as itself; the
// predecessor of its successor is itself when the successor keeps its kind (as documented).
// Built and run by `scripts/fuzz.sh` (see `Fuzz/README.md`).
@testable import Panel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPeriods(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let period = try? Period(parsing: text) else { return 0 }
    guard period.firstMonth <= period.lastMonth, PeriodParser.validYears.contains(period.year) else {
        fatalError("\(text.debugDescription) reads as a malformed period \(period.firstMonth)…\(period.lastMonth)")
    }
    let canonical = period.description
    guard let again = try? Period(parsing: canonical), again == period else {
        fatalError("\(text.debugDescription) reads as \(canonical), which does not read back as itself")
    }
    // Inverses while the kind is kept (a month range moved to start in January is cumulative).
    guard period.successor.kind != period.kind || period.successor.predecessor == period else {
        fatalError("\(canonical): the predecessor of its successor is \(period.successor.predecessor)")
    }
    _ = (period.kind, period.decimalStart, period.predecessor, period.sameLastYear)
    return 0
}
