import Foundation
import Model
import Yams

/// Reads annotated Markdown (DESIGN.md, "Annotated Markdown") back into a ``Model/Transcript``:
/// the format ``AnnotatedMarkdownWriter`` writes, so that a reviewer can take a generated
/// `transcripts/<slug>/index.md`, correct it by hand and put it back as a seed.
///
/// Input: YAML front matter between `---` lines (`title` required; `date` as `YYYY-MM-DD`,
/// `lang`, `source`, `slug`, `media`, `tags`, `speakers` as a mapping of id → `{name, role,
/// aliases}` or id → name, or a list of such mappings with `id`; `seed` is ignored, the file is
/// its own seed), then the body:
/// - blocks separated by blank lines: paragraphs, block quotations (`> ` lines), headings
///   (`#` … `######`);
/// - fenced divs (``FencedDivLine``): `.turn` gives its blocks a ``Model/Turn`` from `who`,
///   `label`, `start`, `end` (``Model/Timecode``), `note` and `n` (the index; default: the
///   turn's 0-based position among the turn divs); `.stage` makes its blocks stage directions,
///   `.note` editorial notes; divs nest (a bare `:::` closes the innermost);
/// - bracketed spans (``InlineSpanParser``): `.quote`, `.reported`, `.mention` with `#id`,
///   `who`, `cue`, `rule`, `mention`, `confidence`, `text`, and `part=N of=<id>` for the later
///   parts of a quotation over several blocks; `.insertion` for editorial insertions.
///
/// A span without `rule` that names a speaker gets rule `manual` and confidence 1 (a hand
/// correction); one without `#id` gets `q-` + ``Model/StableHash`` of its text. A `who` that the
/// front matter does not list adds a speaker named by the turn's label or by the id, with a warning.
///
/// Round trip: `read(AnnotatedMarkdownWriter.document(for: t, slug: s), seedPath: t.seedPath)`
/// gives `t` back exactly, except that ``Model/Block/line`` is the line of the Markdown file
/// (the file messages are about), ``Model/DocumentMetadata/slug`` is `s`, and
/// ``Model/DocumentMetadata/speakers`` are the transcript's speakers (the front matter lists
/// them). Not kept: spans the writer left out because they crossed another, line breaks
/// inside headings, and quotation order among quotations starting at the same offset.
public enum AnnotatedMarkdownReader {
    /// A transcript read from annotated Markdown, and what was repaired on the way.
    public struct Result: Sendable {
        /// The transcript, ready for the Markdown, Render and Site stages (no annotation needed).
        public var transcript: Transcript
        /// Warnings naming the file and line: unknown classes, unclosed divs, unlisted speakers,
        /// a hand-set `slug:` that is no slug.
        public var warnings: [Diagnostic]
        /// Where the front matter writes `title:` and `slug:`, for messages about the slug.
        public var metadataLines = MetadataLines()
    }

    /// Whether `text` is annotated Markdown rather than plain Markdown: it opens with YAML front
    /// matter, and that front matter has the `seed` field Verbatim writes, or the body has a
    /// `.turn` fenced div or a `.quote` or `.reported` span. Classes other Markdown uses too
    /// (`::: note`, `[…]{.mention}`) are not enough, and a file without front matter is left to
    /// Ingest's Markdown reader.
    public static func isAnnotatedMarkdown(_ text: String) -> Bool {
        isAnnotated(lines: TextNormalizer.normalize(text).split(separator: "\n", omittingEmptySubsequences: false))
    }

