import Foundation
import Testing

/// `text` read as a JSON object (empty when it is not one).
func jsonObject(_ text: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
}

/// Whether JSONSerialization read a `true`/`false` literal (not the number 1 or 0).
func isJSONBool(_ x: Any) -> Bool { String(describing: type(of: x)).contains("Boolean") }

/// Compares `actual` with `expected`, recording each difference with its JSON path: every key of
/// `expected` must be present with the same value (numbers within 1e-9 relative or 1e-10
/// absolute); extra keys are allowed.
func expectMatches(_ actual: Any?, _ expected: Any?, path: String, file: String) {
    switch (actual, expected) {
    case (_, is NSNull):
        #expect(actual is NSNull, "\(file) \(path): expected null, got \(String(describing: actual))")
    case (let a as NSNumber, let e as NSNumber) where isJSONBool(e):
        #expect(isJSONBool(a) && a.boolValue == e.boolValue, "\(file) \(path): \(a) vs \(e)")
    case (let a as NSNumber, let e as NSNumber):
        let x = a.doubleValue
        let y = e.doubleValue
        let close = x == y || abs(x - y) <= 1e-9 * max(abs(x), abs(y)) || abs(x - y) <= 1e-10
        #expect(close, "\(file) \(path): \(x) vs oracle \(y)")
    case (let a as String, let e as String):
        #expect(a == e, "\(file) \(path): '\(a)' vs '\(e)'")
    case (let a as [Any], let e as [Any]):
        #expect(a.count == e.count, "\(file) \(path): \(a.count) items vs \(e.count)")
        for (i, (x, y)) in zip(a, e).enumerated() { expectMatches(x, y, path: "\(path)[\(i)]", file: file) }
    case (let a as [String: Any], let e as [String: Any]):
        for (key, value) in e {
            guard let got = a[key] else {
                Issue.record("\(file) \(path).\(key): missing")
                continue
            }
            expectMatches(got, value, path: "\(path).\(key)", file: file)
        }
    default:
        Issue.record("\(file) \(path): \(String(describing: actual)) vs \(String(describing: expected))")
    }
}
