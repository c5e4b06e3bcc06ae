import Foundation
import Model

/// Reads one seed file into a ``SourceDocument``: decodes its bytes, normalises the text, picks
/// the reader for its format (``SeedFormat``) and fills in the metadata the format leaves out.
///
/// Formats: plain text (prose or speaker turns), Markdown transcripts, WebVTT, SubRip,
/// Podcasting 2.0 JSON, GOV.UK content items, HTML articles, TEI (ParlaMint) and ParlParse XML;
/// see the readers under `Readers/`. What a format does not give is found in the text:
/// - title: the first block's text, cut to its first sentence (``fallbackTitle(from:)``);
/// - language: the one whose function words are most frequent (``LanguageGuesser``).
public enum SeedReader {
    /// What reading a seed gives: the document and any warnings about it.
    public struct Result: Sendable {
        /// The document, ready for annotation.
        public var document: SourceDocument
        /// Things that were repaired or guessed, each naming the file.
        public var warnings: [Diagnostic]
        /// Where the title and the hand-set slug are written (in the seed or its sidecar), for
        /// messages about the slug.
        public var metadataLines = MetadataLines()
    }

    /// Reads a seed from its bytes.
    /// - Parameters:
    ///   - bytes: the file's contents as stored.
    ///   - seedPath: the path relative to the seeds folder, used in messages and in the data files.
    /// - Throws: a ``Diagnostic`` (severity error) naming `seedPath` when the file cannot be used:
    ///   empty; neither UTF-8, UTF-16 with a BOM nor Windows-1252; a format no reader accepts
    ///   (PDF, images, JSON or XML of another shape); front matter that is not valid YAML; or no
    ///   text once read.
    public static func read(_ bytes: [UInt8], seedPath: String) throws(Diagnostic) -> Result {
        try read(bytes, seedPath: seedPath, sidecar: nil)
    }

    /// The path of the sidecar file of a seed: the seed's path with `.yml` added
    /// (`interview.vtt` → `interview.vtt.yml`). A sidecar holds the front matter of a seed whose
    /// format has no room for one (WebVTT, SRT, JSON, XML), as YAML without `---` lines (or
    /// between them, as front matter: ``frontMatterLines(ofSidecar:file:)``).
    public static func sidecarPath(of seedPath: String) -> String {
        seedPath + ".yml"
    }

    /// Reads a seed with the metadata of its sidecar file (``sidecarPath(of:)``), whose fields
    /// (`title`, `date`, `lang`, `source`, `slug`, `tags`, `speakers`, `media`) win over what the
    /// seed itself gives.
    /// - Parameter sidecar: the sidecar's bytes, or nil when there is none; read as a seed's
    ///   (``SettingsText/read(_:file:)``: a few invalid UTF-8 bytes or Windows-1252 are warned at
    ///   their line).
    /// - Throws: as ``read(_:seedPath:)``, and a ``Diagnostic`` naming the sidecar when it is not
    ///   valid YAML or in no encoding a seed may be in.
    public static func read(_ bytes: [UInt8], seedPath: String, sidecar: [UInt8]?) throws(Diagnostic) -> Result {
        var result = try readSeed(bytes, seedPath: seedPath)
        guard let sidecar else { return result }
        let sidecarFile = sidecarPath(of: seedPath)
        let (yaml, readWarnings) = try SettingsText.read(Data(sidecar), file: sidecarFile)
        result.warnings += readWarnings
        let (lines, shift, fenceWarning) = frontMatterLines(ofSidecar: yaml, file: sidecarFile)
        if let fenceWarning { result.warnings.append(fenceWarning) }
        let matter: FrontMatter
        do throws(Diagnostic) {
            matter = try FrontMatter.extract(from: lines, file: sidecarFile, lineShift: shift, sidecarOf: seedPath)
        } catch {
            var located = error
            if let line = located.line { located.line = line - shift }
            throw located
        }
        // The sidecar's lines are `shift` less than those of the front matter made from it.
        result.warnings += matter.warnings.map { warning in
            var located = warning
            if let line = located.line { located.line = line - shift }
            return located
        }
        var metadata = result.document.metadata
        if let title = matter.title {
            metadata.title = title
            result.metadataLines.title = matter.titleLine.map { MetadataLines.Place(file: sidecarFile, line: $0 - shift) }
        }
        if let date = matter.date {
            let declared = DateFinder.declaredDate(date)
            // Refused, the date is unknown: not the one the seed's own text may give.
            metadata.date = declared.date
            if let problem = declared.problem {
                result.warnings.append(Diagnostic(
                    .warning, file: sidecarFile, line: matter.dateLine.map { $0 - shift },
                    message: "date `\(date)` is refused: \(problem); the date is unknown",
                    hint: DateHint.forRefused(date)))
            }
        }
        if let lang = matter.lang {
            if isLanguageTag(lang) {
                metadata.lang = lang
            } else {
                result.warnings.append(Diagnostic(
                    .warning, file: sidecarFile, line: matter.langLine.map { $0 - shift }, message: "`\(lang)` is not a language tag; it was ignored",
                    hint: "write a BCP 47 tag such as fr, en or pt-BR"))
            }
        }
        if let source = matter.source { metadata.source = source }
        if let slug = matter.slug {
            metadata.slug = slug
            result.metadataLines.slug = matter.slugLine.map { MetadataLines.Place(file: sidecarFile, line: $0 - shift) }
        }
        if !matter.tags.isEmpty { metadata.tags = matter.tags }
        if !matter.speakers.isEmpty {
            metadata.speakers = matter.speakers
            result.metadataLines.speakers = matter.speakerLines.mapValues { MetadataLines.Place(file: sidecarFile, line: $0 - shift) }
        }
        if let media = matter.media { metadata.media = media }
        if !matter.attributions.isEmpty {
            metadata.attributions = matter.attributions
            result.metadataLines.attributions = matter.attributionLines.mapValues { MetadataLines.Place(file: sidecarFile, line: $0 - shift) }
        }
        result.document.metadata = metadata
        return result
    }

