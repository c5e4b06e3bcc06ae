import Model
import Testing

/// `--base-url` and `base_url` in `site.yml`: an absolute http(s) URL with a host, no query or
/// fragment, nothing a URL cannot hold unescaped.
@Suite struct BaseURLTests {
    @Test(arguments: [
        "https://example.org/", "http://example.org", "HTTPS://Example.org/archives/transcripts/",
        "https://example.org:8443/a/", "http://[::1]:8080/", "https://example.org/a%20b/", "https://example.org/a&b/",
    ])
    func absoluteHTTPURLsAreAccepted(_ base: String) {
        #expect(BaseURL.problem(with: base) == nil)
    }

    @Test func eachKindOfBadBaseURLIsNamed() {
        #expect(BaseURL.problem(with: "https://x/?a=1&b=<2>") == "it has a query (?…), which would come before every page's path")
        #expect(BaseURL.problem(with: "https://example.org/#top") == "it has a fragment (#…), which would come before every page's path")
        #expect(BaseURL.problem(with: "https://example.org/a<b>/") == "its path contains '<', which a URL cannot hold unescaped (write it as %XX)")
        #expect(BaseURL.problem(with: "/archives/") == "it does not start with http:// or https://")
        #expect(BaseURL.problem(with: "ftp://example.org/") == "it does not start with http:// or https://")
        #expect(BaseURL.problem(with: "https://") == "it has no host")
        #expect(BaseURL.problem(with: "https:///archives/") == "it has no host")
        #expect(BaseURL.problem(with: "https://example.org/a b/") == "it contains a space")
        #expect(BaseURL.problem(with: "https://example.org/a\tb/") == "it contains white space or a control character")
        #expect(BaseURL.problem(with: "https://user:secret@example.org/") == "it holds a user name or password (…@)")
        #expect(BaseURL.problem(with: "https://example.org:99999/") == "its port '99999' is not a number up to 65535")
        #expect(BaseURL.problem(with: "https://exämple.org/") == "its host contains 'ä' (write a non-ASCII host name in its xn-- form)")
        #expect(BaseURL.problem(with: "https://example.org/a%zz/") == "its path has a '%' that does not start a %XX escape")
    }
}
