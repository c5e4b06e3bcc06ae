import Foundation

/// The lexicons of every language the annotator knows, keyed by BCP 47 primary subtag.
public struct LexiconSet: Sendable {
    /// Lexicons by language (`fr`, `en`).
    public let lexicons: [String: Lexicon]
    /// The language used when a document's language has no lexicon.
    public let fallbackLanguage: String

    /// - Parameters:
    ///   - lexicons: the lexicons; each is stored under its ``Lexicon/language``.
    ///   - fallbackLanguage: used for documents in other languages; must be one of them.
    public init(_ lexicons: [Lexicon], fallbackLanguage: String = "en") {
        var table: [String: Lexicon] = [:]
        // Each lexicon learns the other languages' pronouns, no names in text that mixes languages.
        for lexicon in lexicons { table[lexicon.language] = lexicon.withForeignPronouns(from: lexicons) }
        self.lexicons = table
        self.fallbackLanguage = table[fallbackLanguage] != nil ? fallbackLanguage : (lexicons.first?.language ?? fallbackLanguage)
    }

    /// Errors loading the bundled lexicons.
    public enum LoadError: Error, CustomStringConvertible {
        /// The resource folder `Lexicons` is missing from the bundle.
        case missingFolder
        /// A file could not be decoded; the file name and the decoder's message.
        case invalidFile(String, String)

        /// The message with the file it is about, for the command line.
        public var description: String {
            switch self {
            case .missingFolder: return "Annotate: the Lexicons resource folder is missing from the bundle"
            case .invalidFile(let name, let reason): return "Annotate: Lexicons/\(name): \(reason)"
            }
        }
    }

    /// Loads every `Lexicons/<lang>.json` bundled with the module, in file-name order.
    /// - Throws: ``LoadError`` when the folder is missing or a file is not a valid lexicon.
    public static func bundled() throws -> LexiconSet {
        guard let folder = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else { throw LoadError.missingFolder }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var lexicons: [Lexicon] = []
        for name in names {
            do {
                lexicons.append(try Lexicon(json: Data(contentsOf: folder.appendingPathComponent(name))))
            } catch {
                throw LoadError.invalidFile(name, "\(error)")
            }
        }
        return LexiconSet(lexicons)
    }

    /// The lexicon for a BCP 47 tag (`fr-CA` uses `fr`), or the fallback language's.
    public func lexicon(for language: String) -> Lexicon {
        let primary = language.split(separator: "-").first.map { String($0).lowercased() } ?? ""
        return lexicons[primary] ?? lexicons[fallbackLanguage]!
    }
}
