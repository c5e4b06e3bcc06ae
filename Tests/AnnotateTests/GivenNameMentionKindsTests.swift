import Annotate
import Model
import Testing

/// Quoted spans that are a name given to someone or something (a nickname, a title, the name of a
/// plan, a group or a decree) rather than anyone's words, told apart by the naming words before
/// them or the verb right after them; and a promise's object, which stays the speaker's words.
/// Made-up sentences, with near-misses that stay speech.
@Suite struct GivenNameMentionKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    func kinds(_ text: String, lang: String = "en") -> [Quotation.Kind] { quotations(text, lang: lang).map(\.kind) }

    /// Kind 1: a span shaped like a name after a naming verb and its object is the name given.
    @Test func nameShapedSpanAfterANamingVerbIsANickname() {
        #expect(kinds("The neighbours call Tolland “Skipper.” He pretends to mind.") == [.mention])
        #expect(kinds("Buyers met in a private forum its founders called \"the Den\" and swapped tips.") == [.mention])
        #expect(kinds("Farmers, who fondly call the old bull \"Grandpa\", have signed a petition.") == [.mention])
        let called = quotations("Paul Roy, the mayor, called the plan \"a costly mistake\".")
        #expect(called.map(\.kind) == [.direct])
        #expect(called.first?.speaker == "Paul Roy")
    }

    /// Kind 2: an adverb of common use (`nicknameAdverbs`) with a naming verb or particle gives a
    /// name in common use, whatever its case.
    @Test func spanAfterANamingWordWithAnAdverbOfCommonUseIsAMention() {
        #expect(kinds("The relocation scheme has been dismissed locally as “the paper bridge”.") == [.mention])
        let described = quotations("Paul Roy, the mayor, described the scheme as “the paper bridge”.")
        #expect(described.map(\.kind) == [.direct])
        #expect(described.first?.speaker == "Paul Roy")
    }

    /// Kind 3: a capitalised span with no comma before the verb right after it is the verb's
    /// subject, a title; set off by a comma before the verb and its speaker, it is speech.
    @Test func capitalisedSubjectOfTheVerbAfterItIsATitle() {
        #expect(kinds("Plus loin, « La Nuit des mouettes » confirme une écriture très sûre.", lang: "fr") == [.mention])
        let said = quotations("« Nous restons ici », confirme Paul Roy.", lang: "fr")
        #expect(said.map(\.kind) == [.direct])
        #expect(said.first?.speaker == "Paul Roy")
    }

    /// Kind 4: `dit` after a noun that names no person, before a capitalised name, is `so-called`.
    @Test func capitalisedNameAfterSoCalledDitIsAMention() {
        #expect(kinds("Depuis mars, le décret dit « Terres propres » interdit plusieurs engrais.", lang: "fr") == [.mention])
        let said = quotations("Anne Roy dit « Nous verrons bien demain ».", lang: "fr")
        #expect(said.map(\.kind) == [.direct])
        #expect(said.first?.speaker == "Anne Roy")
    }

    /// Kind 5: a capitalised span right after a noun of plans (`schemeNouns`) is the plan's name;
    /// after a noun of documents, its title though it asks a question.
    @Test func titleAfterANounOfPlansOrDocumentsIsAMention() {
        #expect(kinds("La ministre a présenté mercredi son plan « Soigner partout », qui prévoit dix centres.", lang: "fr") == [.mention])
        #expect(kinds("Le maire invite les habitants à consulter le guide « Que faire en cas d'inondation ? », disponible en mairie.", lang: "fr") == [.mention])
    }

    /// Kind 5b: a span right before a pledge (`labelNouns`) is the pledge's name.
    @Test func nameBeforeAPledgeIsAMention() {
        #expect(kinds("Rita Lane, a teacher and first-time candidate, has made her \"No New Towers\" pledge the centre of her campaign.") == [.mention])
    }

    /// Kind 6: a capitalised span set off by commas after a noun of organisations (and its
    /// complement) is the organisation's name.
    @Test func nameInAppositionAfterAnOrganisationNounIsAMention() {
        #expect(kinds("Une association de riverains, « Vallée en colère », réclame une digue depuis dix ans.", lang: "fr") == [.mention])
    }

    /// Kind 7: words on a carrier named in the sentence's opening prepositional phrase are a slogan.
    @Test func sloganOnACarrierInAnOpeningPhraseIsAMention() {
        #expect(kinds("Sur les banderoles des manifestants, accrochées aux grilles de la mairie, on pouvait lire « Chauffeurs épuisés, parents inquiets ».", lang: "fr") == [.mention])
    }

    /// Kind 9: a present naming verb's name keeps a period that closes the sentence around it.
    @Test func presentNamingVerbsNameWithTheSentencesPeriodIsAMention() {
        #expect(kinds("The judges score each bid on speed, poise and what the rulebook calls “clean finish.”") == [.mention])
    }

    /// Kind 10: a title-cased span right after a noun and its determiner is a name in apposition,
    /// though a cue follows it.
    @Test func titleCasedNameAfterANounIsAMentionThoughACueFollows() {
        #expect(kinds("Police arrested nine people over a ring that fixed matches of the online game \"Harbour Raiders\", investigators said.") == [.mention])
    }

    /// Kind 11: a definite noun phrase of no person and a relative pronoun after a span's comma define the term.
    @Test func termDefinedByARelativeClauseAfterItIsAMention() {
        #expect(kinds("Le syndicat affirme que les dons seront versés à la « caisse commune », le fonds solidaire qui aide les grévistes.", lang: "fr") == [.mention])
    }

    /// Kind 12: one lowercase word right after a speech verb's object qualifies it in the
    /// speaker's words; after a noun of words (`mot`), it is the word mentioned.
    @Test func wordQualifyingASpeechVerbsObjectIsSpeech() {
        let back = quotations("La compagnie Ferval annonce un retour « progressif » du service, ligne par ligne.", lang: "fr")
        #expect(back.map(\.kind) == [.direct])
        #expect(back.first?.speaker == "Ferval")
        #expect(kinds("Le maire, Paul Roy, répète le mot « courage » à chaque réunion.", lang: "fr") == [.mention])
    }

    /// Kind 13: a speech form ending in a preposition (`appelle à`, `call for`) with only a
    /// determiner before the span is speech; with a noun between, the span names what is called for.
    @Test func spanAfterACallForAndADeterminerIsSpeech() {
        let care = quotations("Face aux risques, le syndicat des chirurgiens appelle à la « prudence » et rappelle que la technique reste récente.", lang: "fr")
        #expect(care.first?.kind == .direct)
        #expect(care.first?.speaker == "le syndicat des chirurgiens")
        #expect(kinds("Le syndicat appelle à une journée « usine morte » jeudi.", lang: "fr") == [.mention])
    }

    /// Kind 8: what a speaker promises, after its determiner, is the speaker's words (not a thing
    /// provided, as with `lance`).
    @Test func objectOfAPromiseIsTheSpeakersWords() {
        let promised = quotations("La mairie promet une « animation de substitution », avec des concerts.", lang: "fr")
        #expect(promised.map(\.kind) == [.direct])
        #expect(promised.first?.speaker == "La mairie")
    }
}
