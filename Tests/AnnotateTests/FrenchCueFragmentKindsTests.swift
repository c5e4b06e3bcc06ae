import Annotate
import Model
import Testing

/// Kinds of French news sentence around cues and fragments: a spokesperson named after the verb,
/// inverted speech verbs, fragments after verbs of expressing, coordinated offences and `ce que`
/// objects. Each on a made-up sentence (no corpus text, no real names).
@Suite struct FrenchCueFragmentKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.map { q in (q.text, q.kind, q.speakerID.flatMap { transcript.speaker(id: $0)?.name }) }
    }

    /// A voice phrase right after the verb, before the fragment (`dénonce, par l'intermédiaire de
    /// son porte-parole X, « … »`): the spokesperson speaks, and the next pronoun goes to them.
    @Test func spokespersonAfterTheVerbSpeaks() {
        let text = """
        Le collectif Air pur dénonce, par l'intermédiaire de son porte-parole Bruno Lacaze, « un passage en force ». « Personne ne nous a consultés », ajoute-t-il.
        """
        let direct = quotations(text).filter { $0.kind == .direct }
        #expect(direct.map(\.speaker) == ["Bruno Lacaze", "Bruno Lacaze"])
        let english = quotations("The rowing club condemned, through its spokeswoman, Ada Quill, “a cowardly attack”.", lang: "en")
        #expect(english.filter { $0.kind == .direct }.map(\.speaker) == ["Ada Quill"])
    }

    /// Inverted speech verbs of defence, description and insistence (`a défendu`, `décrit`,
    /// `martèle`) are cues: the phrase after them speaks.
    @Test func invertedVerbsOfDefenceAndDescriptionAreCues() {
        let text = """
        Le chantier du pont a repris mardi. « Nous avons tenu compte de chaque remarque », a défendu la cheffe de projet, Solène Vautrin, sous les huées.

        « Un homme discret, mais têtu », décrit une ancienne collègue, Odette Brunel.

        « Rien n'est joué », martèle le capitaine, Loïc Pradier.
        """
        let found = quotations(text)
        #expect(found.map(\.kind) == [.direct, .direct, .direct])
        #expect(found.map(\.speaker) == ["Solène Vautrin", "Odette Brunel", "Loïc Pradier"])
    }

    /// Fragments after a verb of expressing (`a exprimé sa « … » et sa « … »`) are the subject's words.
    @Test func fragmentsAfterAVerbOfExpressingAreTheSubjectsWords() {
        let text = "Le patron du club, Gilles Armont, a exprimé sa « déception » et sa « vive inquiétude » après la défaite."
        let found = quotations(text)
        #expect(found.map(\.kind) == [.direct, .direct])
        #expect(found.map(\.speaker) == ["Gilles Armont", "Gilles Armont"])
    }

    /// A span coordinated right after an offence (`une enquête pour « … » et « … »`) names a second
    /// offence, a mention; a lowercase span coordinated with words said stays direct.
    @Test func coordinatedOffencesAreMentions() {
        let offences = quotations("La juge a ouvert une enquête pour « abus de confiance » et « recel aggravé en bande organisée ».")
        #expect(offences.map(\.kind) == [.mention, .mention])
        let verdicts = quotations("La maire, Anne Clavel, juge le projet « coûteux » et « mal pensé ».")
        #expect(verdicts.map(\.kind) == [.direct, .direct])
    }

    /// `ce qu'elle appelle une « … »`: `que` after a demonstrative opens the verb's object, no
    /// reported speech (never the invented `elle appelle une « … »`).
    @Test func demonstrativeQueOpensNoReportedSpeech() {
        let found = quotations("Marie Tessard dénonce ce qu'elle appelle une « trahison ».")
        #expect(!found.contains { $0.kind == .reported })
        let reported = quotations("Marie Tessard affirme qu'elle a subi une « trahison ».")
        #expect(reported.contains { $0.kind == .reported })
    }

    /// An inverted multi-word speech verb after the quotation (`», a fait valoir la ministre`,
    /// `», a tenu à préciser le maire`, `,” made clear the coach`): the phrase after the whole
    /// form is its subject.
    @Test func invertedMultiWordSpeechVerbTakesItsSubject() {
        let text = """
        La ministre de la Culture, Odile Varenne, a présenté le budget. « Personne ne paiera deux fois », a fait valoir la ministre en conférence de presse.

        Le maire, Hugo Lestrade, était présent. « Rien n'est décidé », a tenu à préciser le maire.
        """
        #expect(quotations(text).map(\.speaker) == ["Odile Varenne", "Hugo Lestrade"])
        let english = """
        Club news

        The coach, Ada Brenner, met the press. “Nobody is leaving this summer,” made clear the coach.
        """
        #expect(quotations(english, lang: "en").map(\.speaker) == ["Ada Brenner"])
    }
}