    /// ``isAnnotatedMarkdown(_:)`` of a normalised text's lines.
    private static func isAnnotated(lines: [Substring]) -> Bool {
        guard lines.first?.trimmingSpaces() == "---",
              let close = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingSpaces()) })
        else { return false }
        if lines[1..<close].contains(where: { $0.hasPrefix("seed:") }) { return true }
        let body = lines[(close + 1)...]
        for line in body {
            if case .open(let list)? = FencedDivLine.parse(line), list.classes.contains("turn") { return true }
        }
        return InlineSpanParser.parse(body.joined(separator: "\n")).spans.contains {
            $0.attributes.classes.contains("quote") || $0.attributes.classes.contains("reported")
        }
    }

    /// Reads a whole annotated Markdown file.
    /// - Parameters:
    ///   - text: the file's text, normalised here as every seed's is (``Model/TextNormalizer``:
    ///     CRLF and CR, a byte-order mark, U+2028 and U+2029, control characters, NFC). Lines and
    ///     columns in messages, and ``Model/Block/line``, are the file's own: a U+2028 or U+2029
    ///     starts no line there (``Model/SeparatorLines``), so the separators must still be in
    ///     `text` when it comes.
    ///   - seedPath: the file's path relative to the seeds folder, for messages and the data files.
    /// - Throws: a ``Model/Diagnostic`` naming `seedPath` and the line when there is no front
    ///   matter, it is never closed, it is not a YAML mapping, or it has no `title`.
    public static func read(_ text: String, seedPath: String) throws(Diagnostic) -> Result {
        try read(Prepared(text), seedPath: seedPath)
    }

    /// ``read(_:seedPath:)`` when `text` is annotated Markdown (``isAnnotatedMarkdown(_:)``), nil
    /// when it is not; the text is normalised once for both.
    /// - Throws: as ``read(_:seedPath:)``.
    public static func readIfAnnotated(_ text: String, seedPath: String) throws(Diagnostic) -> Result? {
        let prepared = Prepared(text)
        guard isAnnotated(lines: prepared.lines) else { return nil }
        return try read(prepared, seedPath: seedPath)
    }

    /// A text normalised (``Model/TextNormalizer``) and cut into lines, with the map of its
    /// lines to the file's when it held U+2028 or U+2029.
    private struct Prepared {
        var lines: [Substring]
        var separatorLines: SeparatorLines?

        init(_ text: String) {
            // A form feed or vertical tab ends a line of text but starts no line in an editor:
            // read as U+2028, which becomes the same line end and whose lines are told as the file's.
            var text = text
            if text.unicodeScalars.contains(where: { $0.value == 0x0B || $0.value == 0x0C }) {
                text = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value == 0x0B || $0.value == 0x0C ? "\u{2028}" : $0 }))
            }
            var normalized = TextNormalizer.normalize(text, separators: .kept)
            if SeparatorLines.needed(in: normalized) {
                separatorLines = SeparatorLines(normalized)
                normalized = TextNormalizer.mappingSeparators(normalized, to: .breaks)
            }
            lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        }
    }

    /// ``read(_:seedPath:)`` of a prepared text: lines told as the file's.
    private static func read(_ prepared: Prepared, seedPath: String) throws(Diagnostic) -> Result {
        guard let separatorLines = prepared.separatorLines else { return try read(lines: prepared.lines, seedPath: seedPath) }
        var result: Result
        do throws(Diagnostic) {
            result = try read(lines: prepared.lines, seedPath: seedPath)
        } catch {
            throw separatorLines.placing(error, file: seedPath)
        }
        for index in result.transcript.blocks.indices {
            result.transcript.blocks[index].line = separatorLines.fileLine(of: result.transcript.blocks[index].line)
        }
        result.warnings = result.warnings.map { separatorLines.placing($0, file: seedPath) }
        if let line = result.metadataLines.title?.line { result.metadataLines.title?.line = separatorLines.fileLine(of: line) }
        if let line = result.metadataLines.slug?.line { result.metadataLines.slug?.line = separatorLines.fileLine(of: line) }
        result.metadataLines.speakers = result.metadataLines.speakers.mapValues { place in
            MetadataLines.Place(file: place.file, line: separatorLines.fileLine(of: place.line))
        }
        return result
    }

    /// ``read(_:seedPath:)`` of the lines of a text normalised whole (no separator left).
    private static func read(lines: [Substring], seedPath: String) throws(Diagnostic) -> Result {
        var warnings: [Diagnostic] = []
        var matter = try FrontMatterFields.parse(lines: lines, file: seedPath, warnings: &warnings)
        var speakerIDs = SafeSpeakerIDs(file: seedPath)
        matter.speakers = speakerIDs.listed(matter.speakers, lines: matter.speakerLines, warnings: &warnings)
        var body = BodyReader(file: seedPath, speakerIDs: speakerIDs)
        body.read(lines[matter.lineCount...], firstLine: matter.lineCount + 1)
        warnings += body.warnings

        // Speakers: the front matter's, then any `who` it does not list, in order of first use.
        var speakers = matter.speakers
        var known = Set(speakers.map(\.id))
        func require(_ id: String?, label: String?, line: Int) {
            guard let id, !known.contains(id) else { return }
            known.insert(id)
            speakers.append(Speaker(id: id, name: label ?? id))
            warnings.append(Diagnostic(
                .warning, file: seedPath, line: line,
                message: "speaker `\(id)` is not listed under `speakers` in the front matter; named `\(label ?? id)`",
                hint: "add `\(id):` with a `name:` under `speakers:`"))
        }
        var quotationsByBlock: [Int: [Quotation]] = [:]
        for quotation in body.quotations {
            quotationsByBlock[quotation.spans.first?.block ?? 0, default: []].append(quotation)
        }
        for (position, block) in body.blocks.enumerated() {
            require(block.turn?.speakerID, label: block.turn?.label, line: block.line)
            for quotation in quotationsByBlock[position] ?? [] { require(quotation.speakerID, label: nil, line: block.line) }
        }

        let metadata = DocumentMetadata(
            title: matter.title, date: matter.date, lang: matter.lang, source: matter.source, slug: matter.slug,
            tags: matter.tags, speakers: matter.speakers, media: matter.media)
        let transcript = Transcript(
            seedPath: seedPath, metadata: metadata, speakers: speakers, blocks: body.blocks,
            quotations: body.quotations, insertions: body.insertions)
        return Result(
            transcript: transcript, warnings: warnings,
            metadataLines: MetadataLines(
                title: MetadataLines.Place(file: seedPath, line: matter.titleLine),
                slug: matter.slugLine.map { MetadataLines.Place(file: seedPath, line: $0) }, frontMatterFile: seedPath,
                speakers: matter.speakerLines.mapValues { MetadataLines.Place(file: seedPath, line: $0) }))
    }
}
