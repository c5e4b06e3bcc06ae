import Foundation
import Model

/// The transcript formats Verbatim reads, and how a seed's format is chosen: by its extension
/// first, then by sniffing its content (a `.txt` that starts with `WEBVTT` is WebVTT, an
/// extension-less file that starts with `<TEI` is TEI).
enum SeedFormat: String, Sendable, CaseIterable {
    /// Plain text: prose, or speaker turns (``PlainTextReader``).
    case plainText
    /// Markdown transcripts, `**Name:**` turns (``MarkdownTranscriptReader``).
    case markdown
    /// W3C WebVTT (``WebVTTReader``).
    case webVTT
    /// SubRip `.srt` (``SubRipReader``).
    case subRip
    /// Podcasting 2.0 JSON transcript (``PodcastingJSONReader``).
    case podcastingJSON
    /// GOV.UK content item JSON (``GovUKContentReader``).
    case govUKContent
    /// An HTML page (``HTMLArticleReader``).
    case html
    /// TEI P5 XML, including ParlaMint (``TEIReader``).
    case tei
    /// TheyWorkForYou ParlParse XML (``ParlParseReader``).
    case parlParse

    /// Extensions of files no reader can use, with what they are, for the error message.
    static let unreadable: [String: String] = [
        "pdf": "a PDF document", "doc": "a Word document", "docx": "a Word document", "odt": "an OpenDocument text",
        "rtf": "an RTF document", "pages": "a Pages document", "epub": "an EPUB book", "zip": "a ZIP archive",
        "gz": "a compressed file", "png": "an image", "jpg": "an image", "jpeg": "an image", "gif": "an image",
        "webp": "an image", "mp3": "an audio file", "m4a": "an audio file", "wav": "an audio file", "ogg": "an audio file",
        "mp4": "a video file", "mov": "a video file", "webm": "a video file", "xlsx": "a spreadsheet", "csv": "a table",
    ]

