import Annotate
import Foundation
import Model
import Testing

/// Speakers declared in front matter and explicit speaker turns (DESIGN.md, "Attribution", rule 1).
@Suite struct DeclaredSpeakerTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func document(blocks: [Block]) -> SourceDocument {
        let declared = Speaker(id: "jdupont", name: "Jean Dupont", aliases: ["M. Dupont", "le maire"], role: "maire de Lille")
        return SourceDocument(seedPath: "t.md", metadata: DocumentMetadata(title: "T", lang: "fr", speakers: [declared]), blocks: blocks)
    }

    @Test func mentionsResolveToTheDeclaredSpeakerAndKeepItsId() throws {
        let doc = document(blocks: [Block(kind: .paragraph, text: "« Les travaux commenceront en mars, comme prévu », a assuré M. Dupont.", line: 3)])
        let transcript = annotator.annotate(doc)
        #expect(transcript.quotations.map(\.speakerID) == ["jdupont"])
        #expect(transcript.speakers.map(\.id) == ["jdupont"])
        #expect(transcript.speakers.first?.name == "Jean Dupont")
        #expect(transcript.speakers.first?.role == "maire de Lille")
    }

    /// `M. Dupont` declared for Jean Dupont does not make Marc Dupont the same person: the
    /// honorific is no initial, and a fuller name with another given name is someone else.
    @Test func aDeclaredSurnameAliasDoesNotSwallowAnotherGivenName() throws {
        let doc = document(blocks: [Block(kind: .paragraph, text: "Marc Dupont, maire de Vire, a inauguré le marché. « C'est une renaissance », a dit Marc Dupont.", line: 3)])
        let transcript = annotator.annotate(doc)
        #expect(transcript.quotations.map(\.speakerID) == ["marc-dupont"])
        #expect(transcript.speakers.first { $0.id == "jdupont" }?.aliases.contains("Marc Dupont") != true)
    }

    @Test func rolePhraseResolvesThroughADeclaredAlias() throws {
        let doc = document(blocks: [Block(kind: .paragraph, text: "Le maire a déclaré : « Nous ne fermerons aucune école cette année. »", line: 3)])
        let transcript = annotator.annotate(doc)
        #expect(transcript.quotations.map(\.speakerID) == ["jdupont"])
    }

    @Test func labelledTurnsGetTheirSpeakerId() throws {
        let doc = document(blocks: [
            Block(kind: .paragraph, text: "Bonjour à tous.", line: 3, turn: Turn(index: 0, label: "M. DUPONT")),
            Block(kind: .paragraph, text: "Merci, monsieur le maire.", line: 4, turn: Turn(index: 1, label: "Mme Claire Roux")),
        ])
        let transcript = annotator.annotate(doc)
        #expect(transcript.blocks.map { $0.turn?.speakerID } == ["jdupont", "claire-roux"])
        #expect(transcript.speakers.map(\.id) == ["jdupont", "claire-roux"])
        #expect(transcript.quotations.isEmpty)
    }
}
