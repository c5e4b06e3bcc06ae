import Foundation
import Model
import Site

/// A small hand-made site: three transcripts (two on the same day, one undated), a speaker
/// shared by two transcripts, a listed speaker with no quotation, and hostile strings
/// (`<script>`, `&`, `"`, U+000C, U+001D) in titles and quotation text.
enum SiteFixture {
    /// The repository's own `templates/` folder, the one users start from.
    static let templatesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    static let baseURL = "https://example.org/archives/transcripts"

    static let hostileTitle = "Questions & réponses <script>alert(\"x\")</script>\u{0C} fin\u{1D}"
    static let hostileQuote = "Nous avons des sentiments <b>fraternels</b> & \"amicaux\"\u{0C}\u{1D} ici"

    static func configuration(baseURL: String? = SiteFixture.baseURL, epoch: Int? = nil) -> SiteConfiguration {
        SiteConfiguration(
            templatesDirectory: templatesDirectory, baseURL: baseURL, title: "Verbatim & Co <test>",
            language: "en", sourceDateEpoch: epoch)
    }

    static func quote(
        _ id: String, _ kind: Quotation.Kind, block: Int, at offset: Int, _ text: String, speaker: String?,
        cue: String? = nil, rule: String = "cue-after", mention: String? = nil, confidence: Double = 0.9
    ) -> Quotation {
        Quotation(
            id: id, kind: kind, spans: [TextSpan(block: block, range: offset..<(offset + text.utf8.count))],
            text: text, speakerID: speaker,
            attribution: speaker == nil
                ? .none : Attribution(rule: rule, cue: cue, mention: mention, confidence: confidence))
    }

    /// The body HTML the Render stage gives for these quotations (its markup as of
    /// `AnnotationMarkup`: colour class, tooltip with an id, permalink after direct quotations).
    static func body(_ quotations: [Quotation], speakers: [Speaker]) -> String {
        var html = "<p>Intro &amp; context <span class=\"insertion\" title=\"Editorial insertion\">[sic]</span>.</p>\n"
        for quotation in quotations {
            let colour = speakers.firstIndex { $0.id == quotation.speakerID }.map { "speaker-\($0 % 8 + 1)" } ?? "unattributed"
            let who = quotation.speakerID.map { " data-speaker=\"\($0)\"" } ?? ""
            let text = quotation.text.replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            let tooltip = "<span class=\"attribution\" role=\"tooltip\""
            switch quotation.kind {
            case .direct:
                html += "<p><q class=\"quote \(colour)\" id=\"\(quotation.id)\"\(who) tabindex=\"0\" aria-describedby=\"\(quotation.id)-who\">« \(text) »"
                    + "\(tooltip) id=\"\(quotation.id)-who\">\(quotation.attribution.rule)</span></q>"
                    + "<a class=\"permalink\" href=\"#\(quotation.id)\" aria-label=\"Permalink\">¶</a></p>\n"
            case .reported:
                html += "<p><span class=\"reported \(colour)\" id=\"\(quotation.id)\"\(who) tabindex=\"0\">\(text)"
                    + "\(tooltip)>\(quotation.attribution.rule)</span></span></p>\n"
            case .mention:
                html += "<p><span class=\"mention\">\(text)</span></p>\n"
            }
        }
        return html
    }

    static let nazarbayev = Speaker(
        id: "nursultan-nazarbayev", name: "Nursultan Nazarbayev", aliases: ["M. Nazarbayev"],
        role: "Président du Kazakhstan")
    static let khamenei = Speaker(id: "ali-khamenei", name: "Ali Khamenei", aliases: ["L'Ayatollah Khamenei"])
    static let putin = Speaker(id: "vladimir-putin", name: "Vladimir Putin")
    static let ghost = Speaker(id: "ghost-speaker", name: "Ghost Speaker")

    static func document(
        slug: String, seed: String, title: String, date: String?, lang: String, source: String?,
        speakers: [Speaker], quotations: [Quotation]
    ) -> SiteDocument {
        let transcript = Transcript(
            seedPath: seed, metadata: DocumentMetadata(title: title, date: date, lang: lang, source: source),
            speakers: speakers, blocks: [Block(kind: .paragraph, text: "…", line: 1)], quotations: quotations)
        return SiteDocument(
            transcript: transcript, slug: slug, markdown: "---\ntitle: \(title)\n---\n\nBody of \(slug).\n",
            bodyHTML: body(quotations, speakers: speakers))
    }

    static var documents: [SiteDocument] {
        let caspian = document(
            slug: "reunion-caspienne", seed: "000_bb68.txt", title: hostileTitle, date: "2016-04-11",
            lang: "fr", source: "https://example.org/a?x=1&y=2",
            speakers: [nazarbayev, khamenei],
            quotations: [
                // Listed out of document order on purpose: the index must sort by position.
                quote("q-bbb222", .reported, block: 2, at: 0, "que la coopération continuerait",
                      speaker: khamenei.id, cue: "a ajouté", rule: "cue-before", mention: "il", confidence: 1.0 / 3.0),
                quote("q-aaa111", .direct, block: 1, at: 10, hostileQuote, speaker: nazarbayev.id,
                      cue: "a déclaré", mention: "le Président kazakh", confidence: 0.849),
                quote("q-ccc333", .mention, block: 1, at: 2, "fraternité", speaker: nil),
                quote("q-ddd444", .direct, block: 3, at: 0, "Personne ne sait", speaker: nil, confidence: .nan),
            ])
        let press = document(
            slug: "press-conference", seed: "press/2016-04-11.txt", title: "Press conference", date: "2016-04-11",
            lang: "en", source: "javascript:alert(1)",
            speakers: [Speaker(id: nazarbayev.id, name: "Nazarbayev"), putin],
            quotations: [
                quote("q-eee555", .direct, block: 0, at: 0, "We are neighbours", speaker: nazarbayev.id, cue: "said"),
                quote("q-fff666", .direct, block: 0, at: 40, "Trade will grow", speaker: putin.id, cue: "said",
                      confidence: 1.2),
            ])
        let notes = document(
            slug: "undated-notes", seed: "notes.md", title: "Undated notes", date: nil, lang: "en", source: nil,
            speakers: [putin, ghost],
            quotations: [
                quote("q-ggg777", .reported, block: 0, at: 0, "talks would resume", speaker: putin.id),
            ])
        return [notes, caspian, press]
    }

    /// Every file under the repository's `templates/assets/`, as output paths.
    static var assetPaths: [String] {
        let folder = templatesDirectory.appendingPathComponent("assets")
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                paths.append("assets/" + path)
            }
        }
        return paths.sorted()
    }

    static func build(
        _ documents: [SiteDocument] = SiteFixture.documents, baseURL: String? = SiteFixture.baseURL, epoch: Int? = nil
    ) throws -> [String: String] {
        let files = try SiteBuilder(configuration: configuration(baseURL: baseURL, epoch: epoch)).build(documents)
        var byPath: [String: String] = [:]
        for file in files { byPath[file.path] = String(decoding: file.contents, as: UTF8.self) }
        return byPath
    }
}
