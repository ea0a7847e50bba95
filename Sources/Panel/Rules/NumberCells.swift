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
            let read = NumberReader.parse(example, convention: .point)?.value
            report(
                Diagnostic(
                    .ambiguousDecimal(example: example, readAs: read),
                    at: SourceLocation(file: file, line: 0, column: 0)))
        } else if votes.point > 0, votes.comma > 0 {
            report(
                Diagnostic(
                    .mixedDecimal(point: votes.point, comma: votes.comma, chosen: convention),
                    at: SourceLocation(file: file, line: 0, column: 0)))
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
        let other: DecimalConvention = convention == .point ? .comma : .point
        let readsOtherwise = NumberReader.parse(text, convention: other, count: count) != nil
        report(
            Diagnostic(
                .notANumber(
                    text: text, column: column, count: count, convention: convention, readsOtherwise: readsOtherwise),
                at: location))
    }
}
