import Annotate
import Model
import Testing

/// Site-wide speakers: one entity across documents, named differently; namesakes kept apart.
@Suite struct SpeakerMergerTests {
    func transcript(_ path: String, _ speakers: [Speaker]) -> Transcript {
        let quotations = speakers.enumerated().map { index, speaker in
            Quotation(id: "q-\(index)", kind: .direct, spans: [TextSpan(block: 0, range: 0..<1)], text: "x\(index)",
                      speakerID: speaker.id, attribution: Attribution(rule: "cue-after", confidence: 0.9))
        }
        return Transcript(seedPath: path, metadata: DocumentMetadata(title: path, lang: "fr"), speakers: speakers,
                          blocks: [Block(kind: .paragraph, text: "x", line: 1)], quotations: quotations)
    }

    @Test func aFullNameAndASurnameWithOtherSpellingAreOneSpeaker() {
        let a = transcript("a.txt", [Speaker(id: "nursultan-nazarbayev", name: "Nursultan Nazarbayev", aliases: ["le Président kazakh"])])
        let b = transcript("b.txt", [Speaker(id: "nazarbaiev", name: "Nazarbaïev", aliases: ["M. Nazarbaïev"])])
        let c = transcript("c.txt", [Speaker(id: "le-president-kazakh", name: "le Président kazakh")])
        let merged = SpeakerMerger.merge([a, b, c])
        #expect(merged.map { $0.speakers.map(\.id) } == [["nursultan-nazarbayev"], ["nursultan-nazarbayev"], ["nursultan-nazarbayev"]])
        #expect(merged[2].quotations.map(\.speakerID) == ["nursultan-nazarbayev"])
        #expect(merged[2].speakers[0].name == "Nursultan Nazarbayev")
        #expect(merged[2].speakers[0].aliases.contains("le Président kazakh"))
    }

    @Test func anInitialAgreesWithTheFirstName() {
        let a = transcript("a.txt", [Speaker(id: "arnaud-montebourg", name: "Arnaud Montebourg")])
        let b = transcript("b.txt", [Speaker(id: "a-montebourg", name: "A. Montebourg")])
        #expect(SpeakerMerger.merge([a, b]).map { $0.speakers[0].id } == ["arnaud-montebourg", "arnaud-montebourg"])
    }

    @Test func differentPeopleWhoShareASurnameStayApart() {
        let a = transcript("a.txt", [Speaker(id: "marie-martin", name: "Marie Martin")])
        let b = transcript("b.txt", [Speaker(id: "paul-martin", name: "Paul Martin")])
        let c = transcript("c.txt", [Speaker(id: "martin", name: "Martin")])
        let merged = SpeakerMerger.merge([a, b, c])
        let ids = merged.map { $0.speakers[0].id }
        #expect(ids[0] == "marie-martin")
        #expect(ids[1] == "paul-martin")
        // A bare surname two people bear is not guessed.
        #expect(ids[2] == "martin")
    }

    @Test func idsThatCollideForDifferentPeopleAreMadeUnique() {
        let a = transcript("a.txt", [Speaker(id: "un-temoin", name: "un témoin")])
        let b = transcript("b.txt", [Speaker(id: "un-temoin", name: "un témoin")])
        #expect(SpeakerMerger.merge([a, b]).map { $0.speakers[0].id } == ["un-temoin", "un-temoin-2"])
    }

    @Test func directoryIdsWinAndAliasesFindThem() {
        let directory = SpeakerDirectory(speakers: [Speaker(id: "nazarbayev", name: "Nursultan Nazarbayev", aliases: ["Nazarbaïev"])])
        let a = transcript("a.txt", [Speaker(id: "nazarbaiev", name: "Nazarbaïev")])
        let b = transcript("b.txt", [Speaker(id: "n-nazarbayev", name: "N. Nazarbayev")])
        let merged = SpeakerMerger.merge([a, b], directory: directory)
        #expect(merged.map { $0.speakers[0].id } == ["nazarbayev", "nazarbayev"])
        #expect(merged[0].speakers[0].name == "Nursultan Nazarbayev")
    }

    @Test func twoSpeakersOfOneDocumentFoundToBeOneBecomeOne() {
        let a = transcript("a.txt", [Speaker(id: "jean-dupont", name: "Jean Dupont"), Speaker(id: "j-dupont", name: "J. Dupont")])
        let merged = SpeakerMerger.merge([a])
        #expect(merged[0].speakers.map(\.id) == ["jean-dupont"])
        #expect(merged[0].quotations.map(\.speakerID) == ["jean-dupont", "jean-dupont"])
    }

    @Test func theResultDependsOnlyOnTheOrder() {
        let a = transcript("a.txt", [Speaker(id: "jean-dupont", name: "Jean Dupont")])
        let b = transcript("b.txt", [Speaker(id: "dupont", name: "Dupont")])
        #expect(SpeakerMerger.merge([a, b]) == SpeakerMerger.merge([a, b]))
    }
}
