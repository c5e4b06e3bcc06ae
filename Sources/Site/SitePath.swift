import Model
/// Paths of the generated site and the links between its pages.
///
/// File paths are relative to the output folder with `/` separators (`transcripts/<slug>/index.html`).
/// Links in HTML are relative to the page (HAZARDS.md B20) and name `index.html` explicitly, so
/// that the site also works opened from disk (`file://`), where no server maps a folder to its
/// index. Feed and sitemap use absolute URLs made from the base URL.
public enum SitePath {
    /// Whether `segment` can be one folder name of a path (``Model/PathSegment/isValid(_:)``).
    public static func isValidSegment(_ segment: String) -> Bool {
        PathSegment.isValid(segment)
    }

    /// The home page, `index.html`.
    public static let home = "index.html"
    /// The list of speakers, `speakers/index.html`.
    public static let speakers = "speakers/index.html"
    /// The search page, `search/index.html`.
    public static let search = "search/index.html"
    /// The search index script loaded by the search page, `search/search-index.js`.
    public static let searchIndex = "search/search-index.js"

    /// `transcripts/<slug>/index.html`.
    public static func transcript(_ slug: String) -> String { "transcripts/\(slug)/index.html" }
    /// `transcripts/<slug>/index.md`, the annotated Markdown.
    public static func markdown(_ slug: String) -> String { "transcripts/\(slug)/index.md" }
    /// `transcripts/<slug>/transcript.tei.xml`, the TEI P5 export.
    public static func tei(_ slug: String) -> String { "transcripts/\(slug)/transcript.tei.xml" }
    /// `transcripts/<slug>/transcript.vtt`, the WebVTT export of a timed transcript.
    public static func vtt(_ slug: String) -> String { "transcripts/\(slug)/transcript.vtt" }
    /// `speakers/<id>/index.html`.
    public static func speaker(_ id: String) -> String { "speakers/\(id)/index.html" }

    /// The prefix that leads from the page at `path` back to the site root: `""` for
    /// `index.html`, `../../` for `transcripts/<slug>/index.html`.
    public static func root(of path: String) -> String {
        let depth = path.split(separator: "/", omittingEmptySubsequences: false).count - 1
        return String(repeating: "../", count: depth)
    }

    /// A relative link from the page at `page` to the site file `target`, each segment
    /// percent-encoded (RFC 3986 §2), e.g. from `speakers/a/index.html` to
    /// `transcripts/b/index.html` gives `../../transcripts/b/index.html`.
    public static func link(from page: String, to target: String) -> String {
        root(of: page) + encode(target)
    }

    /// The absolute URL of `target` under `base` (which ends in `/`). A trailing `index.html` is
    /// dropped, so `transcripts/x/index.html` becomes `<base>transcripts/x/`.
    public static func absolute(_ target: String, base: String) -> String {
        var path = target
        if path == "index.html" {
            path = ""
        } else if path.hasSuffix("/index.html") {
            path.removeLast("index.html".count)
        }
        return base + encode(path)
    }

    /// `path` with every byte outside the RFC 3986 unreserved set (`A–Z a–z 0–9 - . _ ~`) of
    /// each segment percent-encoded from its UTF-8; `/` separators are kept.
    public static func encode(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
