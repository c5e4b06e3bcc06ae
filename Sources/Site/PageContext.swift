import Model

/// The values each page template receives, as Mustache contexts (`[String: Any]`).
///
/// Every page gets the layout values: `root` (`""`, `../` or `../../`, the way back to the site
/// root), `pageTitle`, `siteTitle`, `lang` (the `<html lang>`: the site language, or the
/// document's on a transcript page), `siteLang` (the language of the site's own words), `label`
/// (the site's words, ``SiteLabels``, used as `{{label.speakers}}`), `hasFeed`. Counts come
/// with their phrase in the site language (`quotesText`: `3 citations`), so templates need no
/// plural logic. Every list item
/// carries all of its keys (booleans such as `hasDate` instead of missing keys) so that
/// Mustache never looks a name up in an outer context by accident. All text has the characters
/// XML 1.0 forbids removed (HAZARDS.md B22); Mustache's `{{ }}` escapes the rest.
enum PageContext {
    /// Shared values for the layout.
    struct Site {
        var title: String
        var language: String
        /// Whether the site has a `feed.xml` to link: a base URL, and a date for the feed to
        /// state (``AtomFeed``).
        var hasFeed: Bool
        /// The site's words, in `language`.
        var labels: SiteLabels = .english
    }

    /// Every name a page context can hold, for the check of template variables at load
    /// (``TemplateSet``): a name outside this set is a typo that Mustache would render as empty.
    /// `PageContextTests` checks that the contexts use no other key.
    static let variableNames: Set<String> = [
        "root", "pageTitle", "siteTitle", "lang", "siteLang", "label", "hasFeed", "isHome", "isSpeakers", "isSearch", "content",
        "hasDate", "dateISO", "dateDisplay",
        "name", "colour", "hasPage", "href", "quotes", "quotesIsOne", "quotesText", "hasRole", "role",
        "transcripts", "hasTranscripts", "title", "transcriptLang", "speakers", "hasSpeakers",
        "hasSource", "sourceIsLink", "source", "body", "markdownHref", "seed",
        "transcriptsIsOne", "transcriptsText", "groups", "quotations", "text", "kind", "isReported", "hasCue", "cue",
        "indexHref", "turns", "turnsIsOne", "turnsText", "hasTurns", "isTimed", "hasMedia", "media", "mediaIsVideo",
        "mediaType", "teiHref", "hasVTT", "vttHref", "firstTurnHref",
    ]

    static func clean(_ text: String) -> String { XMLEscaping.removingForbiddenCharacters(text) }

    static func layout(page: String, pageTitle: String, lang: String, site: Site) -> [String: Any] {
        [
            "root": SitePath.root(of: page),
            "pageTitle": clean(pageTitle),
            "siteTitle": clean(site.title),
            "lang": clean(lang),
            "siteLang": clean(site.language),
            "label": site.labels.values,
            "hasFeed": site.hasFeed,
            "isHome": page == SitePath.home,
            "isSpeakers": page.hasPrefix("speakers/"),
            "isSearch": page == SitePath.search,
        ]
    }

    /// `hasDate`, `dateISO` (`YYYY-MM-DD`) and `dateDisplay` (in the site language).
    static func date(_ document: SiteDocument, site: Site) -> [String: Any] {
        let date = SiteCatalog.date(of: document)
        return [
            "hasDate": date != nil,
            "dateISO": date?.iso ?? "",
            "dateDisplay": date.map(site.labels.format) ?? "",
        ]
    }

    /// `turns`, `turnsIsOne`, `turnsText` (`2 turns`), `hasTurns` for a number of turns.
    static func turnValues(_ count: Int, site: Site) -> [String: Any] {
        [
            "turns": count, "turnsIsOne": site.labels.isSingular(count),
            "turnsText": site.labels.counted(count, "turns"), "hasTurns": count > 0,
        ]
    }

    /// `quotes`, `quotesIsOne`, `quotesText` (`3 quotations`) for a number of quotations.
    static func quoteValues(_ count: Int, site: Site) -> [String: Any] {
        ["quotes": count, "quotesIsOne": site.labels.isSingular(count), "quotesText": site.labels.counted(count, "quotations")]
    }

    /// Speaker links of a transcript: `{ name, colour (1…8), hasPage, href, quote values,
    /// turn values, hasRole, role }`, in the transcript's speaker order.
    static func speakers(of document: SiteDocument, in catalog: SiteCatalog, from page: String, pages: Set<String>, site: Site) -> [[String: Any]] {
        let speech = TranscriptIndex.speech(in: document.transcript)
        let spoken = catalog.listedQuotationCounts(in: document)
        return document.transcript.speakers.enumerated().map { index, speaker in
            let path = SitePath.speaker(speaker.id)
            let count = spoken[speaker.id] ?? 0
            let turns = speech[speaker.id]?.turns ?? 0
            return [
                "name": clean(speaker.name),
                "colour": index % 8 + 1,
                "hasPage": pages.contains(path),
                "href": SitePath.link(from: page, to: path),
                "hasRole": speaker.role != nil,
                "role": clean(speaker.role ?? ""),
            ].merging(turnValues(turns, site: site)) { first, _ in first }
                .merging(quoteValues(count, site: site)) { first, _ in first }
        }
    }

