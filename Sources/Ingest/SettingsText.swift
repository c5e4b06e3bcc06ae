import Foundation
import Model

/// The text of a YAML settings file (`site.yml`, `speakers.yml`, a seed's sidecar `.yml`), made
/// ready for the YAML parser as seed text is (``TextNormalizer``): libyaml refuses the whole file
/// at the first control character it meets (YAML 1.2 §5.1 allows only tab, line feed and carriage
/// return of C0, and NEL of C1), so one stray U+009B would lose every setting. Controls are removed
/// instead, with one warning naming the first (``controlWarning(_:file:)``).
public enum SettingsText {
    /// The normalised text of `data` (UTF-8; invalid bytes become U+FFFD) and the warning about
    /// the control characters removed from it, nil when there was none.
    public static func read(_ data: Data, file: String) -> (text: String, warning: Diagnostic?) {
        clean(String(decoding: data, as: UTF8.self), file: file)
    }

    /// `text` normalised (``TextNormalizer/normalize(_:)``) and the warning about the control
    /// characters removed from it, nil when there was none. Every value of a settings file is one
    /// line (a title, a name, an alias, a role, a URL), so U+2028 and U+2029 fold to a space there
    /// (``Model/Swift/String/foldedToOneLine``), not to the line breaks they are in prose: an
    /// editor shows no line there, so line numbers in messages stay the editor's.
    public static func clean(_ text: String, file: String) -> (text: String, warning: Diagnostic?) {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(scalar.value == 0x2028 || scalar.value == 0x2029 ? " " : scalar)
        }
        return (TextNormalizer.normalize(String(scalars)), controlWarning(text, file: file))
    }

    /// A warning naming the first control character of `text` that the normaliser removes, at its
    /// line and column (lines end at LF, CR or CRLF; columns in Unicode scalars, 1-based), with how
    /// many there are; nil when there is none.
    static func controlWarning(_ text: String, file: String) -> Diagnostic? {
        guard let first = ControlCharacters.first(in: text, where: { ControlCharacters.isRemovedControl($0.value) }) else { return nil }
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