    /// File signatures ("magic numbers") of formats no reader can use, whatever the extension.
    static let signatures: [(bytes: [UInt8], what: String)] = [
        (Array("%PDF-".utf8), "a PDF document"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a Word, OpenDocument or EPUB file)"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"), (Array("GIF8".utf8), "a GIF image"),
        (Array("ID3".utf8), "an MP3 audio file"), (Array("OggS".utf8), "an Ogg audio file"), (Array("RIFF".utf8), "a RIFF (WAV, AVI, WebP) file"),
        (Array("{\\rtf".utf8), "an RTF document"), ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"), ([0x1F, 0x8B], "a gzip archive"),
    ]

    /// Whether the format's own reader turns U+2028 and U+2029 into breaks or spaces: JSON keeps
    /// them raw in its strings (a line end there is an error), and a WebVTT or SRT cue is a block
    /// of lines up to a blank one; every other format gets them as breaks before it is read.
    var readsLineSeparators: Bool {
        switch self {
        case .podcastingJSON, .govUKContent, .webVTT, .subRip: true
        default: false
        }
    }

    /// What `bytes` are when their signature says they are not text, or nil.
    static func binaryKind(of bytes: [UInt8]) -> String? {
        signatures.first { bytes.starts(with: $0.bytes) }?.what
    }

    /// The hint for a file no reader accepts.
    static let supportedHint =
        "save it as plain text (.txt), Markdown (.md), WebVTT (.vtt), SubRip (.srt), Podcasting 2.0 JSON, a GOV.UK content item (.json), HTML, TEI or ParlParse XML"

    /// File extensions of HTML seeds (lowercased, without the dot).
    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// Whether a seed's text, from its first character that is no white space, opens as an HTML
    /// page (`<!doctype html`, `<html`, any case; the first 200 characters are looked at).
    static func opensAsHTML(_ head: Substring) -> Bool {
        let lower = head.prefix(200).lowercased()
        return lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html")
    }

    /// The format of the seed at `path` whose decoded, normalised text is `text`.
    /// - Throws: a ``Diagnostic`` for a file no reader accepts (a PDF, an image, JSON or XML of
    ///   an unknown shape).
    static func detect(path: String, text: String) throws(Diagnostic) -> SeedFormat {
        let ext = (path as NSString).pathExtension.lowercased()
        if let what = unreadable[ext] {
            throw Diagnostic(.error, file: path, message: "this is \(what), not a transcript format Verbatim reads", hint: supportedHint)
        }
        let head = text.prefix(4096).drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        switch ext {
        case "vtt", "webvtt": return .webVTT
        case "srt": return .subRip
        case "md", "markdown", "mdown": return .markdown
        case _ where htmlExtensions.contains(ext): return .html
        case "json": return try jsonFormat(text, path: path)
        case "xml", "tei": return try xmlFormat(head, path: path)
        default: break
        }
        if head.hasPrefix("WEBVTT") { return .webVTT }
        if SubRipReader.looksLikeSubRip(head) { return .subRip }
        if head.hasPrefix("<") {
            if opensAsHTML(head) { return .html }
            if let format = try? xmlFormat(head, path: path) { return format }
        }
        if head.hasPrefix("{"), let format = try? jsonFormat(text, path: path) { return format }
        return .plainText
    }

    private static func jsonFormat(_ text: String, path: String) throws(Diagnostic) -> SeedFormat {
        let object = try JSONValueReader.object(text, path: path).object
        if object["segments"] is [Any] { return .podcastingJSON }
        if object["details"] is [String: Any], object["base_path"] != nil || object["schema_name"] != nil || object["document_type"] != nil {
            return .govUKContent
        }
        throw Diagnostic(
            .error, file: path, line: 1,
            message: "a JSON file that is neither a Podcasting 2.0 transcript (`segments`) nor a GOV.UK content item (`details`)",
            hint: supportedHint)
    }

    private static func xmlFormat(_ head: Substring, path: String) throws(Diagnostic) -> SeedFormat {
        guard let root = rootElementName(head) else {
            throw Diagnostic(.error, file: path, line: 1, message: "no XML root element found", hint: supportedHint)
        }
        switch root.split(separator: ":").last.map({ $0.lowercased() }) ?? "" {
        case "tei", "teicorpus": return .tei
        case "publicwhip": return .parlParse
        case "html": return .html
        default:
            throw Diagnostic(
                .error, file: path, line: 1,
                message: "an XML file whose root element `<\(root)>` is neither TEI, ParlParse (`<publicwhip>`) nor HTML",
                hint: supportedHint)
        }
    }

    /// The name of the first element in `head`, skipping the XML declaration, comments and DOCTYPE.
    static func rootElementName(_ head: Substring) -> String? {
        var rest = head
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("?") || after.hasPrefix("!") {
                if after.hasPrefix("!--"), let end = after.range(of: "-->") {
                    rest = after[end.upperBound...]
                    continue
                }
                if after.hasPrefix("!DOCTYPE") || after.hasPrefix("!doctype"), after.contains("[") , let end = after.range(of: "]>") {
                    rest = after[end.upperBound...]
                    continue
                }
                guard let end = after.firstIndex(of: ">") else { return nil }
                rest = after[after.index(after: end)...]
                continue
            }
            let name = after.prefix(while: { !$0.isWhitespace && $0 != ">" && $0 != "/" })
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }

    /// The format's name in messages.
    var displayName: String {
        switch self {
        case .plainText: "plain text"
        case .markdown: "Markdown"
        case .webVTT: "WebVTT"
        case .subRip: "SubRip"
        case .podcastingJSON: "a Podcasting 2.0 transcript"
        case .govUKContent: "a GOV.UK content item"
        case .html: "HTML"
        case .tei: "TEI"
        case .parlParse: "ParlParse XML"
        }
    }
}
