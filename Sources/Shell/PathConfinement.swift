import Foundation
import Messages

/// The places a notebook's commands may read and write: the notebook's folder, the data the
/// run was given (`--data`, or the default data), the run's `-o` file, and what `--allow`
/// names. A notebook from elsewhere can then neither read a private file into its report nor
/// write over one; the person running it widens the room explicitly.
///
/// Paths are compared by their real location (links followed, `..` taken where it leads), so a
/// link inside the notebook's folder does not lead out of it.
struct PathConfinement: Sendable {
    /// The notebook as its runner named it, for messages.
    var notebook: String
    /// Real paths; a path is allowed when it is one of them or lies under one.
    private(set) var roots: [String]

    init(notebook: String, roots: [String]) {
        self.notebook = notebook
        self.roots = roots.map(Self.realPath)
    }

    /// Whether the absolute `path` may be read or written.
    func allows(_ path: String) -> Bool {
        let real = Self.realPath(path)
        return roots.contains { root in
            real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
    }

    /// Where the absolute `path` really is: `realpath(3)` of the longest part that exists, then
    /// the rest of the path on top of it (a file about to be written does not exist yet).
    static func realPath(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let parent = (path as NSString).deletingLastPathComponent
        let last = (path as NSString).lastPathComponent
        guard !parent.isEmpty, parent != path else { return path }
        let base = realPath(parent)
        switch last {
        case "", ".": return base
        case "..": return (base as NSString).deletingLastPathComponent
        default: return (base as NSString).appendingPathComponent(last)
        }
    }
}

extension Environment {
    /// The usage error (and its hint) for `path`, as the user wrote it, when a running notebook
    /// may not touch it; nil when it may.
    func refusal(of path: String) -> (message: Usage, hint: Usage)? {
        guard let confinement, !confinement.allows(resolve(path)) else { return nil }
        return (.outsideNotebook(path: path, notebook: confinement.notebook), .allowPath)
    }

    /// Throws ``refusal(of:)`` as a usage error.
    func checkAllowed(_ path: String) throws(CommandFailure) {
        if let (message, hint) = refusal(of: path) { throw .usage(message, hint: hint) }
    }
}