    /// The lines of a sidecar file's text `yaml` as front matter (``FrontMatter/extract(from:file:lineShift:sidecarOf:)``)
    /// reads them, how many lines those are ahead of the file's (`shift`), and a warning about
    /// lines of the file that are not read.
    ///
    /// A sidecar is YAML without `---` lines, so it is put between two (`shift` 1). One written
    /// as front matter, its first line a `---` of its own (YAML 1.2 §9.1.4, as
    /// ``FrontMatter/isFence(_:closing:)`` reads it), is read between its own lines (`shift` 0),
    /// closed at its end when it has no closing `---` or `...`: wrapped again, the two `---` would
    /// make an empty block, and every field of it would be lost without a word. Lines that are
    /// not blank or comments after its closing line (a second YAML document) are not read; the
    /// warning names the first of them.
    static func frontMatterLines(ofSidecar yaml: String, file: String) -> (lines: [Substring], shift: Int, warning: Diagnostic?) {
        let own = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = own.first, FrontMatter.isFence(first, closing: false) else {
            let wrapped = ("---\n" + yaml + (yaml.hasSuffix("\n") ? "" : "\n") + "---\n").split(separator: "\n", omittingEmptySubsequences: false)
            return (wrapped, 1, nil)
        }
        guard let close = own.indices.dropFirst().first(where: { FrontMatter.isFence(own[$0], closing: true) }) else {
            return (own + ["---"], 0, nil)
        }
        let unread = own.indices.dropFirst(close + 1).first { index in
            let content = own[index].drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            return !content.isEmpty && !content.hasPrefix("#")
        }
        let warning = unread.map { index in
            Diagnostic(
                .warning, file: file, line: index + 1, column: 1,
                message: "these lines come after the sidecar's closing `\(own[close].trimmingTrailingSpaces())` (line \(close + 1)), so they were not read",
                hint: "move them above line \(close + 1), or remove the `---` lines: a sidecar needs none")
        }
        return (Array(own.prefix(close + 1)), 0, warning)
    }

