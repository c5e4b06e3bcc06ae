import Model

/// `feed.xml`: an Atom 1.0 feed (RFC 4287) of the transcripts, newest first
/// (``SiteCatalog/byDate``).
///
/// Feed: `id` and `link rel="alternate"` = the base URL, `link rel="self"` = `<base>feed.xml`,
/// `title` = the site title, `author` = the site title, `updated` = the newest entry's
/// `updated`, else (no entry) `SOURCE_DATE_EPOCH` (never the build time, HAZARDS.md B14).
///
/// A feed must hold exactly one `updated` (RFC 4287 §4.1.1), "the most recent instant in time
/// when [it] was modified in a way the publisher considers significant" (§4.2.15). A site whose
/// transcripts are all undated, built without `SOURCE_DATE_EPOCH`, has no such instant that is
/// not the build time (which would make every build differ) or a false one (1970, which readers
/// show as the feed's date): it gets no feed (``xml(_:baseURL:title:sourceDateEpoch:)`` gives
/// nil, and the site's pages do not link one). Entry: `id` and `link` = the transcript page's absolute URL, `title`,
/// `updated` = its date at midnight UTC, `summary` naming its speakers.
///
/// An undated transcript has no instant "the entry … was modified" (RFC 4287 §4.2.15), and
/// every entry must have exactly one `updated` (§4.1.2), so no valid entry can leave it out: it
/// takes the build's deterministic fallback, `SOURCE_DATE_EPOCH` (reproducible-builds.org: the
/// time the build stands for), when set, and is otherwise left out of the feed rather than given
/// a false date (1970, which sorts it last, or another transcript's, which makes it new for
/// ever). Its pages are still listed everywhere else.
/// All text is XML-escaped with forbidden characters removed (``XMLEscaping``, HAZARDS.md B22).
public enum AtomFeed {
    /// The feed's `<updated>` day: the newest entry's (``entryUpdated(_:sourceDateEpoch:)``),
    /// else (no entry) the epoch day; nil when there is neither (no feed is written).
    public static func updated(_ catalog: SiteCatalog, sourceDateEpoch: Int?) -> CalendarDate? {
        catalog.byDate.compactMap { entryUpdated($0, sourceDateEpoch: sourceDateEpoch) }.max()
            ?? sourceDateEpoch.map { CalendarDate(secondsSince1970: $0) }
    }

    /// An entry's `<updated>` day: the transcript's date, else the `SOURCE_DATE_EPOCH` day; nil
    /// (the entry is left out) for an undated transcript when it is not set.
    static func entryUpdated(_ document: SiteDocument, sourceDateEpoch: Int?) -> CalendarDate? {
        SiteCatalog.date(of: document) ?? sourceDateEpoch.map { CalendarDate(secondsSince1970: $0) }
    }

    /// The feed document; nil when no transcript is dated and `sourceDateEpoch` is nil, so that
    /// the feed has no `updated` to state.
    /// - Parameters:
    ///   - baseURL: absolute URL ending in `/`.
    ///   - title: the site title.
    public static func xml(_ catalog: SiteCatalog, baseURL: String, title: String, sourceDateEpoch: Int?) -> String? {
        let e = XMLEscaping.escape
        guard let feedUpdated = updated(catalog, sourceDateEpoch: sourceDateEpoch)?.rfc3339 else { return nil }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>\(e(baseURL))</id>
              <title>\(e(title))</title>
              <updated>\(feedUpdated)</updated>
              <author><name>\(e(title))</name></author>
              <link rel="alternate" type="text/html" href="\(e(baseURL))"/>
              <link rel="self" type="application/atom+xml" href="\(e(baseURL + "feed.xml"))"/>

            """
        for document in catalog.byDate {
            guard let entryUpdated = entryUpdated(document, sourceDateEpoch: sourceDateEpoch) else { continue }
            let metadata = document.transcript.metadata
            let url = SitePath.absolute(SitePath.transcript(document.slug), base: baseURL)
            let names = document.transcript.speakers.map(\.name)
            xml += """
                  <entry xml:lang="\(e(metadata.lang))">
                    <id>\(e(url))</id>
                    <title>\(e(metadata.title))</title>
                    <updated>\(entryUpdated.rfc3339)</updated>
                    <link rel="alternate" type="text/html" href="\(e(url))"/>

                """
            if !names.isEmpty {
                xml += "    <summary>\(e(names.joined(separator: ", ")))</summary>\n"
            }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }
}
