/// The Vietnamese catalog: one exhaustive `switch` per kind of message, in files by concept.
///
/// Where no Vietnamese wording exists yet, a case returns the English text and is marked
/// `// vi: untranslated (issue 15)`.
enum Vietnamese {}