    /// The text of a seed's bytes as every reader gets it before normalising
    /// (``Model/TextNormalizer``): decoded from UTF-8 (with or without BOM), UTF-16 or
    /// Windows-1252 (``SeedTextDecoder``), with the warnings about what was repaired (invalid
    /// bytes, NUL, C1 controls, a guessed encoding). For a caller that reads a seed's text with a
    /// reader of another stage (annotated Markdown), which normalises it once, as Ingest's do.
    /// - Throws: a ``Diagnostic`` naming `seedPath` when the bytes are no text (a picture, a PDF,
    ///   empty, UTF-32, mostly NUL bytes) or in no encoding Verbatim reads.
    public static func decodedText(of bytes: [UInt8], seedPath: String) throws(Diagnostic) -> (text: String, warnings: [Diagnostic]) {
        let decoded = try decode(bytes, seedPath: seedPath)
        return (decoded.text, decoded.warnings)
    }

    /// The bytes decoded (``SeedTextDecoder``), not yet normalised.
    /// - Throws: as ``decodedText(of:seedPath:)``.
    private static func decode(_ bytes: [UInt8], seedPath: String) throws(Diagnostic) -> SeedTextDecoder.Decoded {
        if let what = SeedFormat.binaryKind(of: bytes) {
            throw Diagnostic(
                .error, file: seedPath, line: 1, message: "this is \(what), not a transcript format Verbatim reads",
                hint: SeedFormat.supportedHint)
        }
        var declaredLatin = false
        var warnings: [Diagnostic] = []
        let hasMark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !hasMark, let charset = DeclaredCharset.find(in: bytes, html: isHTML(bytes, seedPath: seedPath)) {
            let isASCII = !bytes.contains(where: { $0 >= 0x80 })
            switch charset.reading {
            case .asAnySeed:
                break
            case .windows1252:
                declaredLatin = true
                // Said as for any other declared encoding the bytes break, at the byte it lacks.
                if String(validating: bytes, as: UTF8.self) == nil, let offset = SeedTextDecoder.firstByteUndefinedInWindows1252(bytes) {
                    let place = Self.place(ofByte: offset, in: bytes)
                    throw Diagnostic(
                        .error, file: seedPath, line: place.line, column: place.column,
                        message: String(format: "%@ but is not valid Windows-1252: byte 0x%02X here is not defined in it, so the file was not read", charset.declares, bytes[offset]),
                        hint: "check the declaration (line \(charset.line)), or save the \(charset.document) as UTF-8 and write `\(charset.utf8Declaration)`")
                }
            case .refused:
                // Read as a seed that declares nothing, as browsers do.
                warnings.append(Diagnostic(
                    .warning, file: seedPath, line: charset.line,
                    message: "\(charset.declares), an encoding browsers refuse to decode (it can hide markup from filters); it was read as UTF-8 or Windows-1252, as a seed that declares none",
                    hint: "save the \(charset.document) as UTF-8 and write `\(charset.utf8Declaration)`"))
            case .encoding(let encoding):
                if !isASCII, String(validating: bytes, as: UTF8.self) != nil {
                    // A file saved again as UTF-8 that kept its old declaration.
                    warnings.append(Diagnostic(
                        .warning, file: seedPath, line: charset.line,
                        message: "\(charset.declares) but is valid UTF-8; it was read as UTF-8",
                        hint: "write `\(charset.utf8Declaration)`"))
                } else {
                    switch IconvDecoder.decode(bytes, from: encoding) {
                    case .success(let text):
                        return try SeedTextDecoder.checked(text, file: seedPath)
                    case .failure(let failure):
                        // Read any other way, the text would be garbled: the seed is refused.
                        let offset = if case .invalid(let offset) = failure { offset } else { 0 }
                        let place = Self.place(ofByte: offset, in: bytes)
                        throw Diagnostic(
                            .error, file: seedPath, line: place.line, column: place.column,
                            message: String(format: "%@ but is not valid %@: byte 0x%02X here cannot be read in it, so the file was not read", charset.declares, charset.label, offset < bytes.count ? bytes[offset] : 0),
                            hint: "check the declaration (line \(charset.line)), or save the \(charset.document) as UTF-8 and write `\(charset.utf8Declaration)`")
                    }
                }
            case .unknown:
                if isASCII || String(validating: bytes, as: UTF8.self) != nil {
                    // Nothing to garble: ASCII, or UTF-8 (which no other encoding's text is by chance).
                    warnings.append(Diagnostic(
                        .warning, file: seedPath, line: charset.line,
                        message: "\(charset.declares), which Verbatim cannot decode; it was read as UTF-8 or Windows-1252, as a seed that declares none",
                        hint: "save the \(charset.document) as UTF-8 (e.g. iconv -f \(charset.label) -t UTF-8) and write `\(charset.utf8Declaration)`"))
                } else {
                    throw Diagnostic(
                        .error, file: seedPath, line: charset.line,
                        message: "\(charset.declares), which Verbatim cannot decode (the system's iconv does not know it), so the file was not read: read as anything else, its letters would be garbled",
                        hint: "check the name, or save the \(charset.document) as UTF-8 (e.g. iconv -f <its encoding> -t UTF-8) and write `\(charset.utf8Declaration)`")
                }
            }
        }
        var decoded = try SeedTextDecoder.decode(bytes, file: seedPath, declaredLatin: declaredLatin)
        decoded.warnings.insert(contentsOf: warnings, at: 0)
        return decoded
    }

