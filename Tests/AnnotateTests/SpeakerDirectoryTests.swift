import Annotate
import Foundation
import Model
import Testing

/// `seeds/speakers.yml`: its shapes, its errors, and declared aliases resolving first.
@Suite struct SpeakerDirectoryTests {
    @Test func readsAListOfEntries() throws {
        let directory = try SpeakerDirectory.parse("""
        - id: jdupont
          name: Jean Dupont
          aliases: [M. Dupont, le maire de Lille]
          role: maire de Lille
        - name: Claire Roux
        """)
        #expect(directory.speakers.map(\.id) == ["jdupont", "claire-roux"])
        #expect(directory.speakers[0].aliases == ["M. Dupont", "le maire de Lille"])
        #expect(directory.speakers[0].role == "maire de Lille")
    }

    @Test func readsAMappingUnderSpeakers() throws {
        let directory = try SpeakerDirectory.parse("""
        speakers:
          jdupont:
            name: Jean Dupont
          croux: Claire Roux
        """)
        #expect(Set(directory.speakers.map(\.id)) == ["jdupont", "croux"])
        #expect(directory.speaker(id: "croux")?.name == "Claire Roux")
    }

    @Test func anEntryWithoutANameIsAnErrorNamingTheFile() {
        #expect(throws: SpeakerDirectory.LoadError.self) { try SpeakerDirectory.parse("- id: x\n  role: maire\n", path: "seeds/speakers.yml") }
        do {
            _ = try SpeakerDirectory.parse("- id: x\n  role: maire\n", path: "seeds/speakers.yml")
        } catch {
            #expect("\(error)".hasPrefix("seeds/speakers.yml:"))
            #expect("\(error)".contains("has no `name`"))
        }
    }

    @Test func aMissingFileIsAnEmptyDirectory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("no-speakers-\(UUID().uuidString)")
        #expect(try SpeakerDirectory.load(seedsDirectory: folder).speakers.isEmpty)
    }

    @Test func declaredAliasesResolveFirstAndKeepTheirId() throws {
        let directory = SpeakerDirectory(speakers: [Speaker(id: "maire-lille", name: "Jean Dupont", aliases: ["le maire de Lille"])])
        let annotator = try Annotator(directory: directory)
        let doc = SourceDocument(seedPath: "a.txt", metadata: DocumentMetadata(title: "T", lang: "fr"), blocks: [
            Block(kind: .paragraph, text: "Le maire de Lille a déclaré : « Aucune école ne fermera cette année. »", line: 1),
        ])
        let transcript = annotator.annotate(doc)
        #expect(transcript.quotations.map(\.speakerID) == ["maire-lille"])
        #expect(transcript.speakers.first?.name == "Jean Dupont")
        #expect(transcript.metadata.speakers.isEmpty)
    }

    /// `ann:` over `  name:Ann Lee` (no space after the colon; the session-22 site tester): YAML
    /// reads one text, which made a speaker named `name:Ann Lee` with a page of another id
    /// moved silently. It is read as the name, with a warning at its line saying how to write it.
    @Test func aNameWithoutItsSpaceIsReadAsTheNameWithAWarning() throws {
        let read = try SpeakerDirectory.read("ann:\n  name:Ann Lee\nbob: Bob Stone\n", path: "seeds/speakers.yml")
        #expect(read.directory.speaker(id: "ann")?.name == "Ann Lee")
        #expect(read.directory.speaker(id: "bob")?.name == "Bob Stone")
        #expect(read.skipped.map(\.line) == [2])
        #expect(read.skipped.first?.hint == "a key's colon must be followed by a space: write `name: Ann Lee`")
    }
}
