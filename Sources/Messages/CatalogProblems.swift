import Panel

extension Catalog {
    /// What is wrong with an input.
    public func callAsFunction(_ problem: Problem) -> String {
        switch language {
        case .en: English.text(problem)
        case .vi: Vietnamese.text(problem)
        }
    }

    /// What to do about a problem, or nil.
    public func hint(_ problem: Problem) -> String? {
        switch language {
        case .en: English.hint(problem)
        case .vi: Vietnamese.hint(problem)
        }
    }

    /// Why a text is not a period.
    public func callAsFunction(_ error: PeriodParseError) -> String {
        switch language {
        case .en: English.text(error)
        case .vi: Vietnamese.text(error)
        }
    }

    /// "error" or "warning".
    public func callAsFunction(_ severity: Diagnostic.Severity) -> String {
        switch language {
        case .en: English.text(severity)
        case .vi: Vietnamese.text(severity)
        }
    }

    /// A diagnostic as a compiler prints it: `FILE:LINE:COL: error: message [code]`, then an
    /// indented hint line when there is one. A line or column of 0 is left out.
    public func formatted(_ d: Diagnostic) -> String {
        var head = ""
        if let location = d.location { head = location.written + ": " }
        var text = "\(head)\(self(d.severity)): \(self(d.problem)) [\(d.code.rawValue)]"
        if let hint = hint(d.problem) {
            text += "\n  \(language == .vi ? Vietnamese.hintWord : English.hintWord): \(hint)"
        }
        return text
    }
}
