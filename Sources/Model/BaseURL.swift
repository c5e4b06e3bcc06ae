/// The URL a site is served from (`--base-url`, `base_url` in `seeds/site.yml`), which the feed
/// and the sitemap put in front of every page's path.
///
/// Accepted: an absolute `http` or `https` URL with a host and an optional port and path, written
/// in URL characters only (RFC 3986 §3), e.g. `https://example.org/archives/`. Refused: other
/// schemes, no host, user names or passwords, a query (`?a=1`) or fragment (`#top`), which would
/// come before every page path, and white space, control characters, non-ASCII characters or
/// characters a URL cannot hold unescaped (`<`, `>`, `"`, `{`, `}`, `|`, `\`, `^`, `` ` ``).
public enum BaseURL {
    /// Characters allowed in a path: RFC 3986 `unreserved`, `sub-delims`, `:`, `@`, `/` and `%`
    /// (which must start a `%XX` escape).
    private static let pathCharacters = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/%".unicodeScalars)
    /// Characters allowed in a host name (IPv6 literals in brackets).
    private static let hostCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.[]:".unicodeScalars)

    /// `text` in single quotes for a message, control characters, line ends and other white space
    /// but the space written as `\u{…}` escapes, so that a message stays on one line and prints
    /// nothing the terminal would act on.
    public static func quoted(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            if scalar != " ", scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isWhitespace {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "'"
    }

    /// What to write instead, for messages.
    public static let example = "write an absolute http(s) URL with a host and no query or fragment, e.g. https://example.org/archives/"

    /// What is wrong with `text` as a base URL, in a few words, or nil when it is a valid one.
    /// - Returns: e.g. `it has a query (?…)` for `https://x/?a=1&b=<2>`.
    public static func problem(with text: String) -> String? {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = text.dropFirst("https://".count)
        } else if lower.hasPrefix("http://") {
            rest = text.dropFirst("http://".count)
        } else {
            return "it does not start with http:// or https://"
        }
        if let bad = text.unicodeScalars.first(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return bad == " " ? "it contains a space" : "it contains white space or a control character"
        }
        if text.contains("?") { return "it has a query (?…), which would come before every page's path" }
        if text.contains("#") { return "it has a fragment (#…), which would come before every page's path" }
        let authority = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(authority.count)
        if authority.contains("@") { return "it holds a user name or password (…@)" }
        var host = authority
        if let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
            let port = authority[authority.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber), Int(port)! <= 65535 else {
                return "its port '\(Diagnostic.echo(String(port)))' is not a number up to 65535"
            }
            host = authority[..<colon]
        }
        if host.isEmpty || host.allSatisfy({ $0 == "." }) { return "it has no host" }
        if let bad = host.unicodeScalars.first(where: { !hostCharacters.contains($0) }) {
            return "its host contains '\(bad)' (write a non-ASCII host name in its xn-- form)"
        }
        if let bad = path.unicodeScalars.first(where: { !pathCharacters.contains($0) }) {
            return "its path contains '\(bad)', which a URL cannot hold unescaped (write it as %XX)"
        }
        var scalars = Array(path.unicodeScalars)[...]
        while let percent = scalars.firstIndex(of: "%") {
            let digits = scalars[(percent + 1)...].prefix(2)
            guard digits.count == 2, digits.allSatisfy({ $0.properties.isASCIIHexDigit }) else {
                return "its path has a '%' that does not start a %XX escape"
            }
            scalars = scalars[(percent + 3)...]
        }
        return nil
    }
}
