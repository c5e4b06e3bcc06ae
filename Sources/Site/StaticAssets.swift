import Foundation
import Model

/// The static files of a theme: everything under `<templates>/assets/`, copied byte for byte
/// to `assets/` in the output.
public struct StaticAssets: Sendable {
    /// The files as output files (`assets/<relative path>`), sorted by path.
    public let files: [OutputFile]

    /// Reads every regular file under `folder` (recursively; hidden files skipped). A missing
    /// folder gives no assets.
    /// - Throws: a ``Diagnostic`` naming a file that exists but cannot be read.
    public init(folder: URL) throws(Diagnostic) {
        var files: [OutputFile] = []
        let manager = FileManager.default
        if let enumerator = manager.enumerator(atPath: folder.path) {
            for case let path as String in enumerator {
                if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                let url = folder.appendingPathComponent(path)
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                    continue
                }
                guard let data = manager.contents(atPath: url.path) else {
                    throw Diagnostic(.error, file: url.path, message: "cannot read asset")
                }
                files.append(OutputFile(path: "assets/" + path, contents: Array(data)))
            }
        }
        self.files = files.sorted { $0.path < $1.path }
    }
}
