import Foundation
import Model

/// Reads a saved HTML news page (HTML Living Standard; parsed leniently by ``MarkupParser``)
/// into prose blocks.
///
/// - Body: the `article` element if there is one, else `main`, else `body`; blocks by
///   ``HTMLBlockExtractor`` (navigation, scripts, styles, footers and asides skipped).
/// - Title: the first `h1` (its heading block is not repeated in the body), else `<title>`.
/// - Date: `<time datetime>`, else `<meta>` `article:published_time`, `date`, `DC.date`,
///   `dcterms.date`, `pubdate`; otherwise the first date in the first two paragraphs, as in
///   plain text (`26 juin 2012. - …`).
/// - Language: `<html lang>`; source: `<link rel="canonical">` or `og:url`; media: the first
///   `<audio>`/`<video>` `src` (or its `<source>`), else `og:audio`/`og:video`.
enum HTMLArticleReader {
    /// Reads normalised `text`.
    static func read(_ text: String, file: String) -> ReaderOutput {
        let document = MarkupParser.parse(text, mode: .html)
        var output = ReaderOutput()
        let root = document.first("html") ?? document
        let body = root.first("article") ?? root.first("main") ?? root.first("body") ?? root
        var extractor = HTMLBlockExtractor()
        extractor.extract(body)
        var blocks = extractor.blocks
        let h1Element = body.first("h1")
        let h1 = h1Element?.flatText
        let titleElement = root.first("title")
        if let h1, !h1.isEmpty {
            output.title = h1
            output.titleLine = h1Element?.line
            if let index = blocks.firstIndex(where: { $0.kind == .heading && $0.text == h1 }) { blocks.remove(at: index) }
        } else if let title = titleElement?.flatText, !title.isEmpty {
            output.title = title
            output.titleLine = titleElement?.line
        }
        var metas: [String: String] = [:]
        var metaLines: [String: Int] = [:]
        for meta in root.all("meta") {
            guard let key = meta.attribute("property") ?? meta.attribute("name"), let content = meta.attribute("content") else { continue }
            metas[key.lowercased()] = content
            metaLines[key.lowercased()] = meta.line
        }
        let timeElement = root.first("time")
        let dateKeys = ["article:published_time", "date", "dc.date", "dcterms.date", "pubdate", "og:published_time"]
        let candidates: [(value: String?, line: Int?, place: String)] = [(timeElement?.attribute("datetime"), timeElement?.line, "`<time datetime>`")]
            + dateKeys.map { (metas[$0], metaLines[$0], "`<meta>` `\($0)`") }
        // A date the page declares in ISO form whose day does not exist (`2023-02-30`) is no
        // date: said at its line, as the other readers say a refused date, and passed over. So
        // is a `<meta>` date in which no date can be read (`garbage`, `99999-01-01`; an empty one
        // is no date given); a `<time>` may give a time of day alone (HTML §4.5.14), no error.
        var declared: String?
        for (index, (value, line, place)) in candidates.enumerated() {
            guard let value else { continue }
            if let problem = Self.impossibleISODate(value) {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: line,
                    message: "\(place) gives `\(value)`, which is no calendar date (\(problem)); it was not taken as the document's date",
                    hint: "correct the date in the page, or give the date in a sidecar file's `date:` line"))
            } else if let date = DateFinder.firstDate(in: value) {
                // The first candidate that gives a real date is the document's.
                if declared == nil { declared = date }
            } else if index > 0, !value.allSatisfy(\.isWhitespace) {
                output.warnings.append(Diagnostic(
                    .warning, file: file, line: line,
                    message: "\(place) gives `\(value)`, in which no date can be read (YYYY-MM-DD, or a date in words); it was not taken as the document's date",
                    hint: "correct the date in the page, or give the date in a sidecar file's `date:` line"))
            }
        }
        output.date = declared
            ?? blocks.prefix(2).lazy.compactMap { DateFinder.firstDate(in: $0.text) }.first
        if let lang = root.attribute("lang") ?? metas["og:locale"], !lang.isEmpty {
            output.lang = String(lang.split(whereSeparator: { $0 == "_" || $0 == "-" }).first ?? Substring(lang)).lowercased()
        }
        output.source = root.all("link").first(where: { $0.attribute("rel")?.lowercased() == "canonical" })?.attribute("href") ?? metas["og:url"]
        let player = root.first("audio", "video")
        output.media = player?.attribute("src") ?? player?.first("source")?.attribute("src") ?? metas["og:audio"] ?? metas["og:video"]
        output.blocks = blocks
        return output
    }

    /// Why `value`, an ISO 8601 date as a page declares one (`2023-02-30`,
    /// `2023-02-28T25:00:00Z`), is no date (``DateFinder/declaredDate(_:)``); nil when it is
    /// one or is not written so (`June 9, 2009` is read as prose).
    static func impossibleISODate(_ value: String) -> String? {
        guard GregorianDay.isoFields(value.trimmingCharacters(in: .whitespaces)) != nil else { return nil }
        return DateFinder.declaredDate(value).problem
    }
}
