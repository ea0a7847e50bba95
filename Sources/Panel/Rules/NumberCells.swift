/// The cells of a table that vote on its decimal separator (rule 2 of the number rule: the
/// convention more unambiguous cells need; see ``NumberReader``).
struct DecimalVotes {
    var point = 0
    var comma = 0
    /// The first cell that reads either way (`86,450`), for the warning.
    var ambiguousExample: String?

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch NumberReader.shape(bytes) {
        case .decided(.point?): point += 1
        case .decided(.comma?): comma += 1
        case .ambiguous: if ambiguousExample == nil { ambiguousExample = String(decoding: bytes, as: UTF8.self) }
        default: break
        }
    }
}

extension LoadContext {
    /// The decimal convention of a table: `--decimal` if given, else what its cells voted for,
    /// with a warning when the vote was empty-handed (`ambiguous-decimal`) or split (`mixed-decimal`).
    mutating func convention(_ votes: DecimalVotes, file: String) -> DecimalConvention {
        if let forced = options.decimal { return forced }
        let (convention, example, _) = NumberReader.decide(
            point: votes.point, comma: votes.comma, ambiguousExample: votes.ambiguousExample)
        if let example {
            let read = NumberReader.parse(example, convention: .point).map { Agreement.format($0.value) } ?? example
            report(
                Diagnostic(
                    .warning, "ambiguous-decimal", at: SourceLocation(file: file, line: 0, column: 0),
                    "no cell shows which decimal separator this file uses; '\(example)' and the like were read with a decimal point (\(example.replacingOccurrences(of: ",", with: "")) → \(read))",
                    hint: "pass --decimal comma if the file writes 99,17 for ninety-nine point one seven"))
        } else if votes.point > 0, votes.comma > 0 {
            report(
                Diagnostic(
                    .warning, "mixed-decimal", at: SourceLocation(file: file, line: 0, column: 0),
                    "the file mixes decimal separators (\(votes.point) cells with a point, \(votes.comma) with a comma); read with a decimal \(convention == .point ? "point" : "comma"), the majority",
                    hint: "cells written the other way are reported as errors; fix them or pass --decimal"))
        }
        return convention
    }

    /// The number in cell `i`, or nil after reporting that it is not one (in column `column`).
    @inline(__always)
    mutating func number(
        _ t: CellView, _ i: Int, column: String, _ convention: DecimalConvention, count: Bool
    ) -> ParsedNumber? {
        if let n = NumberReader.parse(t.bytes(i), convention: convention, count: count) { return n }
        reportNotANumber(t.text(i), at: t.location(i), column: column, convention, count: count)
        return nil
    }

    /// The error for a cell of `column` that does not read as a number.
    mutating func reportNotANumber(
        _ text: String, at location: SourceLocation, column: String, _ convention: DecimalConvention, count: Bool
    ) {
        let whole = count ? " (a count must be a whole number)" : ""
        let other: DecimalConvention = convention == .point ? .comma : .point
        let hint =
            NumberReader.parse(text, convention: other, count: count) != nil
            ? "this file is read with a decimal \(convention == .point ? "point" : "comma"); pass --decimal \(other.rawValue) if '\(text)' is right"
            : "write a number such as 99.17, 99,17, 7554 or 7.554; missing values are empty, '-' or NA"
        report(
            Diagnostic(
                .error, "not-a-number", at: location, "'\(text)' is not a number in column \(column)\(whole)",
                hint: hint))
    }
}
