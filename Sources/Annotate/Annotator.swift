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

    /// An annotator with the given lexicons.
    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
    }

    /// An annotator with the lexicons bundled in `Sources/Annotate/Lexicons/`.
    /// - Throws: ``LexiconSet/LoadError`` when a bundled lexicon is missing or invalid.
    public init() throws {
        self.init(lexicons: try LexiconSet.bundled())
    }

    /// Annotates one document.
    /// - Returns: a transcript with the document's blocks (turns resolved) and metadata, its
    ///   quotations in document order (nested ones as mentions), its speakers in order of first
    ///   attributed quotation or turn, and its editorial insertions.
    public func annotate(_ document: SourceDocument) -> Transcript {
        var pass = DocumentAnnotation(document: document, lexicon: lexicons.lexicon(for: document.metadata.lang))
        return pass.run()
    }
}
