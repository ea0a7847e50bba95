/// Notation both languages write the same way: the joints of a title, a p-value in a sentence.
enum Notation {
    /// The parts of a title joined by " · ", empty parts left out: a title of units of no known
    /// level reads "2023 vs 2022 · higher is better", not "2023 vs 2022 ·  · higher is better".
    static func title(_ parts: String...) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// `text` with its first letter in upper case, as a sentence starts ("năm 2024" → "Năm 2024").
    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// A p-value as a sentence states it: "p = 0.020", or "p < 0.001" for a p-value formatted as a
    /// bound ("<0.001"), never "p = <0.001".
    static func p(_ formatted: String) -> String {
        guard let bound = formatted.first, bound == "<" || bound == ">" else { return "p = \(formatted)" }
        return "p \(bound) \(formatted.dropFirst().drop { $0 == " " })"
    }
}
