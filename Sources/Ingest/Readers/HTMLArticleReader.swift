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
        for meta in root.all("meta") {
            guard let key = meta.attribute("property") ?? meta.attribute("name"), let content = meta.attribute("content") else { continue }
            metas[key.lowercased()] = content
        }
        let timeValue = root.first("time")?.attribute("datetime")
        let candidates = [timeValue] + ["article:published_time", "date", "dc.date", "dcterms.date", "pubdate", "og:published_time"].map { metas[$0] }
        output.date = candidates.compactMap { $0 }.lazy.compactMap { DateFinder.firstDate(in: $0) }.first
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
}
