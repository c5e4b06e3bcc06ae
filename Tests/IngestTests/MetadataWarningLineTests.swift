import Ingest
import Model
import Testing

/// Warnings about a seed's metadata name the line they are about: a `lang:` that is no
/// language tag (in plain Markdown, plain text and a sidecar), and a `media:` URL the page will
/// not load (`javascript:…`), which gets no player.
@Suite struct MetadataWarningLineTests {
    /// A plain Markdown seed's `lang:` that is no language tag is warned at its line.
    @Test func aPlainMarkdownLangThatIsNoTagIsWarnedAtItsLine() throws {
        let text = "---\ntitle: Réunion\ndate: 2024-05-03\nlang: français\n---\n\n# Réunion\n\nLe maire a dit que la ville est pour les habitants.\n"
        let result = try SeedReader.read(Array(text.utf8), seedPath: "r.md")
        #expect(result.document.metadata.lang == "fr")
        #expect(result.warnings.map(\.description) == [
            "r.md:4: warning: `français` is not a language tag; the language was recognised from the text instead (write a BCP 47 tag such as fr, en or pt-BR)"
        ])
    }

    /// A sidecar's `lang:` that is no language tag is warned at its line of the sidecar.
    @Test func aSidecarLangThatIsNoTagIsWarnedAtItsLine() throws {
        let vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ann>Hello there, everyone.\n"
        let result = try SeedReader.read(Array(vtt.utf8), seedPath: "t.vtt", sidecar: Array("title: Talk\nlang: english\n".utf8))
        #expect(result.warnings.map(\.description) == [
            "t.vtt.yml:2: warning: `english` is not a language tag; it was ignored (write a BCP 47 tag such as fr, en or pt-BR)"
        ])
    }

    /// A `media:` with a scheme the page will not load (`javascript:`, `data:`) is warned at its
    /// line, in YAML front matter and in header lines alike; an `https` or relative one is not.
    @Test func aMediaURLThePageWillNotLoadIsWarnedAtItsLine() throws {
        let yaml = "---\ntitle: Réunion\nmedia: \"javascript:alert(1)\"\n---\n\nLe maire a dit que la ville est pour les habitants.\n"
        let fromYAML = try SeedReader.read(Array(yaml.utf8), seedPath: "m.txt")
        #expect(fromYAML.warnings.map(\.description) == [
            "m.txt:3: warning: media `javascript:alert(1)` is not an http, https or relative URL; the page has no player for it (write the recording's address as `https://…` or as a path relative to the page)"
        ])
        let header = "Title: Réunion\nMedia: data:audio/mp3;base64,AAAA\n\nLe maire a dit que la ville est pour les habitants.\n"
        let fromHeader = try SeedReader.read(Array(header.utf8), seedPath: "h.txt")
        #expect(fromHeader.warnings.map(\.description) == [
            "h.txt:2: warning: media `data:audio/mp3;base64,AAAA` is not an http, https or relative URL; the page has no player for it (write the recording's address as `https://…` or as a path relative to the page)"
        ])
        let good = "---\ntitle: Réunion\nmedia: \"https://example.org/a.mp3\"\n---\n\nLe maire a dit que la ville est pour les habitants.\n"
        #expect(try SeedReader.read(Array(good.utf8), seedPath: "g.txt").warnings.isEmpty)
        #expect(!MediaURL.isPlayable(" JavaScript:x") && MediaURL.isPlayable("media/a.mp3") && MediaURL.isPlayable("a.mp3?t=1:2"))
    }
}
