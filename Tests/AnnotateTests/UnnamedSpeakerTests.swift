import Annotate
import Model
import Testing

/// Unnamed speakers: the whole phrase that describes them, and no thing taken for a speaker.
/// Made-up sentences, one per kind.
@Suite struct UnnamedSpeakerTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String) -> [String?] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return TestDocuments.directSpeakerNames(transcript)
    }

    /// `raconte un usager rencontré à la gare, qui …`: the participle and its complement belong
    /// to the description; the relative clause set off by a comma does not.
    @Test func participleAndComplementAfterAnIndefinitePhrase() {
        let text = "« J'ai marché deux heures sous la pluie », raconte un passant croisé devant la mairie de Berlouze, qui n'a pas donné son nom."
        #expect(speakers(text, lang: "fr") == ["un passant croisé devant la mairie de Berlouze"])
    }

    /// `raconte une voisine qui habite la maison d'en face.`: a restrictive relative clause up to
    /// the end of the sentence.
    @Test func restrictiveRelativeClauseAfterTheVerb() {
        let text = "« Tout a brûlé en dix minutes », raconte une voisine qui habite la maison d'en face."
        #expect(speakers(text, lang: "fr") == ["une voisine qui habite la maison d'en face"])
    }

    /// `sourit une patiente de 40 ans suivie dans le cadre de l'essai, qui …`.
    @Test func complementsAfterAParticipleUpToTheComma() {
        let text = "« Je pensais avoir un rhume », sourit une patiente de 40 ans suivie dans le cadre de l'essai, qui a été soignée en 2020."
        #expect(speakers(text, lang: "fr") == ["une patiente de 40 ans suivie dans le cadre de l'essai"])
    }

    /// `A man who had waited since noon with his dog said:`: a restrictive relative clause
    /// before the verb belongs to the subject.
    @Test func restrictiveRelativeClauseBeforeTheVerb() {
        let text = #"A man who had waited since noon with his dog said: "We have never seen anything like it in Quenby.""#
        #expect(speakers(text, lang: "en") == ["A man who had waited since noon with his dog"])
    }

    /// `said a resident on Monday`: a time after the phrase is no description.
    @Test func timeAfterThePhraseStaysOut() {
        let text = #""The water came up to the windows," said a resident on Monday."#
        #expect(speakers(text, lang: "en") == ["a resident"])
    }

    /// `Selon une source proche du dossier, un incendie avait été signalé « … »`: a thing is no
    /// speaker; the source is.
    @Test func thingGivesWayToTheSourceOfTheSentence() {
        let text = "Selon une source proche du dossier, un incendie de voiture avait déjà été signalé « il y a trois semaines »."
        #expect(speakers(text, lang: "fr") == ["une source proche du dossier"])
    }

    /// `le ciment utilisé présentait une résistance « … »`: a thing heads the phrase; no one
    /// speaks for it (and none of it becomes a speaker).
    @Test func thingHeadedPhraseMakesNoSpeaker() {
        let text = "Selon le rapport, le ciment utilisé présentait une résistance « très inférieure aux normes en vigueur »."
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "fr"))
        #expect(!transcript.speakers.map(\.name).contains("le ciment utilisé"))
    }

    /// `a lu une lettre d'une voix tremblante :`: a manner of speaking is no author; the reader is.
    @Test func mannerOfSpeakingIsNoSpeaker() {
        let text = "Marianne Lescot-Dubreuil a lu une lettre d'une voix tremblante : « Mon fils avait vingt ans et toute la vie devant lui. »"
        #expect(speakers(text, lang: "fr") == ["Marianne Lescot-Dubreuil"])
    }

    /// `a voice from the back benches`: a voice that says where it comes from is someone.
    @Test func voiceWithItsOriginIsSomeone() {
        let text = #""Shame on you!" shouted a voice from the back benches."#
        #expect(speakers(text, lang: "en") == ["a voice from the back benches"])
    }

    /// `Sous le mot-clic #X (« … »)`: a hashtag is no name, so it speaks for no one after it.
    @Test func hashtagIsNoName() {
        let text = "Sous le mot-clic #NousAussiMentons, les internautes publient de fausses nouvelles. « Le ministre a été vu à vélo », écrit l'un d'eux."
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "fr"))
        #expect(!transcript.speakers.map(\.name).contains { $0.contains("#") })
    }

    /// The word lists: person nouns, plurals, suffixes, compounds; things are none.
    @Test func personNouns() throws {
        let set = try LexiconSet.bundled()
        let fr = set.lexicon(for: "fr"), en = set.lexicon(for: "en"), de = set.lexicon(for: "de")
        #expect(fr.isPersonNoun("riveraine") && fr.isPersonNoun("riverains") && fr.isPersonNoun("urgentiste"))
        #expect(!fr.isPersonNoun("béton") && !fr.isPersonNoun("résultats") && !fr.isPersonNoun("feu"))
        #expect(en.isPersonNoun("campaigners") && en.isPersonNoun("librarian") && !en.isPersonNoun("plan"))
        #expect(de.isPersonNoun("polizeisprecherin") && de.isPersonNoun("anwohnern") && !de.isPersonNoun("beton"))
    }
    /// `One Brellport shift supervisor, speaking privately, was more blunt. "…," he said.`: an
    /// unnamed description with a capitalised modifier, subject of any verb, is whom the next
    /// pronoun means, not the man named before; described in an object, it is no one's antecedent.
    @Test func describedSubjectWithACapitalisedModifier() {
        let text = """
        Union organiser Helen Marsh said the company had ignored warnings. "We told them twice," she said.

        Store manager Tom Becker declined to comment.

        One Brellport shift supervisor, speaking privately, was more blunt. "Everyone knew the rota was broken," he said.
        """
        #expect(speakers(text, lang: "en") == ["Helen Marsh", "One Brellport shift supervisor"])
        let object = """
        Union organiser Helen Marsh said the company had ignored warnings. "We told them twice," she said.

        She thanked a Brellport nurse for her help. "It meant a lot," she said.
        """
        #expect(speakers(object, lang: "en") == ["Helen Marsh", "Helen Marsh"])
    }

    /// `Sur le groupe du quartier sur les réseaux sociaux, un voisin s'est plaint … « … », écrit-il.`:
    /// past a long opening prepositional phrase, the described subject (up to its reflexive
    /// clitic) is whom the pronoun means; a description of the other gender is not.
    @Test func describedSubjectAfterALongOpeningPhrase() {
        let text = """
        La vente a attiré du monde. « On a tout vendu », sourit Léa Dumont, organisatrice de la brocante.

        Sur le groupe du quartier sur les réseaux sociaux, un voisin s'est plaint du bruit jusqu'à minuit. « Personne ne nous a demandé notre avis », écrit-il.
        """
        #expect(speakers(text, lang: "fr") == ["Léa Dumont", "un voisin"])
        let otherGender = text.replacingOccurrences(of: "écrit-il", with: "écrit-elle")
        #expect(speakers(otherGender, lang: "fr")[1] != "un voisin")
    }
}