    /// Whether the seed is HTML as ``SeedFormat/detect(path:text:)`` finds it: an `.html`,
    /// `.htm` or `.xhtml` file, or one starting with `<!doctype html` or `<html` (before decoding,
    /// for its declared charset: ``DeclaredCharset``).
    static func isHTML(_ bytes: [UInt8], seedPath: String) -> Bool {
        if SeedFormat.htmlExtensions.contains((seedPath as NSString).pathExtension.lowercased()) { return true }
        return SeedFormat.opensAsHTML(String(decoding: bytes.prefix(200), as: UTF8.self).drop(while: { $0.isWhitespace }))
    }

    /// The warning about C0 controls and DEL in the front matter between `---` lines at the top
    /// of `text` (decoded, not yet normalised), which the normaliser removes: as for a sidecar
    /// file (``SettingsText``), a value they were in (a title, a name) loses them, and the user
    /// is told where the first was. C1 controls and NUL have their own warnings about the whole
    /// seed (``SeedTextDecoder``). Nil when there is none, or no front matter.
    static func frontMatterControlWarning(_ text: String, file: String) -> Diagnostic? {
        let body = text.drop { $0 == "\u{FEFF}" }
        // Most seeds have no front matter: the first line says so before the text is split.
        // Lines end at LF, CRLF (one Character) or CR: the text is not yet normalised.
        let isLineEnd = { (character: Character) in character == "\n" || character == "\r\n" || character == "\r" }
        // An indented opening `---` opens it too when the reader takes it so (FrontMatter.indentedOpeningClose).
        let firstLine = body.prefix(while: { !isLineEnd($0) })
        guard FrontMatter.isFence(firstLine.drop { $0 == " " || $0 == "\t" }, closing: false) else { return nil }
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: isLineEnd)
        let found = FrontMatter.isFence(firstLine, closing: false) ? FrontMatter.closingFence(in: lines) : FrontMatter.indentedOpeningClose(in: lines)
        guard let close = found?.index else { return nil }
        let block = lines[..<close].joined(separator: "\n")
        return SettingsText.controlWarning(block, file: file, counting: { $0.value != 0 && $0.value < 0x80 && ControlCharacters.isRemovedControl($0.value) })
    }

    private static func readSeed(_ bytes: [UInt8], seedPath: String) throws(Diagnostic) -> Result {
        let decoded = try decode(bytes, seedPath: seedPath)
        // JSON allows U+2028 and U+2029 raw in its strings, where a line end is an error: they
        // stay there, and the JSON reader makes breaks of them in the strings (JSONValueReader).
        // A subtitle cue is a block of lines up to a blank one, so they stay in WebVTT and SRT
        // too, whose cue reader makes breaks of them in cue text and spaces in a voice or label
        // (CueText). Every other format gets the line and paragraph breaks they stand for, and
        // its lines are told as the file has them (SeparatorLines).
        var text = TextNormalizer.normalize(decoded.text, separators: .kept)
        let format = try SeedFormat.detect(path: seedPath, text: text)
        var decodedWarnings = decoded.warnings
        if format == .plainText || format == .markdown, let warning = frontMatterControlWarning(decoded.text, file: seedPath) {
            decodedWarnings.append(warning)
        }
        var separatorLines: SeparatorLines?
        if !format.readsLineSeparators, SeparatorLines.needed(in: text) {
            separatorLines = SeparatorLines(text)
            text = TextNormalizer.mappingSeparators(text, to: .breaks)
        }
        var output: ReaderOutput
        do throws(Diagnostic) {
            output = try readFormat(format, text: text, seedPath: seedPath)
        } catch {
            throw separatorLines?.placing(error, file: seedPath) ?? error
        }
        if let separatorLines { separatorLines.place(&output, file: seedPath) }
        output.warnings.insert(contentsOf: decodedWarnings, at: 0)
        guard let first = output.blocks.first else {
            throw Diagnostic(
                .error, file: seedPath, line: 1, message: "the seed has no text once read as \(format.displayName)",
                hint: "add the transcript's text, or check that the file is complete")
        }
        let givenTitle = output.title.map { $0.collapsingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        let titleBlock = output.blocks.first { $0.kind == .paragraph || $0.kind == .blockQuote } ?? first
        let title = givenTitle ?? fallbackTitle(from: titleBlock.text)
        let titleLine = givenTitle == nil ? (titleBlock == first ? output.bodyLine : nil) ?? titleBlock.line : output.titleLine
        var lang = output.lang.map { $0.trimmingCharacters(in: .whitespaces) }
        if let declared = lang, !isLanguageTag(declared) {
            output.warnings.append(Diagnostic(
                .warning, file: seedPath, line: output.langLine, message: "`\(declared)` is not a language tag; the language was recognised from the text instead",
                hint: "write a BCP 47 tag such as fr, en or pt-BR"))
            lang = nil
        }
        let resolvedLang = lang ?? LanguageGuesser.guess(output.blocks.prefix(20).map(\.text).joined(separator: " "))
        let metadata = DocumentMetadata(
            title: title, date: output.date, lang: resolvedLang, source: output.source, slug: output.slug,
            tags: output.tags, speakers: output.speakers, media: output.media,
            attributions: output.attributions)
        return Result(
            document: SourceDocument(seedPath: seedPath, metadata: metadata, blocks: output.blocks),
            warnings: output.warnings,
            metadataLines: MetadataLines(
                title: titleLine.map { MetadataLines.Place(file: seedPath, line: $0) },
                slug: output.slug == nil ? nil : output.slugLine.map { MetadataLines.Place(file: seedPath, line: $0) },
                frontMatterFile: format == .plainText || format == .markdown ? seedPath : sidecarPath(of: seedPath),
                speakers: output.speakerLines.mapValues { MetadataLines.Place(file: seedPath, line: $0) },
                attributions: output.attributionLines.mapValues { MetadataLines.Place(file: seedPath, line: $0) }))
    }

    /// The reader of `format` applied to normalised `text`.
    private static func readFormat(_ format: SeedFormat, text: String, seedPath: String) throws(Diagnostic) -> ReaderOutput {
        switch format {
        case .plainText: return try PlainTextReader.read(text, file: seedPath)
        case .markdown: return try MarkdownTranscriptReader.read(text, file: seedPath)
        case .webVTT: return try WebVTTReader.read(text, file: seedPath)
        case .subRip: return try SubRipReader.read(text, file: seedPath)
        case .podcastingJSON: return try PodcastingJSONReader.read(text, file: seedPath)
        case .govUKContent: return try GovUKContentReader.read(text, file: seedPath)
        case .html: return HTMLArticleReader.read(text, file: seedPath)
        case .tei: return try TEIReader.read(text, file: seedPath)
        case .parlParse: return try ParlParseReader.read(text, file: seedPath)
        }
    }

    /// Whether `tag` has the shape of a BCP 47 language tag (RFC 5646 §2.1, simplified): a 2–3
    /// letter language, then subtags of 1–8 letters or digits separated by `-`.
    public static func isLanguageTag(_ tag: String) -> Bool {
        LanguageTag.isWellFormed(tag)
    }

    /// The 1-based line and column (in bytes of the line) of the byte at `offset` of `bytes`;
    /// a line ends at LF, CR or CRLF. Seed messages and the kept `index.md` messages count so.
    public static func place(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = 0
        while index < min(offset, bytes.count) {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte != 0x0D {
                column += 1
            }
            index += 1
        }
        return (line, column)
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
