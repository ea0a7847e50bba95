import Messages
import Panel

/// A diagnostic's English words, as tests read them (the catalog words every problem).
extension Diagnostic {
    public var message: String { Catalog(.en)(problem) }
    public var hint: String? { Catalog(.en).hint(problem) }
    public var formatted: String { Catalog(.en).formatted(self) }
}
