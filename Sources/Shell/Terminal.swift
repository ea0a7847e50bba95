internal import CEditLine
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The terminal libedit edits on.
enum Terminal {
    /// Its width in columns, as libedit knows it (at least 1).
    static var columns: Int {
        var rows: Int32 = 0
        var columns: Int32 = 0
        rl_get_screen_size(&rows, &columns)
        return max(Int(columns), 1)
    }

    /// Writes `text` as it is (libedit has flushed its own output when it calls us).
    static func put(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count - 1) }
    }

    /// Terminal columns, as libedit counts them (`wcwidth`); where the locale does not know a
    /// character (not UTF-8 yet), a combining mark takes none and any other letter one.
    static func width(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { total, scalar in
            let width = Int(parlens_wcwidth(scalar.value))
            if width >= 0 { return total + width }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .control, .format: return total
            default: return total + 1
            }
        }
    }
}
