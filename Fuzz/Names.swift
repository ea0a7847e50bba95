// libFuzzer harness: name folding and matching (`Model/Names.swift`, `Internals/NameBytes.swift`,
// the lookup of `Model/Unit.swift`). Each input is a few names, one per line. The table paths must
// give what the Unicode paths give (fold, clean); a clean name is its own cleaning; the names
// become units of a directory and each is looked up in it, as a person types it.
// Built and run by `scripts/fuzz.sh` (see `Fuzz/README.md`).
@testable import Panel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNames(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let names = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).map(String.init)
    var directory = UnitDirectory()
    for (i, name) in names.enumerated() {
        let folded = Names.fold(name)
        guard folded == Names.foldByDecomposition(name) else {
            fatalError(
                "\(name.debugDescription): fold \(folded.debugDescription) vs \(Names.foldByDecomposition(name).debugDescription)"
            )
        }
        let clean = Names.clean(name)
        guard clean == Names.cleanByCharacters(name) else { fatalError("clean \(name.debugDescription)") }
        if Names.isClean(name), Array(Names.cleanByCharacters(name).utf8) != Array(name.utf8) {
            fatalError("\(name.debugDescription) passes isClean but cleaning changes it")
        }
        _ = (Names.core(name), Names.prefix(of: folded))
        guard !clean.isEmpty else { continue }
        let level: UnitLevel = i % 2 == 0 ? .province : .district
        directory.add(Unit(name: clean, level: level, parent: level == .district ? names.first : nil))
    }
    for name in names {
        _ = directory.candidates(name)
        _ = try? directory.lookup(name)
        _ = try? directory.lookup(name, level: .district, parent: names.first)
    }
    return 0
}
