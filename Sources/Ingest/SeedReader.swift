import Foundation
import Model

/// Reads one seed file into a ``SourceDocument``: decodes its bytes, normalises the text and
/// splits it into blocks, taking metadata from front matter or from the text itself.
public enum SeedReader {
    /// What reading a seed gives: the document and any warnings about it.
    public struct Result: Sendable {
        /// The document, ready for annotation.
        public var document: SourceDocument
        /// Things that were repaired or guessed, each naming the file.
        public var warnings: [Diagnostic]
    }

    /// Reads a seed from its bytes.
    /// - Parameters:
    ///   - bytes: the file's contents as stored.
    ///   - seedPath: the path relative to the seeds folder, used in messages and in the data files.
    /// - Throws: a ``Diagnostic`` (severity error) when the file cannot be used: empty,
    ///   not valid text in a supported encoding.
    public static func read(_ bytes: [UInt8], seedPath: String) throws(Diagnostic) -> Result {
        throw Diagnostic(.error, file: seedPath, message: "not implemented")
    }
}
