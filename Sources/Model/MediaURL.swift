import Foundation

/// Which recording URLs (front matter `media`) a transcript page may load in its player.
public enum MediaURL {
    /// Whether the page may load `url`: `http`, `https` or a relative URL (no `javascript:`,
    /// `data:` or other scheme), spaces around it aside.
    public static func isPlayable(_ url: String) -> Bool {
        let lowered = url.lowercased().trimmingCharacters(in: .whitespaces)
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") { return true }
        guard let colon = lowered.firstIndex(of: ":") else { return !lowered.isEmpty }
        return lowered[..<colon].contains { $0 == "/" || $0 == "?" || $0 == "#" }
    }

    /// The warning for a `media:` value at `line` of `file` that the page will not load
    /// (``isPlayable(_:)``), so the page has no player; nil for one it loads, or an empty value.
    public static func warning(_ url: String, file: String, line: Int?) -> Diagnostic? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !isPlayable(trimmed) else { return nil }
        let shown = trimmed.count > 40 ? String(trimmed.prefix(40)) + "…" : trimmed
        return Diagnostic(
            .warning, file: file, line: line,
            message: "media `\(shown)` is not an http, https or relative URL; the page has no player for it",
            hint: "write the recording's address as `https://…` or as a path relative to the page")
    }
}
