import Annotate
import Model
import Testing

/// Who is the subject of a sentence that holds a quotation, when the last speaker or an
/// organisation met in a prepositional phrase would otherwise take it: the clause's subject
/// whatever the verb, a relative pronoun's antecedent, a pronoun after an organisation subject,
/// a person after opening phrases that name a station or a programme, an inverted subject after
/// an inserted adverbial, `Asked by X …, she replied`, a name quoted before a fragment, and a
/// quotation after a colon that follows a fragment. One test per kind, each on made-up
/// sentences (invented names and wording).
@Suite struct SentenceSubjectKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "fr") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    func kinds(_ text: String, lang: String = "fr") -> [Quotation.Kind] {
        annotator.annotate(TestDocuments.make(text, lang: lang)).quotations.map(\.kind)
    }

    /// The sentence before every text: someone quoted last, who must not carry over.
    let frenchOpening = "Le maire Paul Vernet a ouvert la séance. « Nous tiendrons le cap », a-t-il dit.\n\n"
    let englishOpening = "Mayor Paul Vernon opened the meeting. \"We will hold firm,\" he said.\n\n"

    /// Kind 1: a fragment with no speaker of its own belongs to its clause's subject, whatever
    /// the verb (`a chiffré`), past a relative clause set off by commas; a thing as subject
    /// (`La hausse des prix`) does not speak.
    @Test func clauseSubjectOwnsTheFragment() {
        let text = frenchOpening + "La coopérative des Maraîchers du Lac, qui regroupe 60 exploitants, a chiffré les dégâts à « près de la moitié des serres »."
        #expect(speakers(text) == ["Paul Vernet", "La coopérative des Maraîchers du Lac"])
        // Near miss: a name met later in the subject's complement is no subject.
        let budget = frenchOpening + "Le budget voté par Anne Roy prévoit « une baisse nette des dépenses publiques »."
        #expect(speakers(budget).last != "Anne Roy")
    }

    /// Kind 2: a relative pronoun subject of a verb of saying stands for its antecedent, even
    /// the object of a preposition (`à la commission de médiation, qui`, `to the pensions office, which`).
    @Test func relativePronounIsItsAntecedent() {
        let french = frenchOpening + "Elle a écrit à la commission de médiation, qui lui a répondu que sa demande était « en cours de traitement »."
        #expect(speakers(french) == ["Paul Vernet", "la commission de médiation"])
        let english = englishOpening + "She wrote to the pensions office, which replied that her claim was \"being processed\"."
        #expect(speakers(english, lang: "en") == ["Paul Vernon", "the pensions office"])
    }

    /// Kind 3: a pronoun opening the sentence right after one whose subject is an organisation,
    /// and agreeing with it (`La société … Elle`), stands for the organisation, not the last
    /// person quoted; a pronoun two sentences on does not.
    @Test func pronounAfterAnOrganisationSubject() {
        let text = """
        La société Kelvra Systems fabrique des capteurs. « Le marché est porteur », a estimé l'analyste Marie Dulac.

        La société, qui compte 30 salariés, a levé 12 millions d'euros. Elle assure que les capteurs seront « fabriqués en Bretagne ».
        """
        #expect(speakers(text) == ["Marie Dulac", "Kelvra Systems"])
    }

    /// Kind 4: after opening phrases that name a station and a programme (`Sur Radio Plaine, dans
    /// « La Matinale »,`), the subject is the person named next, and the next sentence's `Il` is
    /// theirs; the programme's title is a mention.
    @Test func personAfterOpeningPhrases() {
        let text = frenchOpening + "Sur Radio Plaine, dans « La Matinale », Luc Berthier, président de la Chambre des artisans, a parlé des loyers. Il a jugé « absurde » de geler les aides. « Nous perdons des ateliers chaque mois. »"
        #expect(speakers(text) == ["Paul Vernet", "Luc Berthier", "Luc Berthier"])
        #expect(kinds(text) == [.direct, .mention, .direct, .direct])
    }

    /// Kind 5: an inverted subject after an adverbial set off by commas (`a dit, en rangeant ses
    /// notes, Jeanne Morel`, `said, after a long pause, the coach`).
    @Test func invertedSubjectAfterAnInsertedAdverbial() {
        let french = frenchOpening + "« Ce n'est pas un budget dont on peut rougir », a résumé, en rangeant ses notes, Jeanne Morel."
        #expect(speakers(french) == ["Paul Vernet", "Jeanne Morel"])
        let english = englishOpening + "\"We were not good enough,\" said, after a long pause, the coach."
        #expect(speakers(english, lang: "en") == ["Paul Vernon", "the coach"])
    }

    /// Kind 6: the agent of an opening `Asked by X …,` is not the subject of the pronoun after it.
    @Test func agentOfAnOpeningParticipleIsNoSubject() {
        let text = """
        The witness, Carol Benning, is a former clerk. The defence lawyer, Mr Hollis, questioned her at length.

        Asked by Mr Hollis who "she" was, she replied: "My sister. It was always my sister."
        """
        #expect(speakers(text, lang: "en") == ["Carol Benning"])
    }

    /// Kind 7: a name quoted in a phrase (`the "Fresh Start" range`) is a mention, and the
    /// fragment after it still has the verb of saying before it for cue.
    @Test func nameQuotedBeforeAFragment() {
        let text = """
        Brinton Foods reported sales of 2 billion dollars. Chief executive Ola Marsk was upbeat.

        Marsk told investors on a call that the "Fresh Start" range had "exceeded every target we set".
        """
        #expect(kinds(text, lang: "en") == [.mention, .direct])
        #expect(speakers(text, lang: "en") == ["Ola Marsk"])
    }

    /// Kind 8: full sentences after a colon that follows a fragment are direct speech, the
    /// fragment's speaker's.
    @Test func quotationAfterAColonAfterAFragment() {
        let text = frenchOpening + "Un commerçant, lui, se dit « inquiet, mais pas abattu » : « Les clients ne viennent plus. On attend l'été. »"
        #expect(kinds(text) == [.direct, .direct, .direct])
        #expect(speakers(text) == ["Paul Vernet", "Un commerçant", "Un commerçant"])
    }
}
