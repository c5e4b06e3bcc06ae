import Model

/// `feed.xml`: an Atom 1.0 feed (RFC 4287) of the transcripts, newest first
/// (``SiteCatalog/byDate``).
///
/// Feed: `id` and `link rel="alternate"` = the base URL, `link rel="self"` = `<base>feed.xml`,
/// `title` = the site title, `author` = the site title, `updated` = the newest transcript's
/// date at midnight UTC, else `SOURCE_DATE_EPOCH`, else 1970-01-01 (never the build time,
/// HAZARDS.md B14). Entry: `id` and `link` = the transcript page's absolute URL, `title`,
/// `updated` = its date (the feed's `updated` when undated), `summary` naming its speakers.
/// All text is XML-escaped with forbidden characters removed (``XMLEscaping``, HAZARDS.md B22).
public enum AtomFeed {
    /// The feed's `<updated>` day: newest transcript date, else the epoch day, else 1970-01-01.
    public static func updated(_ catalog: SiteCatalog, sourceDateEpoch: Int?) -> CalendarDate {
        if let newest = catalog.byDate.lazy.compactMap(SiteCatalog.date(of:)).first { return newest }
        return CalendarDate(secondsSince1970: sourceDateEpoch ?? 0)
    }

    /// The feed document.
    /// - Parameters:
    ///   - baseURL: absolute URL ending in `/`.
    ///   - title: the site title.
    public static func xml(_ catalog: SiteCatalog, baseURL: String, title: String, sourceDateEpoch: Int?) -> String {
        let e = XMLEscaping.escape
        let feedUpdated = updated(catalog, sourceDateEpoch: sourceDateEpoch).rfc3339
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
            let metadata = document.transcript.metadata
            let url = SitePath.absolute(SitePath.transcript(document.slug), base: baseURL)
            let names = document.transcript.speakers.map(\.name)
            xml += """
                  <entry xml:lang="\(e(metadata.lang))">
                    <id>\(e(url))</id>
                    <title>\(e(metadata.title))</title>
                    <updated>\(SiteCatalog.date(of: document)?.rfc3339 ?? feedUpdated)</updated>
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
