import Annotate
import Model
import Testing

/// Speakers that are not people: a phrase, a relative pronoun, a time adverbial, a place or a
/// thing must never become a speaker; the pronoun or phrase that stands for a person resolves to
/// that person, or stays unresolved. Made-up sentences, one kind each, with variants.
@Suite struct NonPersonSpeakerTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func transcript(_ text: String, lang: String) -> Transcript {
        annotator.annotate(TestDocuments.make(text, lang: lang))
    }

    /// Every quotation's speaker name, direct and reported, in order.
    func allSpeakers(_ text: String, lang: String) -> [String?] {
        let transcript = transcript(text, lang: lang)
        return transcript.quotations.map { q in q.speakerID.flatMap { transcript.speaker(id: $0)?.name } }
    }

    /// `… la « légèreté » de l'entreprise et rappelé que …`: a verb after a coordinator shares the
    /// first verb's subject; `de l'entreprise et` is no speaker, and `Selon lui` is that subject.
    @Test func coordinatedVerbKeepsTheClauseSubject() {
        let text = "L'avocat de la partie civile, Me Hugo Ternier, a dénoncé la « légèreté » de l'entreprise et rappelé que les victimes attendaient depuis dix ans. Selon lui, le jugement « doit faire date »."
        let speakers = allSpeakers(text, lang: "fr")
        #expect(!speakers.isEmpty && speakers.allSatisfy { $0 == "Hugo Ternier" })
    }

    /// English variant: `praised the “…” of her client and said that …`, then `According to her`.
    @Test func coordinatedVerbKeepsTheClauseSubjectInEnglish() {
        let text = "The defence lawyer, Ms Ada Quill, praised the “honesty” of her client and said that he had repaid most of the money. According to her, prison “would ruin everything he has rebuilt”."
        let speakers = allSpeakers(text, lang: "en")
        #expect(!speakers.isEmpty && speakers.allSatisfy { $0 == "Ada Quill" })
    }

    /// `le rapport de X, selon lequel « … »`: the relative pronoun stands for the report, whose
    /// author speaks; `lequel` is never a speaker.
    @Test func accordingToWhichIsTheReportsAuthor() {
        let text = "Le député Marc Olivet a cité le rapport de la Fédération des meuniers, selon lequel « deux moulins sur trois » ont fermé en dix ans."
        #expect(TestDocuments.directSpeakerNames(transcript(text, lang: "fr")) == ["Fédération des meuniers"])
    }

    /// English variant: `a survey by X, according to which “…”`.
    @Test func accordingToWhichInEnglish() {
        let text = "The councillor quoted a survey by the Hill Paths Society, according to which “most paths are blocked” in winter."
        #expect(TestDocuments.directSpeakerNames(transcript(text, lang: "en")) == ["the Hill Paths Society"])
    }

    /// With no text or person before it, `selon laquelle` names no one: unresolved, not `laquelle`.
    @Test func accordingToWhichWithNoAuthorStaysUnresolved() {
        let text = "Le maire Paul Ardent a reçu les habitants. Une vieille rumeur circule, selon laquelle « le château serait hanté »."
        #expect(allSpeakers(text, lang: "fr").allSatisfy { $0 == nil })
    }

    /// `Last week X, who …, published …`: a sentence-opening word before a time noun is no name.
    @Test func timeAdverbialOpeningTheSentenceIsNoName() {
        let text = "Last week Petra Lindqvist, who runs a pottery studio, published a long post. “Nobody needs a second kiln,” she wrote."
        #expect(TestDocuments.directSpeakerNames(transcript(text, lang: "en")) == ["Petra Lindqvist"])
        let next = "Next month Petra Lindqvist opens a studio. “Nobody needs a second kiln,” she said."
        #expect(TestDocuments.directSpeakerNames(transcript(next, lang: "en")) == ["Petra Lindqvist"])
        let french = "Lundi dernier Paul Mérand a publié une tribune. « Nous ne céderons pas », écrit-il."
        #expect(TestDocuments.directSpeakerNames(transcript(french, lang: "fr")) == ["Paul Mérand"])
    }

    /// Near miss: a surname before a time word that is an adverb (`Pike yesterday described`) stays a name.
    @Test func nameBeforeAnAdverbOfTimeStaysAName() {
        let text = "Councillor Joan Pike spoke first. Pike yesterday described the plan as “reckless”."
        #expect(TestDocuments.directSpeakerNames(transcript(text, lang: "en")) == ["Joan Pike"])
    }

    /// `One baker near the junction of X Row and Y Street said`: the described person speaks,
    /// not the places in the complement (which register no speaker).
    @Test func describedSpeakerWithPlacesInItsComplement() {
        let text = "One baker near the junction of Fenwick Row and Tallow Street said the flood had spoiled her stock. “Everything is soaked,” she said."
        let transcript = transcript(text, lang: "en")
        #expect(transcript.speakers.map(\.name) == ["One baker"])
        #expect(TestDocuments.directSpeakerNames(transcript) == ["One baker"])
    }

    /// French variant: `Une fleuriste installée à l'angle de la rue Haute et de la rue Basse a raconté`.
    @Test func describedSpeakerWithPlacesInItsComplementInFrench() {
        let text = "Une fleuriste installée à l'angle de la rue Haute et de la rue Basse a raconté que l'eau était montée en une heure. « Tout est perdu », dit-elle."
        let transcript = transcript(text, lang: "fr")
        #expect(TestDocuments.directSpeakerNames(transcript) == ["Une fleuriste installée"])
        #expect(!transcript.speakers.contains { $0.name.contains("Basse") })
    }

    /// Near miss: a complement with no coordinator stays in the phrase (`A nurse at X General`).
    @Test func describedSpeakerWithASimpleComplementStaysWhole() {
        let text = "A porter at Wrenfield General said the wards had been “full since Friday”."
        #expect(TestDocuments.directSpeakerNames(transcript(text, lang: "en")) == ["A porter at Wrenfield General"])
    }

    /// `La lumière, …, rappelle le cinéma de la « … »`: a thing opened by a capitalised article
    /// (also a name particle) is no speaker, and `dit-elle` finds the film-maker.
    @Test func thingOpenedByACapitalisedArticleIsNoSpeaker() {
        let text = "La réalisatrice Anouk Ferrand présente son troisième film. La lumière, très douce, rappelle le cinéma de la « nouvelle vague » des années 1950, ce que la réalisatrice reconnaît volontiers. « Je suis une nostalgique, dit-elle en souriant. Mais j'aime aussi les couleurs. »"
        let transcript = transcript(text, lang: "fr")
        #expect(!transcript.speakers.contains { $0.name.hasPrefix("La lumière") })
        #expect(TestDocuments.directSpeakerNames(transcript).last == "Anouk Ferrand")
    }

    /// `He said he was “…”, adding that the council …`: a complementizer after the cue opens what
    /// was said; `that` is no inverted subject, and the quotation goes to the clause's subject.
    @Test func participleBeforeAComplementizerHasNoInvertedSubject() {
        let text = "Independent councillor Nora Lusk abstained. She said she was “not against parking, but against this car park”, adding that the council had “ignored the traders”."
        #expect(TestDocuments.directSpeakerNames(transcript(text, lang: "en")) == ["Nora Lusk", "Nora Lusk"])
        let french = "La conseillère Inès Morvan s'est abstenue. Elle a dit n'être « pas contre le parking », ajoutant que la mairie devait « tout revoir »."
        #expect(TestDocuments.directSpeakerNames(transcript(french, lang: "fr")) == ["Inès Morvan", "Inès Morvan"])
    }

    /// `X, named player of the day despite the result, described …`: a participle clause set off
    /// by commas leaves X the subject of the verb after it.
    @Test func participleClauseInAppositionLeavesTheSubject() {
        let text = "Ian Corrie scored late for the visitors. “We were brave,” said captain Leo Stamp. “I am proud.”\n\nCorrie, named player of the day despite the result, described the loss as “brutal”."
        #expect(TestDocuments.directSpeakerNames(transcript(text, lang: "en")).last == "Ian Corrie")
    }
}
