import Foundation
import Model

/// Reads one seed file into a ``SourceDocument``: decodes its bytes, normalises the text and
/// splits it into blocks, taking metadata from front matter or from the text itself.
///
/// Plain-text prose seeds are read as published. Metadata that the seed does not declare is
/// found in the text:
/// - title: a first paragraph of one line, at most 160 characters, not ending with a period,
///   followed by more text (the usual title line); otherwise the start of the first sentence;
/// - date: a date line right under the title (`2016-12-28T00:00:19.000+00:00`,
///   `Tuesday, June 9th, 2009 @ 20:28 UTC`), otherwise the first date written in the first two
///   paragraphs (`le 11 avril 2016`);
/// - language: the one whose function words are most frequent (``LanguageGuesser``).
public enum SeedReader {
    /// What reading a seed gives: the document and any warnings about it.
    public struct Result: Sendable {
        /// The document, ready for annotation.
        public var document: SourceDocument
        /// Things that were repaired or guessed, each naming the file.
        public var warnings: [Diagnostic]
    }

    /// Longest first line taken as a title, in characters.
    static let maximumTitleLength = 160

    /// Reads a seed from its bytes.
    /// - Parameters:
    ///   - bytes: the file's contents as stored.
    ///   - seedPath: the path relative to the seeds folder, used in messages and in the data files.
    /// - Throws: a ``Diagnostic`` (severity error) naming `seedPath` when the file cannot be used:
    ///   empty, not valid UTF-8 (nor UTF-16 with a BOM), front matter that is not valid YAML, or no
    ///   text after the front matter.
    public static func read(_ bytes: [UInt8], seedPath: String) throws(Diagnostic) -> Result {
        let decoded = try SeedTextDecoder.decode(bytes, file: seedPath)
        let text = TextNormalizer.normalize(decoded)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let matter = try FrontMatter.extract(from: lines, file: seedPath)
        var blocks = ProseBlockSplitter.blocks(of: lines[matter.lineCount...], firstLine: matter.lineCount + 1)
        guard !blocks.isEmpty else {
            throw Diagnostic(
                .error, file: seedPath, line: matter.lineCount + 1, message: "the seed has no text after its front matter",
                hint: "add the transcript's text below the metadata")
        }
        var warnings: [Diagnostic] = []

        var title = matter.title
        if title == nil, blocks.count > 1, isTitleLine(blocks[0]) {
            title = blocks.removeFirst().text
        }
        var date = matter.date.flatMap { DateFinder.firstDate(in: $0) }
        if let declared = matter.date, date == nil {
            warnings.append(Diagnostic(
                .warning, file: seedPath, message: "front matter date `\(declared)` is not a calendar date; it was ignored",
                hint: "write dates as YYYY-MM-DD"))
        }
        if date == nil, matter.title == nil, blocks.count > 1, blocks[0].kind == .paragraph, DateFinder.isDateLine(blocks[0].text) {
            date = DateFinder.firstDate(in: blocks.removeFirst().text)
        }
        if date == nil {
            date = blocks.prefix(2).lazy.compactMap { DateFinder.firstDate(in: $0.text) }.first
        }
        let resolvedTitle = title ?? fallbackTitle(from: blocks[0].text)
        let lang = matter.lang ?? LanguageGuesser.guess(blocks.prefix(20).map(\.text).joined(separator: " "))
        let metadata = DocumentMetadata(
            title: resolvedTitle, date: date, lang: lang, source: matter.source, slug: matter.slug,
            tags: matter.tags, speakers: matter.speakers)
        return Result(
            document: SourceDocument(seedPath: seedPath, metadata: metadata, blocks: blocks),
            warnings: warnings)
    }

    static func isTitleLine(_ block: Block) -> Bool {
        guard block.kind == .paragraph, !block.text.contains("\n"), block.text.count <= maximumTitleLength else {
            return false
        }
        return !(block.text.hasSuffix(".") && !block.text.hasSuffix("..."))
    }

    /// The start of the first sentence of `text`, cut at a word boundary to at most 80
    /// characters, with `…` when cut.
    static func fallbackTitle(from text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        var sentence = Substring(flat)
        if let end = flat.range(of: ". ") { sentence = flat[..<end.lowerBound] }
        if sentence.count <= 80 { return String(sentence) }
        var cut = sentence.prefix(80)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        while let last = cut.last, ",;:".contains(last) || last.isWhitespace { cut = cut.dropLast() }
        return cut + "…"
    }
}
