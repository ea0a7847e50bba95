/// Every sentence and word parlens shows a user, in one language.
///
/// A message is a typed value (``Label``, ``Term``, …, or a result's omission or error); the
/// catalog of each language renders it behind an exhaustive `switch` (``English``,
/// ``Vietnamese``), so a message without its Vietnamese form does not compile.
///
/// ```swift
/// let say = Catalog(.vi)
/// say(.officialRank)  // "Hạng công bố"
/// ```
public struct Catalog: Hashable, Sendable {
    /// The language the messages are rendered in.
    public var language: Language

    /// The catalog of `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// A word or short heading.
    public func callAsFunction(_ message: Label) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }

    /// The name of a domain value.
    public func callAsFunction(_ message: Term) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }
}
