import Annotate
import Foundation
import Model
import Testing

/// One test per kind of sentence the attribution rules handle (DESIGN.md, "Attribution").
@Suite struct AttributionTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func only(_ text: String, lang: String = "fr") throws -> (Transcript, Quotation) {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        let direct = transcript.quotations.filter { $0.kind == .direct }
        #expect(direct.count == 1)
        return (transcript, try #require(direct.first))
    }

    @Test func englishCueAfterWithNamedSubject() throws {
        let (_, quote) = try only(#""The plan is sound and it is funded," John Smith told reporters."#, lang: "en")
        #expect(quote.speakerID == "john-smith")
        #expect(quote.attribution.rule == "cue-after")
        #expect(quote.attribution.cue == "told")
        #expect(quote.attribution.mention == "John Smith")
    }

    @Test func englishInvertedCueWithApposition() throws {
        let (transcript, quote) = try only(#""It works better than we hoped," said Dr Jane Doe, the chief scientist."#, lang: "en")
        #expect(quote.speakerID == "jane-doe")
        #expect(quote.attribution.cue == "said")
        let speaker = try #require(transcript.speakers.first)
        #expect(speaker.name == "Jane Doe")
        #expect(speaker.role == "the chief scientist")
        #expect(speaker.aliases == ["Dr Jane Doe", "the chief scientist"])
    }

    @Test func englishPronounCueAfterResolvesToTheLastSpeaker() throws {
        let text = #"Mrs Ann Lee opened the meeting. "We will rebuild the bridge this year," she said."#
        let (_, quote) = try only(text, lang: "en")
        #expect(quote.speakerID == "ann-lee")
        #expect(quote.attribution.mention == "she")
        #expect(quote.attribution.rule == "cue-after")
    }

    @Test func colonBeforeWithSpeechVerb() throws {
        let (_, quote) = try only("M. Pierre Lemaire a déclaré : « Nous ouvrirons les négociations dès lundi. »")
        #expect(quote.speakerID == "pierre-lemaire")
        #expect(quote.attribution.rule == "colon-before")
        #expect(quote.attribution.cue == "déclaré")
        #expect(quote.attribution.mention == "M. Pierre Lemaire")
    }

    @Test func participleGoesToTheSubjectOfTheSentence() throws {
        let (_, quote) = try only("Marie Curie a présenté ses résultats à l'Académie, ajoutant : « La science avance lentement mais sûrement. »")
        #expect(quote.speakerID == "marie-curie")
        #expect(quote.attribution.rule == "participle")
        #expect(quote.attribution.cue == "ajoutant")
    }

    @Test func fragmentAfterASpeechVerbIsDirect() throws {
        let (_, quote) = try only("Le ministre Paul Durand a promis de « sécuriser les paiements ».")
        #expect(quote.text == "sécuriser les paiements")
        #expect(quote.speakerID == "paul-durand")
        #expect(quote.attribution.rule == "cue-before")
    }

    @Test func pronounInAnotherSentenceResolvesByGender() throws {
        let text = "M. Louis Bernard et Mme Claire Martin ont présenté le budget. Mme Claire Martin a parlé en dernier. « Nous tiendrons les délais », a-t-elle assuré."
        let (_, quote) = try only(text)
        #expect(quote.speakerID == "claire-martin")
        #expect(quote.attribution.mention == "elle")
    }

    @Test func rolePhraseWithDemonymResolvesToTheNamedPerson() throws {
        let text = "M. Pedro Alves, Président du Portugal, a rencontré la presse. Le Président portugais a déclaré : « Nous sommes prêts à coopérer avec tous nos voisins. »"
        let (transcript, quote) = try only(text)
        #expect(quote.speakerID == "pedro-alves")
        #expect(quote.attribution.mention == "Le Président portugais")
        let speaker = try #require(transcript.speakers.first)
        #expect(speaker.role == "Président du Portugal")
        #expect(speaker.aliases.contains("Le Président portugais"))
    }

    @Test func selonAndAccordingTo() throws {
        let (_, french) = try only("Selon Jean Dupont, « les chiffres sont définitifs et ne changeront pas ».")
        #expect(french.speakerID == "jean-dupont")
        #expect(french.attribution.rule == "according-to")
        let (_, english) = try only(#"According to the ministry, "the figures are final and will not change.""#, lang: "en")
        #expect(english.speakerID == "the-ministry")
        #expect(english.attribution.cue == "According to")
    }

    @Test func blockQuotationsAfterSaidColon() throws {
        let text = "Mary Jones, Head of Policy at the Trust, said:\n\n> The first results are encouraging.\n\n> We will publish the full data next month."
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "en"))
        #expect(transcript.quotations.map(\.text) == ["The first results are encouraging.", "We will publish the full data next month."])
        #expect(transcript.quotations.map(\.speakerID) == ["mary-jones", "mary-jones"])
        #expect(transcript.quotations.map(\.attribution.rule) == ["blockquote", "blockquote"])
        #expect(transcript.speakers.first?.role == "Head of Policy at the Trust")
    }

    @Test func continuationWithoutAttributionCarriesOver() throws {
        let text = "« Nous avons tout essayé pour sauver l'usine », a expliqué Luc Moreau.\n\n« Maintenant il faut penser aux salariés et à leurs familles. »"
        let transcript = annotator.annotate(TestDocuments.make(text))
        #expect(transcript.quotations.map(\.speakerID) == ["luc-moreau", "luc-moreau"])
        #expect(transcript.quotations.map(\.attribution.rule) == ["cue-after", "carry-over"])
        #expect(transcript.quotations[1].attribution.confidence == 0.5)
    }

    @Test func scareQuotesTitlesAndTermsAreMentions() {
        let text = """
        Ces produits servaient de « mules » pour le trafic.

        The campaign, called "Clean Air Now", starts today.
        """
        let transcript = annotator.annotate(TestDocuments.make(text))
        #expect(transcript.quotations.map(\.text) == ["mules", "Clean Air Now"])
        #expect(transcript.quotations.map(\.kind) == [.mention, .mention])
        #expect(transcript.quotations.allSatisfy { $0.speakerID == nil && $0.attribution == .none })
        #expect(transcript.speakers.isEmpty)
    }

    @Test func organisationSubjectAfterVerb() throws {
        let (transcript, quote) = try only("« Les salaires doivent suivre l'inflation », estime le syndicat SUD-PTT.")
        #expect(quote.speakerID == "sud-ptt")
        #expect(transcript.speakers.first?.aliases == ["le syndicat SUD-PTT"])
    }

    @Test func colonWithoutVerbGoesToTheAuthorOfASpeechNoun() throws {
        let (_, quote) = try only("Un communiqué de la Fédération nationale apporte une précision : « Les prix baisseront dès l'automne prochain. »")
        #expect(quote.speakerID == "la-federation-nationale")
        #expect(quote.attribution.rule == "colon-before")
        #expect(quote.attribution.mention == "la Fédération nationale")
    }

    @Test func relayedStatementBelongsToItsAuthor() throws {
        let text = "Sam Ortiz shared Maria Lopez's statement on his site:\n\n> We stand with the workers of the harbour."
        let (_, quote) = try only(text, lang: "en")
        #expect(quote.speakerID == "maria-lopez")
        #expect(quote.attribution.rule == "blockquote")
        #expect(quote.attribution.cue == "shared")
    }

    @Test func paragraphOpeningWithAQuotationAfterSaysColon() throws {
        let text = "At the Herald, Joan Park says:\n\n“The harbour will reopen in May, as planned by the council.”"
        let (_, quote) = try only(text, lang: "en")
        #expect(quote.speakerID == "joan-park")
        #expect(quote.attribution.rule == "colon-before")
        #expect(quote.attribution.cue == "says")
    }

    @Test func shortSpanClosingAReportedClauseIsDirect() throws {
        let text = "Certains élus estiment que la réforme est une « usine à gaz ». La loi dite « Sur le numérique » entre en vigueur."
        let all = annotator.annotate(TestDocuments.make(text)).quotations
        // The clause itself is reported speech holding the direct fragment.
        #expect(all.first?.kind == .reported)
        let quotations = all.filter { $0.kind != .reported }
        #expect(quotations.map(\.text) == ["usine à gaz", "Sur le numérique"])
        #expect(quotations.map(\.kind) == [.direct, .mention])
        #expect(quotations[0].speakerID == "certains-elus")
        #expect(quotations[0].attribution.cue == "estiment")
    }

    @Test func introductionUsesTheMainClauseVerb() throws {
        let text = "Ken Adams, a local blogger, pointed out that the plan was a well thought scheme:\n\n> Nobody asked the people who live by the river."
        let (transcript, quote) = try only(text, lang: "en")
        #expect(quote.speakerID == "ken-adams")
        #expect(quote.attribution.cue == "pointed")
        #expect(transcript.speakers.first?.role == "a local blogger")
    }

    @Test func coordinatedFragmentsShareTheSpeakerUnlessNegated() {
        let text = "Louise Arnaud déplora un texte « truffé d'erreurs » et manquant « de clarté ». Elle voulait dire « petite erreur », et non « grosse faute »."
        let transcript = annotator.annotate(TestDocuments.make(text))
        #expect(transcript.quotations.map(\.text) == ["truffé d'erreurs", "de clarté", "petite erreur", "grosse faute"])
        #expect(transcript.quotations.map(\.kind) == [.direct, .direct, .direct, .mention])
        #expect(transcript.quotations.map(\.speakerID) == ["louise-arnaud", "louise-arnaud", "louise-arnaud", nil])
        #expect(transcript.quotations[1].attribution.rule == "carry-over")
    }

    @Test func aQuotedClauseIsSpeechAndATitleIsNot() {
        let text = #"Il renchérit que Marie Dubois « est une candidate sérieuse ». The quiz, "How Are You", is online."#
        let transcript = annotator.annotate(TestDocuments.make(text))
        #expect(transcript.quotations.map(\.kind) == [.reported, .direct, .mention])
    }

    @Test func possessiveSpeechNounBeforeAShortSpan() throws {
        let text = "As the head of the agency Paul Grant has said today, this was, in his words, a “quiet revolution” for the region."
        let (_, quote) = try only(text, lang: "en")
        #expect(quote.text == "quiet revolution")
        #expect(quote.speakerID == "paul-grant")
        #expect(quote.attribution.cue == "words")
        #expect(quote.attribution.mention == "his")
    }
}
