import Annotate
import Model
import Testing

/// Kinds of sentence where a verb of saying was found but no rule reached its unnamed speaker:
/// a subject described by a definite article and a restrictive relative clause, and the phrase
/// before `pour qui` / `for whom`, a plural noun with a person ending and nouns for persons the
/// lexicons lacked. Each on a made-up sentence (no corpus text, no real names).
@Suite struct UnnamedSubjectClauseKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func direct(_ text: String, lang: String = "fr") -> [(text: String, speaker: String?)] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in (q.text, q.speakerID.flatMap { transcript.speaker(id: $0)?.name }) }
    }

    /// `The woman who found the dog said: "…"`, `Les jeunes ingénieurs qui viennent ici me disent
    /// « … »`: a definite article, a person noun and a restrictive relative clause (no comma) up
    /// to the verb are the subject, kept with the clause that tells which one.
    @Test func definiteDescriptionWithARestrictiveClauseSpeaks() {
        for (text, lang, speaker) in [
            ("The rescue took most of the night. The woman who found the seal pup said: \"I thought it was a bin bag at first.\"", "en",
             "The woman who found the seal pup"),
            ("La digue a cédé vers minuit. La voisine qui a vu la scène a déclaré : « J'ai entendu un grondement, puis plus rien. »", "fr",
             "La voisine qui a vu la scène"),
            ("Les pannes reviennent chaque hiver. Les techniciens qui passent ici avec leurs mallettes me disent « il faudrait tout changer ».", "fr",
             "Les techniciens qui passent ici avec leurs mallettes"),
        ] {
            #expect(direct(text, lang: lang).map(\.speaker) == [speaker], "\(text)")
        }
    }

    /// `Ce que conteste le gestionnaire du réseau, pour qui l'équipement « … »`, `Une offre
    /// qu'a refusée l'exploitant, pour qui « … »`: the person relative after the preposition
    /// stands for the phrase before the comma, whose view the words give.
    @Test func thePhraseBeforePourQuiSpeaks() {
        for (text, lang, speaker) in [
            ("Le collectif Rails d'Argent dénonce des « retards chroniques ». Ce que conteste le gestionnaire du réseau, pour qui la ligne « reste sûre et entretenue ».",
             "fr", "le gestionnaire du réseau"),
            ("Une offre de médiation qu'a refusée l'exploitant, pour qui « le dossier est clos depuis longtemps ».", "fr", "l'exploitant"),
            ("The station manager, for whom the figures were \"simply wrong\", left before the vote.", "en", "The station manager"),
        ] {
            #expect(direct(text, lang: lang).last?.speaker == speaker, "\(text): \(direct(text, lang: lang))")
        }
    }

    /// `Le prix, pour qui « … »` reads no thing as a speaker, and `Le document, selon lequel
    /// « … »` no text's words as the text's own speaker's: only a relative for persons after the
    /// preposition, and a phrase that can name a speaker, take the words.
    @Test func aThingBeforePourQuiOrSelonLequelSpeaksNot() {
        for text in [
            "Le tarif du parking, pour qui « rien ne change », reste élevé.",
            "Le projet, selon lequel « tout ira bien », a été présenté lundi.",
            // A relative clause with its own subject says what that subject did.
            "Marc Roy a longtemps été le chauffeur du directeur de l'usine, pour qui il conduisait « jour et nuit ».",
        ] {
            #expect(direct(text).count == 1, "\(text): \(direct(text))")
            #expect(direct(text).allSatisfy { $0.speaker == nil }, "\(text): \(direct(text))")
        }
    }

    /// A noun with a person ending is a person noun in the plural too (`prévisionnistes`,
    /// `beekeepers`, `Sprecherinnen`), not only in the singular; a thing's plural stays none.
    @Test func aPersonEndingCountsInThePlural() throws {
        let set = try LexiconSet.bundled()
        let fr = set.lexicon(for: "fr"), en = set.lexicon(for: "en"), de = set.lexicon(for: "de")
        #expect(fr.isPersonNoun("prévisionnistes") && fr.isPersonNoun("chanteuses") && !fr.isPersonNoun("listes"))
        #expect(en.isPersonNoun("beekeepers") && en.isPersonNoun("hydrologists") && !en.isPersonNoun("lists"))
        #expect(de.isPersonNoun("pressesprecherinnen") && !de.isPersonNoun("listen"))
    }

    /// `Les prévisionnistes annoncent un vent “…”`, `Le conjoint m'a appelée en criant : « … »`,
    /// `A picker who worked the night shift said: "…"`: the plural of a person ending, and
    /// nouns for persons the lexicons lacked (`conjoint`, `picker`), name the speaker.
    @Test func personNounsTheLexiconsLackedSpeak() {
        for (text, lang, speaker) in [
            ("Bonjour à tous. Les prévisionnistes annoncent un vent “faible et irrégulier” cet après-midi sur la côte.", "fr", "Les prévisionnistes"),
            ("Deux fois. La dernière, c'était en mars. Le conjoint m'a appelée en criant : « Le bébé arrive ! » Je suis arrivée juste à temps.", "fr", "Le conjoint"),
            ("The hearing lasted an hour. A picker who worked the night shift said: \"We never saw the manager.\"", "en", "A picker who worked the night shift"),
        ] {
            #expect(direct(text, lang: lang).map(\.speaker) == [speaker], "\(text): \(direct(text, lang: lang))")
        }
    }
}
