import Foundation
import Messages

/// The process's standard output and error, written with `write(2)`: a write that fails (a full
/// disk, `> /dev/full`, a file too large) is remembered, never a trap.
///
/// After stdout fails nothing more is written to it; ``exitCode(_:language:)`` then turns the
/// command's code into 1 with one line on stderr (or silently, when stderr fails too).
public final class StandardStreams: @unchecked Sendable {
    // @unchecked: `outFailure` and `errFailed` are only touched while holding `lock`.
    private let lock = NSLock()
    private var outFailure: Int32?
    private var errFailed = false

    public static let shared = StandardStreams()

    /// Writes `text` to standard output unless an earlier write failed.
    public func out(_ text: String) {
        lock.withLock {
            guard outFailure == nil else { return }
            if let failure = Self.write(text, to: STDOUT_FILENO) { outFailure = failure }
        }
    }

    /// Writes `text` to standard error unless an earlier write failed.
    public func err(_ text: String) {
        lock.withLock {
            guard !errFailed else { return }
            if Self.write(text, to: STDERR_FILENO) != nil { errFailed = true }
        }
    }

    /// The exit code of a command that returned `code`: 1 after a failed write to stdout, with
    /// one line on stderr saying why.
    public func exitCode(_ code: Int32, language: Language) -> Int32 {
        guard let failure = lock.withLock({ outFailure }) else { return code }
        err(Catalog(language)(.cannotWriteOutput(String(cString: strerror(failure)))) + "\n")
        return 1
    }

    /// Writes all of `text` to `fd`, retrying after signals; the `errno` of a failure, or nil.
    static func write(_ text: String, to fd: Int32) -> Int32? {
        var bytes = Array(text.utf8)
        var offset = 0
        return bytes.withUnsafeMutableBytes { buffer -> Int32? in
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0, errno == EINTR {
                    continue
                } else {
                    return n < 0 ? errno : EIO
                }
            }
            return nil
        }
    }

    /// Reads standard input to its end, or until it holds more than `limit` bytes (the caller then
    /// refuses it); nil after a read error. A megabyte at a time, retrying after signals.
    static func readInput(limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while bytes.count <= limit {
            let n = chunk.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { Foundation.read(STDIN_FILENO, $0, buffer.count) } ?? -1
            }
            if n > 0 {
                bytes.append(contentsOf: chunk[0..<n])
            } else if n == 0 {
                return bytes
            } else if errno != EINTR {
                return nil
            }
        }
        return bytes
    }
}
