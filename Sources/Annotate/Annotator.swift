import Model

/// Finds quotations in a ``Model/SourceDocument`` and says who said them (DESIGN.md,
/// "Attribution"): direct quotations and mentions with their spans, the speakers with their
/// aliases and roles, and editorial insertions. Speakers declared in the document's metadata
/// (front matter) are resolved first and keep their ids; blocks of labelled speaker turns get
/// their turn's `speakerID`.
///
/// Deterministic: the same document and lexicons always give the same transcript. Works from
/// general rules and per-language lexicons only; nothing in it names a person.
public struct Annotator: Sendable {
    /// The lexicons, one per language; `document.metadata.lang` picks one.
    public let lexicons: LexiconSet

    /// Site-wide speakers (`seeds/speakers.yml`): declared aliases resolve first, after the
    /// document's own front-matter speakers.
    public let directory: SpeakerDirectory

    /// An annotator with the given lexicons and site-wide speaker directory.
    public init(lexicons: LexiconSet, directory: SpeakerDirectory = .empty) {
        self.lexicons = lexicons
        self.directory = directory
    }

    /// An annotator with the lexicons bundled in `Sources/Annotate/Lexicons/`.
    /// - Throws: ``LexiconSet/LoadError`` when a bundled lexicon is missing or invalid.
    /// - Parameter directory: the site's `speakers.yml` (``SpeakerDirectory/load(seedsDirectory:)``).
    public init(directory: SpeakerDirectory = .empty) throws {
        self.init(lexicons: try LexiconSet.bundled(), directory: directory)
    }

    /// Annotates one document.
    /// - Returns: a transcript with the document's blocks (turns resolved) and metadata, its
    ///   quotations in document order (nested ones as mentions), its speakers in order of first
    ///   attributed quotation or turn, and its editorial insertions.
    public func annotate(_ document: SourceDocument) -> Transcript {
        var declared = document.metadata.speakers
        if !directory.speakers.isEmpty {
            // Front matter first (it may add aliases to a directory speaker of the same id);
            // then the directory speakers the text names.
            let text = document.blocks.map(\.text).joined(separator: "\n")
            for speaker in directory.speakers(namedIn: text) {
                if let local = declared.firstIndex(where: { $0.id == speaker.id }) {
                    for alias in speaker.aliases where !declared[local].aliases.contains(alias) { declared[local].aliases.append(alias) }
                    if declared[local].role == nil { declared[local].role = speaker.role }
                } else {
                    declared.append(speaker)
                }
            }
        }
        var pass = DocumentAnnotation(document: document, lexicon: lexicons.lexicon(for: document.metadata.lang), declared: declared)
        return pass.run()
    }
}