    static func home(_ catalog: SiteCatalog, site: Site, speakerPages: Set<String>) -> [String: Any] {
        let page = SitePath.home
        var context = layout(page: page, pageTitle: site.title, lang: site.language, site: site)
        context["transcripts"] = catalog.byDate.map { document -> [String: Any] in
            let speakers = self.speakers(of: document, in: catalog, from: page, pages: speakerPages, site: site)
            let count = document.transcript.quotations.filter(SiteCatalog.isSpoken).count
            return [
                "title": clean(document.transcript.metadata.title),
                "href": SitePath.link(from: page, to: SitePath.transcript(document.slug)),
                "transcriptLang": clean(document.transcript.metadata.lang),
                "speakers": speakers,
                "hasSpeakers": !speakers.isEmpty,
            ].merging(date(document, site: site)) { first, _ in first }
                .merging(quoteValues(count, site: site)) { first, _ in first }
        }
        context["hasTranscripts"] = !catalog.byDate.isEmpty
        return context
    }

    static func transcript(_ document: SiteDocument, in catalog: SiteCatalog, site: Site, speakerPages: Set<String>) -> [String: Any] {
        let page = SitePath.transcript(document.slug)
        let metadata = document.transcript.metadata
        var context = layout(page: page, pageTitle: metadata.title, lang: metadata.lang, site: site)
        let speakers = self.speakers(of: document, in: catalog, from: page, pages: speakerPages, site: site)
        let source = metadata.source.map(clean) ?? ""
        let lowered = source.lowercased()
        let count = document.transcript.quotations.filter(SiteCatalog.isSpoken).count
        // The player: only for a URL the page may load (http, https or relative).
        let media = metadata.media.map(clean).flatMap { MediaKind.isPlayable($0) ? $0 : nil }
        context.merge(date(document, site: site)) { first, _ in first }
        context.merge(quoteValues(count, site: site)) { first, _ in first }
        context.merge([
            "title": clean(metadata.title),
            "hasSource": !source.isEmpty,
            "sourceIsLink": lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
            "source": source,
            "speakers": speakers,
            "hasSpeakers": !speakers.isEmpty,
            "body": clean(document.bodyHTML),
            "markdownHref": "index.md",
            "seed": clean(document.transcript.seedPath),
            "transcriptLang": clean(metadata.lang),
            "isTimed": WebVTTExport.isTimed(document.transcript),
            "hasMedia": media != nil,
            "media": media ?? "",
            "mediaIsVideo": media.map { MediaKind.of($0) == .video } ?? false,
            "mediaType": media.map(MediaKind.mimeType(of:)) ?? "",
            "teiHref": "transcript.tei.xml",
            "hasVTT": WebVTTExport.isTimed(document.transcript),
            "vttHref": "transcript.vtt",
        ]) { first, _ in first }
        return context
    }

    static func speakerList(_ catalog: SiteCatalog, site: Site) -> [String: Any] {
        let page = SitePath.speakers
        var context = layout(page: page, pageTitle: site.labels["speakers"], lang: site.language, site: site)
        context["speakers"] = catalog.speakers.map { speaker -> [String: Any] in
            [
                "name": clean(speaker.name),
                "href": SitePath.link(from: page, to: SitePath.speaker(speaker.id)),
                "transcripts": speaker.groups.count,
                "transcriptsIsOne": site.labels.isSingular(speaker.groups.count),
                "transcriptsText": site.labels.counted(speaker.groups.count, "transcripts"),
                "hasRole": speaker.role != nil,
                "role": clean(speaker.role ?? ""),
            ].merging(turnValues(speaker.turnCount, site: site)) { first, _ in first }
                .merging(quoteValues(speaker.quotationCount, site: site)) { first, _ in first }
        }
        context["hasSpeakers"] = !catalog.speakers.isEmpty
        return context
    }

    static func speaker(_ speaker: SiteCatalog.SiteSpeaker, site: Site) -> [String: Any] {
        let page = SitePath.speaker(speaker.id)
        var context = layout(page: page, pageTitle: speaker.name, lang: site.language, site: site)
        context.merge([
            "name": clean(speaker.name),
            "hasRole": speaker.role != nil,
            "role": clean(speaker.role ?? ""),
            "groups": speaker.groups.map { group -> [String: Any] in
                let transcriptPath = SitePath.transcript(group.document.slug)
                let firstTurn = TurnGroup.groups(of: group.document.transcript).first { $0.turn.speakerID == speaker.id }
                return [
                    "firstTurnHref": SitePath.link(from: page, to: transcriptPath) + (firstTurn.map { "#" + $0.fragment } ?? ""),
                    "title": clean(group.document.transcript.metadata.title),
                    "href": SitePath.link(from: page, to: transcriptPath),
                    "transcriptLang": clean(group.document.transcript.metadata.lang),
                    "quotations": group.quotations.map { quotation -> [String: Any] in
                        [
                            "text": clean(quotation.text),
                            "href": SitePath.link(from: page, to: transcriptPath) + "#" + SitePath.encode(quotation.id),
                            "kind": quotation.kind.rawValue,
                            "isReported": quotation.kind == .reported,
                            "hasCue": quotation.attribution.cue != nil,
                            "cue": clean(quotation.attribution.cue ?? ""),
                        ]
                    },
                ].merging(date(group.document, site: site)) { first, _ in first }
                    .merging(turnValues(group.turns, site: site)) { first, _ in first }
            },
        ]) { first, _ in first }
        context.merge(turnValues(speaker.turnCount, site: site)) { first, _ in first }
        context.merge(quoteValues(speaker.quotationCount, site: site)) { first, _ in first }
        return context
    }

    static func search(site: Site) -> [String: Any] {
        let page = SitePath.search
        var context = layout(page: page, pageTitle: site.labels["search"], lang: site.language, site: site)
        context["indexHref"] = SitePath.link(from: page, to: SitePath.searchIndex)
        return context
    }
}
