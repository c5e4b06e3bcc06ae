/// One file of the generated site, as bytes, before it is written.
public struct OutputFile: Sendable, Hashable {
    /// Path relative to the output folder with `/` separators, e.g. `transcripts/x/index.html`.
    public var path: String
    /// The exact bytes to write.
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    /// A UTF-8 text file.
    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
