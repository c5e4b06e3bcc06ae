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
    /// characters removed from it, nil when there was none.
    public static func clean(_ text: String, file: String) -> (text: String, warning: Diagnostic?) {
        (TextNormalizer.normalize(text), controlWarning(text, file: file))
    }

    /// Whether the normaliser removes `scalar`: C0 controls but tab, line feed, carriage return,
    /// NUL, vertical tab and form feed (those are kept or become line ends), DEL and C1.
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x01...0x08, 0x0E...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// A warning naming the first control character of `text` that the normaliser removes, at its
    /// line and column (lines end at LF, CR or CRLF; columns in Unicode scalars, 1-based), with how
    /// many there are; nil when there is none.
    static func controlWarning(_ text: String, file: String) -> Diagnostic? {
        var previousWasC2 = false
        let hasControl = text.utf8.contains { byte in
            defer { previousWasC2 = byte == 0xC2 }
            return (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
                || (previousWasC2 && (0x80...0x9F).contains(byte))
        }
        guard hasControl else { return nil }
        var count = 0
        var first: (scalar: Unicode.Scalar, line: Int, column: Int)?
        var line = 1
        var column = 1
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR:
                continue
            case "\n", "\r":
                line += 1
                column = 1
                continue
            default:
                if isRemoved(scalar) {
                    count += 1
                    if first == nil { first = (scalar, line, column) }
                }
            }
            column += 1
        }
        guard let first else { return nil }
        let hex = String(format: "%04X", first.scalar.value)
        var what = "U+\(hex)"
        if first.scalar.value >= 0x80 {
            what += SeedTextDecoder.windows1252High[Int(first.scalar.value) - 0x80].map {
                ", a C1 control, probably `\($0)` (Windows-1252 byte 0x\(hex.suffix(2)) read as Latin-1)"
            } ?? ", a C1 control"
        } else {
            what += first.scalar.value == 0x7F ? ", DEL" : ", a C0 control"
        }
        return Diagnostic(
            .warning, file: file, line: first.line, column: first.column,
            message: count == 1
                ? "a control character (\(what)), which YAML does not allow; it was removed"
                : "\(count) control characters, which YAML does not allow (the first here: \(what)); each was removed",
            hint: "remove it from the file, or type the character meant")
    }
}
