/// The language parlens speaks to its users.
///
/// Every sentence a user reads comes from the ``Catalog`` of one of these languages.
public enum Language: String, Sendable, CaseIterable {
    /// Vietnamese: the language of the reports parlens serves.
    case vi
    /// English.
    case en
}
