// A stand-in for the `Messages` module, for the notebook harness only (`Fuzz/NotebookParser.swift`).
//
// The notebook parser (`Sources/Shell/Notebook.swift`), the command tokenizer
// (`Sources/Shell/Tokenizer.swift`) and `Sources/Shell/CommandFailure.swift` are compiled as they
// are; the only thing they take from `Messages` is the `Usage` value they throw, and the real
// module brings Analysis, Statistics and GSL (C) with it. These are the cases those three files
// name, with the same shapes (and the `Language` a front matter's `lang:` names); the parser
// never words them. A case added there and not here stops
// the harness from compiling, so the two cannot drift apart unnoticed.
public enum Usage: Hashable, Sendable {
    case echoIsTrueOrFalse(path: String, line: Int, value: String)
    case langIsViOrEnAt(path: String, line: Int, value: String)
    case unclosedParameter(path: String, line: Int)
    case undefinedParameter(path: String, line: Int, name: String)
    case parameterNotAToken(name: String, value: String)
    case unterminatedQuote(Character)
    case writeParameter
    case declareParameter(String)
    case knownParameters([String], name: String)
}

public enum Language: String, Hashable, Sendable {
    case en, vi
}
