import Foundation
import Model

/// Whether a transcript's media (front matter `media`) is audio or video, told by the file
/// extension of its URL path (query and fragment ignored), and its MIME type.
public enum MediaKind: Sendable, Equatable {
    case audio
    case video

    private static let types: [String: (MediaKind, String)] = [
        "mp3": (.audio, "audio/mpeg"), "m4a": (.audio, "audio/mp4"), "aac": (.audio, "audio/aac"),
        "oga": (.audio, "audio/ogg"), "ogg": (.audio, "audio/ogg"), "opus": (.audio, "audio/ogg"),
        "wav": (.audio, "audio/wav"), "flac": (.audio, "audio/flac"), "weba": (.audio, "audio/webm"),
        "mp4": (.video, "video/mp4"), "m4v": (.video, "video/mp4"), "webm": (.video, "video/webm"),
        "ogv": (.video, "video/ogg"), "mov": (.video, "video/quicktime"), "mkv": (.video, "video/x-matroska"),
    ]

    /// The lowercased extension of the URL's path, if any.
    static func pathExtension(of url: String) -> String {
        var path = Substring(url)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        let last = path.split(separator: "/").last ?? ""
        guard let dot = last.lastIndex(of: ".") else { return "" }
        return last[last.index(after: dot)...].lowercased()
    }

    /// Video for `mp4 m4v webm ogv mov mkv`, audio otherwise (an unknown extension plays in an
    /// `<audio>` element, which browsers also use for video files' sound).
    public static func of(_ url: String) -> MediaKind {
        types[pathExtension(of: url)]?.0 ?? .audio
    }

    /// The MIME type for the extension, `application/octet-stream` when unknown.
    public static func mimeType(of url: String) -> String {
        types[pathExtension(of: url)]?.1 ?? "application/octet-stream"
    }

    /// Whether the page may load `url`: `http`, `https` or a relative URL (no `javascript:`,
    /// `data:` or other scheme).
    public static func isPlayable(_ url: String) -> Bool {
        MediaURL.isPlayable(url)
    }
}
