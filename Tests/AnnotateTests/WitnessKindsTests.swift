import Annotate
import Model
import Testing

/// Unnamed witnesses as local news quotes them (made-up sentences): someone described opens a
/// sentence whose verb is no speech verb and a colon brings in their words; a speech verb of
/// manner after the quotation; a speech-verb form used as a noun after a preposition.
@Suite struct WitnessKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String) -> [String?] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "fr"))
        return TestDocuments.directSpeakerNames(transcript)
    }

    static let opening = "Le maire Paul Roche a ouvert la séance. « Nous voterons ce soir », a-t-il dit.\n\n"

    @Test func describedPersonThenColonSpeaks() {
        #expect(speakers(Self.opening + "À la sortie, une habitante du quartier des Lilas, venue avec ses deux enfants, ne cachait pas son amertume : « On nous a encore oubliés. »")
            == ["Paul Roche", "une habitante du quartier des Lilas"])
        #expect(speakers(Self.opening + "Un peu plus loin, un jeune homme filmait les dégâts avec son téléphone : « Faut que ma mère voie ça. »")
            == ["Paul Roche", "un jeune homme"])
    }

    @Test func aSpeechVerbFormAfterAPrepositionIsANoun() {
        // `d'alerte` is no cue: the sentence's described subject speaks.
        #expect(speakers(Self.opening + "Un autre habitant, qui n'a pas souhaité donner son nom, dénonçait l'absence d'alerte : « On n'a reçu aucun SMS. »")
            == ["Paul Roche", "Un autre habitant"])
        // An infinitive after `d'` keeps its verb.
        #expect(speakers("Anne Morin a souri, avant d'ajouter : « Nous reviendrons. »") == ["Anne Morin"])
    }

    @Test func mannerSpeechVerbAfterTheQuotation() {
        #expect(speakers(Self.opening + "« Ça fait trente ans que j'habite ici », soufflait une commerçante.") == ["Paul Roche", "une commerçante"])
    }

    /// Someone described as the subject of any verb can be `elle` in the next sentence; a pronoun
    /// after an opening adverbial keeps its antecedent in view; a number word opening a sentence
    /// names no one.
    @Test func describedSubjectAndPronounAfterAnAdverbial() {
        let opening = "Le guide Marc Aubert connaît la chercheuse Irène Valloire. « Elle trouve les mots », estime Marc Aubert.\n\n"
        #expect(speakers(opening + "Onze personnes ont été évacuées. Une habitante du troisième étage, réfugiée chez des proches, a encore du mal à réaliser. « On est descendues en pyjama », témoigne-t-elle.").last
            == "Une habitante du troisième étage")
        #expect(speakers(opening + "Après le colloque, elle se veut lucide. « Les glaciers auront disparu. »").last == "Irène Valloire")
    }

    /// After `According to Anne Roy,` the described phrase is her apposition, no one new; and a
    /// thing that shares a word with someone's role (`la situation de Lanssel`) is no one.
    @Test func appositionAfterANameAndAThingSubjectAreNoOne() {
        let english = "According to Nina Rao, a consumer goods analyst at Halden Securities, the plan should lift margins. “The economics of bread are brutal,” she said."
        let transcript = annotator.annotate(TestDocuments.make(english, lang: "en"))
        #expect(!transcript.speakers.contains { $0.name == "a consumer" })
        #expect(transcript.quotations.filter { $0.kind == .direct }.map { $0.speakerID } == ["nina-rao"])
        let french = """
        Le groupe Verrano, propriétaire de l'usine de Lanssel depuis 2017, a annoncé sa fermeture.

        Pour Hugo Merle, économiste au cabinet Arlen Conseil, la situation de Lanssel n'a rien d'exceptionnel. « Le verre est gourmand en énergie », analyse-t-il.
        """
        #expect(speakers(french).last == "Hugo Merle")
    }

    /// `C'est un voisin de palier qui …` brings in the neighbour; `raconte cet homme d'une
    /// quarantaine d'années` (a demonstrative, an age) is that neighbour.
    @Test func cleftAndDemonstrativeReferToTheDescribedPerson() {
        let text = Self.opening + "C'est un voisin de palier qui a tiré la vieille dame de son appartement. « J'ai entendu des craquements », raconte cet homme d'une quarantaine d'années, qui a préféré garder l'anonymat. « Je ne suis pas un héros. »"
        #expect(speakers(text) == ["Paul Roche", "un voisin de palier", "un voisin de palier"])
    }

    /// A source that opens the sentence (`Selon la préfecture, …`) is in view for the next
    /// `précise-t-elle`, even when a man was the last speaker.
    @Test func aSourceOpeningTheSentenceIsInViewForThePronoun() {
        let text = "« Nous avons évacué 40 personnes », a indiqué le commandant Marc Aubert, des pompiers.\n\nSelon la préfecture, quelque 430 personnes ont passé la nuit dans des gymnases. « La situation reste très évolutive », précise-t-elle dans un communiqué."
        #expect(speakers(text) == ["Marc Aubert", "la préfecture"])
    }
}
