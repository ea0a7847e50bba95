/// The cells of a table that vote on its decimal separator (rule 2 of the number rule: the
/// convention more unambiguous cells need; see ``NumberReader``).
struct DecimalVotes {
    var point = 0
    var comma = 0
    /// The first cell that reads either way (`86,450`), for the warning.
    var ambiguousExample: String?
    /// Cells that read either way and that only one reading keeps within their metric's range
    /// (`86,450` as a PAR Index of 0–100 can only be 86.45), with the first such cell's metric.
    var rangePoint = 0
    var rangeComma = 0
    var rangeExample: (text: String, metric: Metric)?

    /// Counts cell `bytes`, a value of `metric` when it is known (asked only for a cell that reads
    /// either way).
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, of metric: @autoclosure () -> Metric? = nil) {
        switch NumberReader.shape(bytes) {
        case .decided(.point?): point += 1
        case .decided(.comma?): comma += 1
        case .ambiguous:
            let text = String(decoding: bytes, as: UTF8.self)
            if ambiguousExample == nil { ambiguousExample = text }
            guard let metric = metric(), metric.min != nil || metric.max != nil else { return }
            let asPoint = NumberReader.parse(text, convention: .point).map { metric.accepts($0.value) } ?? false
            let asComma = NumberReader.parse(text, convention: .comma).map { metric.accepts($0.value) } ?? false
            guard asPoint != asComma else { return }
            if asComma { rangeComma += 1 } else { rangePoint += 1 }
            if rangeExample == nil { rangeExample = (text, metric) }
        default: break
        }
    }

    /// The convention the metrics' ranges settle when no cell decides: every cell that only one
    /// reading keeps in range needs the same one.
    var settledByRange: DecimalConvention? {
        guard point == 0, comma == 0 else { return nil }
        if rangeComma > 0, rangePoint == 0 { return .comma }
        if rangePoint > 0, rangeComma == 0 { return .point }
        return nil
    }
}

extension LoadContext {
    /// The decimal convention of a table: `--decimal` if given, else what its cells voted for,
    /// with a warning when the vote was empty-handed (`ambiguous-decimal`) or split (`mixed-decimal`).
    mutating func convention(_ votes: DecimalVotes, file: String) -> DecimalConvention {
        if let forced = options.decimal { return forced }
        if let settled = votes.settledByRange, let (example, metric) = votes.rangeExample {
            report(
                Diagnostic(
                    .decimalFromRange(
                        example: example, readAs: NumberReader.parse(example, convention: settled)?.value ?? 0,
                        convention: settled, metric: metric.id, min: metric.min, max: metric.max),
                    at: SourceLocation(file: file, line: 0, column: 0)))
            return settled
        }
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
