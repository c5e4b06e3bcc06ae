import Foundation
import Model
import Testing

@testable import Ingest

/// Front-matter keys Verbatim does not read (a typo) and values of the wrong shape get a
/// warning at their line; the document is still read with everything else.
@Suite struct FrontMatterKeyTests {
    @Test func unknownKeysAndSpeakerFieldsAreWarnedAtTheirLine() throws {
        let text = """
            ---
            title: "Conseil du 3 mai"
            speakr: Marie Roche
            lang: fr
            speakers:
              mr:
                name: Marie Roche
                aliasses: [la maire]
            ---
            Marie Roche a déclaré : « Nous voterons. »
            """
        let result = try SeedReader.read(Array(text.utf8), seedPath: "c.txt")
        #expect(result.document.metadata.title == "Conseil du 3 mai")
        #expect(result.document.metadata.speakers.map(\.name) == ["Marie Roche"])
        let known = FrontMatter.knownKeys.sorted().joined(separator: ", ")
        #expect(result.warnings.map(\.description) == [
            "c.txt:3: warning: unknown front-matter key 'speakr' (known keys: \(known)); it was ignored (check its spelling)",
            "c.txt:8: warning: unknown speaker key 'aliasses' (known keys: aliases, id, name, role); it was ignored (check its spelling)",
        ])
    }

    /// `aliases: Gore` (one name, not a list) is read as a one-item list, as `speakers.yml` reads
    /// it, not dropped without a word.
    @Test func aSingleAliasStringIsAOneItemList() throws {
        let text = "---\ntitle: Debate\nspeakers:\n  gore:\n    name: Al Gore\n    aliases: Gore\n---\nGore said: \"No.\"\n"
        let result = try SeedReader.read(Array(text.utf8), seedPath: "d.txt")
        #expect(result.document.metadata.speakers.map(\.aliases) == [["Gore"]])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    /// Every key the documentation names (DESIGN.md, README.md) and `seed`, which Verbatim writes
    /// itself, is read without a warning.
    @Test func documentedKeysGetNoWarning() throws {
        let text = """
            ---
            title: Réunion
            date: 2024-05-03
            lang: fr
            language: fr
            source: https://example.org/r
            slug: reunion
            seed: r.txt
            tags: [conseil, budget]
            media: https://example.org/r.mp3
            speakers:
              - {id: mr, name: Marie Roche, aliases: [la maire], role: maire}
            attributions:
              "Nous voterons": Marie Roche
            ---
            Marie Roche a déclaré : « Nous voterons. »
            """
        let result = try SeedReader.read(Array(text.utf8), seedPath: "r.txt")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(result.document.metadata.tags == ["conseil", "budget"])
    }

    @Test func valuesOfTheWrongShapeAreWarned() throws {
        let text = "---\ntitle: [a, b]\nspeakers: 5\ntags: {a: 1}\n---\nTexte.\n"
        let result = try SeedReader.read(Array(text.utf8), seedPath: "w.txt")
        #expect(result.warnings.map(\.description) == [
            "w.txt:2: warning: front-matter key 'title' is not a single value; it was ignored (write `title: …` on one line)",
            "w.txt:3: warning: front-matter key 'speakers' is not a list of speakers; it was ignored (write `speakers: [Name, Other Name]`, or one `id: {name: …, aliases: […], role: …}` line per speaker)",
            "w.txt:4: warning: front-matter key 'tags' is not a list; it was ignored (write `tags: [a, b]`)",
        ])
        #expect(result.document.blocks.map(\.text) == ["Texte."])
    }

    /// In a sidecar file (YAML with no `---` lines) the line is the sidecar's own.
    @Test func sidecarKeysAreWarnedAtTheSidecarsLine() throws {
        let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hello.\n"
        let sidecar = "title: Talk\ntitel: Talk again\n"
        let result = try SeedReader.read(Array(vtt.utf8), seedPath: "t.vtt", sidecar: Array(sidecar.utf8))
        #expect(result.document.metadata.title == "Talk")
        #expect(result.warnings.map { "\($0.file):\($0.line ?? 0)" } == ["t.vtt.yml:2"])
        #expect(result.warnings.first?.message.hasPrefix("unknown front-matter key 'titel'") == true)
    }
}
