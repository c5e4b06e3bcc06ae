import Foundation
import Model

/// The text of a YAML settings file (`site.yml`, `speakers.yml`, a seed's sidecar `.yml`), made
/// ready for the YAML parser as seed text is (``TextNormalizer``). The one reader of the three
/// (``read(_:file:)``), so that bytes one of them accepts (Windows-1252, a few invalid UTF-8
/// bytes, UTF-16) the others accept too, with the same warnings.
///
/// Why control characters are removed: libyaml refuses the whole file
/// at the first control character it meets (YAML 1.2 §5.1 allows only tab, line feed and carriage
/// return of C0, and NEL of C1), so one stray U+009B would lose every setting. Controls are removed
/// instead, with one warning naming the first (``controlWarning(_:file:)``). NUL is removed as
/// well, not made U+FFFD as in seed text: a value of a settings file is a name or a title that
/// would be published with it on every page.
public enum SettingsText {
    /// The normalised text of `data` and the warnings about how it was read: its bytes decoded as
    /// a seed's are (``SeedTextDecoder/decodeEncoding(_:file:declaredLatin:)``: UTF-8 with a few
    /// invalid bytes keeps them as U+FFFD with a warning at each; a file not mostly UTF-8 is read as
    /// Windows-1252 with a warning at its first bad byte; UTF-16), then the warning about the
    /// control characters removed from it (``clean(_:file:)``).
    /// - Throws: a ``Diagnostic`` naming `file`, at its line, when the bytes are no encoding a seed
    ///   may be in (UTF-32, or bytes Windows-1252 leaves undefined in a file not mostly UTF-8).
    public static func read(_ data: Data, file: String) throws(Diagnostic) -> (text: String, warnings: [Diagnostic]) {
        let decoded = try SeedTextDecoder.decodeEncoding(Array(data), file: file)
        let (text, controlWarning) = clean(decoded.text, file: file)
        return (text, decoded.warnings + (controlWarning.map { [$0] } ?? []))
    }

    /// `text` normalised (``TextNormalizer/normalize(_:)``) and the warning about the control
    /// characters removed from it, nil when there was none. Every value of a settings file is one
    /// line (a title, a name, an alias, a role, a URL), so U+2028 and U+2029 fold to a space there
    /// (``Model/TextNormalizer/SeparatorForm/spaces``), not to the line breaks they are in prose: an
    /// editor shows no line there, so line numbers in messages stay the editor's.
    /// NUL is removed before normalising (which would make it U+FFFD) and warned as the other
    /// controls are.
    public static func clean(_ text: String, file: String) -> (text: String, warning: Diagnostic?) {
        let withoutNUL = text.utf8.contains(0) ? String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value != 0 })) : text
        return (TextNormalizer.normalize(withoutNUL, separators: .spaces), controlWarning(text, file: file))
    }

    /// A warning naming the first control character of `text` that ``clean(_:file:)`` removes (NUL included), at its
    /// line and column (lines end at LF, CR or CRLF; columns in Unicode scalars, 1-based), with how
    /// many there are; nil when there is none.
    /// - Parameter isCounted: which controls to count (all that are removed, NUL included, by default).
    static func controlWarning(
        _ text: String, file: String,
        counting isCounted: (Unicode.Scalar) -> Bool = { $0.value == 0 || ControlCharacters.isRemovedControl($0.value) }
    ) -> Diagnostic? {
        guard let first = ControlCharacters.first(in: text, where: isCounted) else { return nil }
        let count = first.count
        let what = ControlCharacters.described(first.scalar.value)
        return Diagnostic(
            .warning, file: file, line: first.line, column: first.column,
            message: count == 1
                ? "a control character (\(what)), which YAML does not allow; it was removed"
                : "\(count) control characters, which YAML does not allow (the first here: \(what)); each was removed",
            hint: "remove it from the file, or type the character meant")
    }
}
