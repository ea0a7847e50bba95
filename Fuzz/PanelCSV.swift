// libFuzzer harness: a whole Panel load of one CSV byte buffer (sources → layout → rules →
// duplicates), after the fast cell reader is held to the reference reader the tests keep
// (`Tests/Support/PanelTestSupport/ReferenceCSV.swift`): the two must agree exactly on every input.
// Built and run by `scripts/fuzz.sh` (see `Fuzz/README.md`).
@testable import Panel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPanelCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let fast = CSVReader.parse(bytes, file: "fuzz.csv")
    let reference = ReferenceCSV.parse(bytes, file: "fuzz.csv")
    guard
        fast.records == reference.records, fast.delimiter == reference.delimiter, fast.hadBOM == reference.hadBOM,
        fast.diagnostics == reference.diagnostics
    else { fatalError("the cell reader and the reference reader disagree") }
    // The length picks a forced decimal convention for a third of the inputs (`--decimal`).
    let decimal: DecimalConvention? = [nil, .comma, .point][count % 3]
    var loader = Loader(options: LoadOptions(decimal: decimal))
    loader.add(bytes: bytes, name: "fuzz.csv")
    let result = loader.finish()
    // What a report reads of the panel.
    _ = result.panel.observations.count + result.diagnostics.count + result.suppressed
    return 0
}
