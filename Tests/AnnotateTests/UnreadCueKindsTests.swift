import Annotate
import Model
import Testing

/// Kinds of sentence whose cue names the speaker in a way the lexicons do not list, so that the
/// words were carried over to the last speaker: an inverted verb of saying the lexicon lacks,
/// after an auxiliary or before a described person. Each on a made-up sentence (no corpus text,
/// no real names).
@Suite struct UnreadCueKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func direct(_ text: String, lang: String = "fr") -> [(text: String, speaker: String?)] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in (q.text, q.speakerID.flatMap { transcript.speaker(id: $0)?.name }) }
    }

    /// `« … », l'a coupé la présidente, Anne Roy.`: an auxiliary and a past participle the
    /// lexicon lacks, inverted after the quotation, are a cue; the name after them speaks.
    @Test func unknownParticipleAfterAnAuxiliaryIsACue() {
        let text = """
        « Je croyais que le hangar était vide », a expliqué le prévenu, Marc Duval. « Vide ? Il servait de dépôt à trois fermes », l'a coupé la présidente, Odile Verrier.
        """
        #expect(direct(text).map(\.speaker) == ["Marc Duval", "Odile Verrier"])
    }

    /// `« … », a tranché la présidente` after a named one: the described person after an
    /// unknown inverted verb speaks, not the last speaker.
    @Test func unknownInvertedVerbBeforeADescribedPersonIsACue() {
        let text = """
        La présidente du tribunal, Odile Verrier, a ouvert l'audience. « Je n'ai rien vu de la nuit », a assuré le gardien, Marc Duval. « Vous dormiez donc à votre poste de garde », a rembarré la présidente.
        """
        #expect(direct(text).map(\.speaker) == ["Marc Duval", "Odile Verrier"])
    }

    /// `"…," beamed the 52-year-old` in English: an unknown inverted verb before a person
    /// described by an age is a cue; a thing after it (`", ran the headline`) is none.
    @Test func unknownInvertedVerbBeforeAnAgeIsACueInEnglish() {
        let text = """
        Tom Harker, 52, has kept the lighthouse for twenty years. "I expect the gulls will miss me more than the council," Jane Ostler, a neighbour, said. "The gulls never paid my wages either," beamed the 52-year-old.
        """
        #expect(direct(text, lang: "en").map(\.speaker) == ["Jane Ostler", "Tom Harker"])
    }

    /// `Le poissonnier, lui, hausse les épaules : « … »` after another speaker's quotation in
    /// the same paragraph: a definite noun for people (``Lexicon/speakerNouns``) set off by a
    /// stressed pronoun is the subject that speaks after the colon, whatever the verb.
    @Test func nounForPeopleBeforeAGestureAndAColonSpeaks() {
        let text = """
        Le marché change de jour.

        Mme Aubrac ne viendra pas : « C'est mon jour de livraison. » Le poissonnier, lui, hausse les épaules : « On nous a prévenus par lettre. Rien de plus. »
        """
        #expect(direct(text).map(\.speaker) == ["Aubrac", "Le poissonnier"])
    }

    /// An adverb after the quotation is no verb (`« … », notamment le trésorier`, `"…," especially
    /// the treasurer`; the session-22 review): the person after it is not made the speaker.
    @Test func anAdverbAfterTheQuotationIsNoUnknownVerb() {
        for (text, lang) in [
            ("Marc Duval a lancé la collecte. « Tout le monde a donné un peu de son temps », notamment le trésorier.", "fr"),
            ("Marc Duval a lancé la collecte. « Tout le monde a donné un peu de son temps », surtout la trésorière.", "fr"),
            ("Tom Harker started the collection. \"Everyone gave a bit of their time,\" especially the treasurer.", "en"),
        ] {
            #expect(direct(text, lang: lang).first?.speaker.map { $0.lowercased().contains("trésori") || $0.contains("treasurer") } != true, "\(text)")
        }
    }

    /// A verb of performing a work after the quotation takes its title, no words said (`«
    /// Les Oiseaux de passage », joue une comédienne`, `"Swan Lake at the Pier," choreographed
    /// the 34-year-old`; the session-22 tester's regression, lexicon key `performanceVerbs`).
    @Test func aVerbOfPerformingAWorkIsNoUnknownVerb() {
        for (text, lang) in [
            ("Le festival ouvre vendredi. « Les Oiseaux de passage », joue une comédienne de la troupe.", "fr"),
            ("The festival opens on Friday. \"Swan Lake at the Pier,\" choreographed the 34-year-old.", "en"),
        ] {
            let said = direct(text, lang: lang)
            #expect(said.allSatisfy { $0.speaker == nil }, "\(text): \(said)")
        }
    }

    /// `Cllr Hale shot back: "…"`: a phrasal verb of retorting (`shot back`, `fired back`) is a
    /// speech verb; the name before it speaks, never a speaker called `Hale shot back`.
    @Test func phrasalVerbOfRetortingIsACue() {
        let text = """
        Councillor Bryn Hale opposed the plan. "It is a mistake," he said.

        The leader, Cllr Ruth Dacre, said the money had gone. Cllr Hale shot back: "Then find it." Later Ms Dacre fired back: "We looked."
        """
        #expect(direct(text, lang: "en").map(\.speaker) == ["Bryn Hale", "Bryn Hale", "Ruth Dacre"])
    }
}
