import Annotate
import Model
import Testing

/// A name that can be no speaker (a paper the text quotes from or speaks to, a time opening a
/// sentence, a capital that only opens a sentence) is never made one by a rule, by a pronoun or
/// by carry-over; the next candidate is taken, or no one. Hand-written texts, not from the gold
/// corpus.
@Suite struct NoSpeakerNameKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    /// The speaker of the quotation that holds `fragment` in `text` (nil when unattributed).
    func speaker(of fragment: String, in text: String, lang: String) -> String? {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return TestDocuments.quotationsWithSpeakers(transcript).first { $0.text.contains(fragment) }?.speaker
    }

    // MARK: A paper (`X Courier`, `The X Chronicle`)

    /// Obituary: a paper's report of a speech (`According to the Courier’s report, it ended: …`)
    /// quotes the speaker, not the paper.
    @Test func aSpeechQuotedFromAPapersReportIsTheSpeakers() {
        let text = """
        Owen Pascoe ran the Treloar ferry for forty years.

        In a 2011 interview with the Treloar Courier, Pascoe was characteristically modest. “It is a boat and a river,” he said.

        At his farewell party he gave a speech that lasted under a minute. According to the Courier’s report, it ended: “Thank you all. Mind the step.”
        """
        #expect(speaker(of: "Mind the step", in: text, lang: "en") == "Owen Pascoe")
    }

    /// University news: a paper that holds a copy of a report speaks not; `she` is the judge.
    @Test func sheAfterAPaperHoldingAReportIsTheJudge() {
        let text = """
        The thesis was examined after a complaint in March. According to the report, a copy of which is with The Kelso Chronicle, most of the text matched earlier works.

        The committee was headed by Justice Anna Kaul. Speaking to reporters on Thursday, she said the panel had examined "every single page, line by line".
        """
        #expect(speaker(of: "every single page", in: text, lang: "en") == "Anna Kaul")
    }

    // MARK: A time, a capital that only opens a sentence

    /// Blog: a time opening the sentence (`Last Thursday the town …`) is no subject who speaks.
    @Test func aTimeOpeningTheSentenceIsNoSpeaker() {
        let text = "Last Thursday the town council of Brackwell passed a by-law requiring every smoker to keep a clearance from \"any occupied building.\""
        #expect(speaker(of: "occupied building", in: text, lang: "en") == nil)
    }

    /// French blog: `Seule consolation : …` (the word also written `la seule`) is no speaker.
    @Test func aCapitalThatOnlyOpensASentenceIsNoSpeaker() {
        let text = "Il y a trois ans, la commune a transformé ses cabines en boîtes à livres. Je ne suis pas la seule à râler. Seule consolation : un petit mot laissé par un enfant, « merci pour le livre des dinosaures »."
        #expect(speaker(of: "dinosaures", in: text, lang: "fr") == nil)
    }

    /// The same capital asked about again and again in one document (a rule's bare mention in
    /// each paragraph, the carry-over past it): the answer, found once per name and document,
    /// stays the same; the capital never speaks.
    @Test func aCapitalThatOnlyOpensASentenceStaysNoSpeakerWhenAskedAgain() {
        let text = """
        Il y a trois ans, la commune a transformé ses cabines en boîtes à livres. Je ne suis pas la seule à râler. Seule consolation : un petit mot laissé par un enfant, « merci pour le livre des dinosaures ».

        Paul Varin, le bibliothécaire, a souri : « On fait ce qu'on peut. » Seule consolation : une carte postale, « merci pour les bandes dessinées ».

        Seule consolation : un dessin glissé entre deux romans, « merci pour tout ».
        """
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "fr"))
        let speakers = TestDocuments.quotationsWithSpeakers(transcript).map(\.speaker)
        #expect(speakers.count == 4)
        #expect(!speakers.contains("Seule"))
        #expect(speaker(of: "dinosaures", in: text, lang: "fr") == nil)
        #expect(speaker(of: "merci pour tout", in: text, lang: "fr") == nil)
    }

    // MARK: Near misses: descriptions and groups that speak stay theirs

    /// A capital opening a description of people (`Mussel pickers at …`) keeps them speaking.
    @Test func aDescriptionOpenedByACapitalStillSpeaks() {
        let text = "Mussel pickers at Dunmore Strand have warned that a cap on licences will \"finish off\" the fishery. Mussel prices fell in May, and a mussel farm closed."
        #expect(speaker(of: "finish off", in: text, lang: "en") != nil)
    }

    /// A guild is a group, not a paper: it speaks.
    @Test func aGuildStillSpeaks() {
        let text = "The Tarrow Weavers’ Guild said the new rules were \"a disaster for small workshops\"."
        #expect(speaker(of: "small workshops", in: text, lang: "en") == "Tarrow Weavers’ Guild")
    }

    /// Staff of a department (`Officials of the X Department`) stand for the department.
    @Test func officialsOfADepartmentAreTheDepartment() {
        let text = "Officials of the Roads Department, which runs the scheme, attributed the delay to \"revised drawings\"."
        #expect(speaker(of: "revised drawings", in: text, lang: "en") == "Roads Department")
    }

    /// A surname that is also a common noun, written only at sentence heads and in lowercase
    /// elsewhere, speaks when a speech verb makes it speak (`Marsh, who farms 300 acres, said: …`).
    @Test func aSurnameThatIsACommonNounStillSpeaksWithASpeechVerb() {
        let text = """
        Farmers near the village say the detour adds an hour to every trip. Marsh, who farms 300 acres on the far side of the line, said: "It is madness." The marsh floods every winter.
        """
        #expect(speaker(of: "It is madness", in: text, lang: "en") == "Marsh")
    }
}
