/// The one rule for a speaker id every reader applies (front matter, sidecar files, annotated
/// Markdown, `speakers.yml`, the last check before the site is built), so that a site's own
/// `index.md` files read back as seeds put every speaker on the same page again.
///
/// An id names one speaker page folder, `speakers/<id>/`, on every file system and in every
/// link to it.
public enum SpeakerID {
    /// Longest id, in UTF-8 bytes: a file name of Linux, macOS and Windows file systems
    /// (ext4, APFS, NTFS: `NAME_MAX`, 255 bytes) holds at most that, and the id is a whole folder
    /// name. A longer id would only fail when the page is written.
    public static let maximumBytes = 255

    private static let unsafeCharacters: Set<Unicode.Scalar> = ["<", ">", "\"", "'", "&", "?", "#", "%", "~", ":", "*", "|"]

    /// Whether `id` can name a speaker page folder by itself (case aside): one folder name
    /// (``PathSegment/isValid(_:)``: not empty, no `/`, `\`, `.` or `..`), not hidden (no leading
    /// `.`), at most ``maximumBytes`` UTF-8 bytes, without white space or a character that means
    /// something in a URL, HTML, a shell or a Windows file name (`<>"'&?#%~:*|`), and without a
    /// control or format character (U+200B, U+00AD, U+FEFF, U+202E). Ids of any case
    /// (`JDupont`) and of any script are safe.
    public static func isSafe(_ id: String) -> Bool {
        PathSegment.isValid(id) && !id.hasPrefix(".") && id.utf8.count <= maximumBytes
            && !id.unicodeScalars.contains { unsafeCharacters.contains($0) || $0.properties.isWhitespace || isInvisible($0) }
    }

    /// A control or format character (Unicode general categories Cc and Cf: zero-width space,
    /// soft hyphen, byte order mark, bidirectional overrides such as U+202E): invisible or
    /// reordering in a folder name, so two ids that look the same could be two pages. The
    /// zero-width non-joiner and joiner (U+200C, U+200D) are not: Persian and Indic names need them.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\u{200C}" || scalar == "\u{200D}" { return false }
        switch scalar.properties.generalCategory {
        case .control, .format: return true
        default: return false
        }
    }

    /// `id` when it ``isSafe(_:)``, else its ``Slug`` (`ann lee` → `ann-lee`, `a:b` → `a-b`, a
    /// 300-letter id → its first 89 bytes and a hash), which always is.
    public static func safe(_ id: String) -> String {
        isSafe(id) ? id : Slug.make(from: id)
    }
}

extension SpeakerID {
    /// What is wrong with `id` for a warning, after the words "speaker id": `'a/b' cannot name a
    /// speaker page folder`, or for an id over ``maximumBytes`` its first 40 characters and
    /// `… (300 bytes) is longer than a folder name may be (255 bytes)`; control characters shown
    /// (``ControlCharacters/visible(_:)``).
    public static func describedProblem(_ id: String) -> String {
        guard id.utf8.count > maximumBytes else { return "'\(ControlCharacters.visible(id))' cannot name a speaker page folder" }
        return "'\(ControlCharacters.visible(String(id.prefix(40))))…' (\(id.utf8.count) bytes) is longer than a folder name may be (\(maximumBytes) bytes)"
    }

    /// The start of every warning about two ids that differ only by case (speakers.yml, front
    /// matter, annotated Markdown, across seeds): `speaker id 'Ann' differs from 'ann' (line 4)
    /// only by case, and their pages would share one folder on macOS and Windows`; the caller adds
    /// what was done. `place` is where `first` is written (`line 4`, `seeds/a.md:3`), when known.
    public static func caseClash(_ id: String, first: String, place: String?) -> String {
        "speaker id '\(id)' differs from '\(first)'\(place.map { " (\($0))" } ?? "") only by case, and their pages would share one folder on macOS and Windows"
    }
}
