import Model
/// `sitemap.xml` (sitemaps.org protocol 0.9): the absolute URL of every HTML page, sorted by
/// URL, with `<lastmod>` (W3C date `YYYY-MM-DD`) for dated transcript pages only. URLs are
/// percent-encoded (``SitePath/encode(_:)``) and XML-escaped (``XMLEscaping``, HAZARDS.md B22).
public enum Sitemap {
    /// The sitemap document.
    /// - Parameters:
    ///   - pages: output paths of the HTML pages with the day each last changed, if known.
    ///   - baseURL: absolute URL ending in `/`.
    public static func xml(pages: [(path: String, lastModified: CalendarDate?)], baseURL: String) -> String {
        let urls = pages.map { (SitePath.absolute($0.path, base: baseURL), $0.lastModified) }
            .sorted { $0.0 < $1.0 }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for (url, lastModified) in urls {
            xml += "  <url>\n    <loc>\(XMLEscaping.escape(url))</loc>\n"
            if let lastModified { xml += "    <lastmod>\(lastModified.iso)</lastmod>\n" }
            xml += "  </url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
