import Annotate
import Model
import Testing

/// Reported (indirect) speech, one test per kind of sentence. Hand-written texts.
@Suite struct ReportedSpeechTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func reported(_ text: String, lang: String) -> [(text: String, speaker: String?, rule: String, cue: String?)] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .reported }.map { quotation in
            (quotation.text, quotation.speakerID.flatMap { transcript.speaker(id: $0)?.name }, quotation.attribution.rule, quotation.attribution.cue)
        }
    }

    @Test func frenchVerbAndQue() {
        let found = reported("Le maire, Paul Roche, a déclaré que la piscine rouvrirait en septembre.", lang: "fr")
        #expect(found.map(\.text) == ["la piscine rouvrirait en septembre"])
        #expect(found.first?.speaker == "Paul Roche")
        #expect(found.first?.rule == "reported-that")
        #expect(found.first?.cue == "déclaré")
    }

    @Test func englishVerbAddresseeAndThat() {
        let found = reported("The mayor, Jane Ortiz, told reporters that the bridge would reopen in June.", lang: "en")
        #expect(found.map(\.text) == ["the bridge would reopen in June"])
        #expect(found.first?.speaker == "Jane Ortiz")
    }

    @Test func selonAtTheHeadWithAnOrganisation() {
        let found = reported("Selon la fédération, les clubs amateurs ne paieront rien cette année.", lang: "fr")
        #expect(found.map(\.text) == ["les clubs amateurs ne paieront rien cette année"])
        #expect(found.first?.speaker == "la fédération")
        #expect(found.first?.rule == "according-to")
    }

    @Test func accordingToAtTheTail() {
        let found = reported("The strike will last three days, according to union leader Tom Hale.", lang: "en")
        #expect(found.map(\.text) == ["The strike will last three days"])
        #expect(found.first?.speaker == "Tom Hale")
        #expect(found.first?.cue == "according to")
    }

    @Test func theSpeechStopsBeforeASecondVerbAndItsQuotation() {
        let found = reported("Le ministre Paul Roche a déclaré que la crise était grave, et ajouté : « Nous agirons vite. »", lang: "fr")
        #expect(found.map(\.text) == ["la crise était grave"])
    }

    @Test func aPrepositionBeforeNoSpeakerIsNoReportedSpeech() {
        #expect(reported("Pour la première fois, les élus ont voté ensemble le budget.", lang: "fr").isEmpty)
    }

    @Test func aQuotationAfterQueStaysDirect() {
        let transcript = annotator.annotate(TestDocuments.make("Paul Roche a ajouté que « rien ne changera ».", lang: "fr"))
        #expect(transcript.quotations.map(\.kind) == [.direct])
    }

    @Test func reportedSpeechIsInDocumentOrderAndItsSpeakerListed() {
        let transcript = annotator.annotate(TestDocuments.make("Paul Roche a déclaré que la piscine rouvrirait bientôt. « Nous tiendrons parole », a-t-il ajouté.", lang: "fr"))
        #expect(transcript.quotations.map(\.kind) == [.reported, .direct])
        #expect(transcript.quotations.map(\.speakerID) == ["paul-roche", "paul-roche"])
        #expect(transcript.speakers.map(\.id) == ["paul-roche"])
    }
}
