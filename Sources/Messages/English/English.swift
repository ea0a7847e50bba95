/// The English catalog: one exhaustive `switch` per kind of message, in files by concept.
///
/// English is the language of the code and of machine-read output (JSON notes), and the form
/// the Vietnamese catalog repeats where it has no translation yet.
enum English {}
