/// The Vietnamese catalog: one exhaustive `switch` per kind of message, in files by concept.
///
/// Every case has its own Vietnamese wording, in the words of the provinces' reports: figures
/// with a decimal comma (``number(_:)``), periods as reports write them (``period(_:)``).
enum Vietnamese {}
