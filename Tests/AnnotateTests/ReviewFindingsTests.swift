import Annotate
import Model
import Testing

/// Kinds of sentence a fresh reviewer found wrong, each with the right value (made-up texts).
@Suite struct ReviewFindingsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func direct(_ text: String, lang: String = "en") -> (Transcript, [Quotation]) {
        TestDocuments.directQuotations(text, lang: lang, annotator: annotator)
    }

    func names(_ text: String, lang: String = "en") -> [String?] {
        let (transcript, quotes) = direct(text, lang: lang)
        return quotes.map { $0.speakerID.flatMap { transcript.speaker(id: $0)?.name } }
    }

    /// An organisation noun opening the quotation does not make it a name when the speech verb
    /// and its speaker stand right next to it.
    @Test func organisationNounOpeningSpeech() {
        #expect(names(#""Police need this data to solve crimes," Tom Becker wrote."#) == ["Tom Becker"])
    }

    /// Object pronouns, verbs in an apposition and adverbs before the verb name nothing.
    @Test func noJunkSpeakersRolesOrCues() throws {
        let (transcript, _) = direct(#"If anyone says "the bridge is unsafe for traffic," call us. The union's president, Kofi Mensah, called the offer "an insult"."#)
        #expect(!transcript.speakers.contains { $0.name == "us" })
        let mensah = try #require(transcript.speakers.first { $0.name == "Kofi Mensah" })
        #expect(mensah.role != "called the offer")
        let (_, french) = direct("Paul Roche était présent. « Nous verrons bien », a-t-il simplement répondu.", lang: "fr")
        #expect(french.first?.attribution.cue == "répondu")
    }

    /// A generic subject and the future, or a sentence that opens by imagining, is imagined speech.
    @Test func genericFutureAndImaginingAreHypothetical() {
        for (text, lang) in [
            (#"Anne Roux a parlé hier. Certains diront que « les contrôleurs sont des privilégiés »."#, "fr"),
            (#"Ann Lee spoke first. Skeptics will say "this is money thrown away.""#, "en"),
            (#"Ann Lee spoke first. Imagine a voter asking, "Where did my taxes go this year?""#, "en"),
        ] {
            let (_, quotes) = direct(text, lang: lang)
            #expect(quotes.count == 1 && quotes.first?.speakerID == nil && quotes.first?.attribution.rule == "hypothetical", "\(text)")
        }
    }

    /// `Selon lui, « … »` resolves the stressed pronoun; `mais X rejette …` makes X the subject.
    @Test func stressedPronounAndCoordinatedSubject() {
        #expect(names("Le ministre, Paul Lefèvre, était à Lyon. Selon lui, « les usagers sont pris en otage ».", lang: "fr") == ["Paul Lefèvre"])
        #expect(names("La direction a proposé un plan, mais Marie Dubois rejette cette idée. « Nous travaillons la nuit », insiste-t-elle.", lang: "fr") == ["Marie Dubois"])
    }

    /// German marks inside an English text pair with each other; a title after a preposition is
    /// a title even with a speech verb after it.
    @Test func foreignMarksAndTitlesAfterAPreposition() {
        let (transcript, quotes) = direct(#"The banner read „Wir geben nicht auf“ in German. "Emoji party," said José Núñez. In "The Low Carbon Transition Plan", the Government say they will act."#)
        #expect(quotes.map { $0.speakerID.flatMap { transcript.speaker(id: $0)?.name } } == ["José Núñez"])
    }

    /// Second review: a nickname in quotation marks inside a name, a clause after a name is no
    /// role, a job title is no part of the name, `se souvient-il` is a cue.
    @Test func nicknamesClausesAndTitlesAroundNames() throws {
        #expect(names(#"The owner, Dennis "Big Dan" Whitfield, arrived at dawn. "Thirty years of work, gone," he said."#) == ["Dennis Whitfield"])
        let (transcript, _) = direct(#"The owner, Dennis Whitfield, arrived at dawn. "Thirty years of work, gone," he said. Superintendent James Holloway defended the vote. "This will keep teachers here," he said."#)
        let whitfield = try #require(transcript.speakers.first { $0.name == "Dennis Whitfield" })
        #expect(whitfield.role != "arrived at dawn")
        #expect(transcript.speakers.contains { $0.name == "James Holloway" })
        #expect(names("André Castellani a fermé sa boulangerie samedi.\n\n« J'ai commencé à quinze ans, avec mon père », se souvient-il.", lang: "fr") == ["André Castellani"])
    }

    /// `Castellani, lui, compte se reposer. Selon lui, « … »`: a name set off by a stressed
    /// pronoun is the sentence's subject, whom `lui` then means.
    @Test func nameSetOffByAStressedPronoun() {
        #expect(names("Le repreneur, Karim Benali, promet de garder les recettes.\n\nCastellani, lui, compte se reposer. Selon lui, « le pain, c'est fini ».", lang: "fr") == ["Castellani"])
    }
}
