import Annotate
import Model
import Testing

/// Subjects of French local-news sentences that the rules read past: an adjectival apposition,
/// an opening participle of state, a quoted nickname after a naming participle, and `répéter`
/// as a verb of saying. Each kind on a made-up sentence (no corpus text, no real names).
@Suite struct FrenchSubjectKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func direct(_ text: String, lang: String = "fr") -> [(text: String, speaker: String?)] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in (q.text, q.speakerID.flatMap { transcript.speaker(id: $0)?.name }) }
    }

    /// `Son voisin, plus fataliste, hausse les épaules : « … »`: an adjectival apposition between
    /// an unnamed role subject and a gesture verb before a colon; the neighbour speaks, not the
    /// person quoted before.
    @Test func adjectivalAppositionBeforeAGestureAndAColon() {
        let text = "Gisèle Maurin, 66 ans, attend le bus depuis une heure. « Personne ne nous prévient », confie-t-elle. Son voisin, plus fataliste, hausse les épaules : « Ça finira par repartir. »"
        #expect(direct(text).map(\.speaker) == ["Gisèle Maurin", "Son voisin"])
    }

    /// The same with a speech verb (`Sa collègue, très amusée, sourit :`): the apposition is no
    /// subject; and a name in apposition (`Son voisin, Armand Pujol,`) still names the speaker.
    @Test func adjectivalAppositionBeforeASpeechVerbAndANameInApposition() {
        let text = "Gisèle Maurin, 66 ans, attend le bus depuis une heure. « Personne ne nous prévient », confie-t-elle. Sa collègue, très amusée, sourit : « On a l'habitude. » Son voisin, Armand Pujol, hausse les épaules : « Ça finira par repartir. »"
        #expect(direct(text).map(\.speaker) == ["Gisèle Maurin", "Sa collègue", "Armand Pujol"])
    }

    /// In English too: `Her neighbour, clearly unbothered, shrugs: "…"`.
    @Test func adjectivalAppositionInEnglish() {
        let text = "Dana Whitcombe, 52, has waited an hour for the bus. \"Nobody tells us anything,\" she said. Her neighbour, clearly unbothered, shrugs: \"It always starts again.\""
        #expect(direct(text, lang: "en").map(\.speaker) == ["Dana Whitcombe", "Her neighbour"])
    }

    /// `Assise sur un pouf, Capucine, 7 ans, ne lève pas la tête. « … », murmure-t-elle.`: a
    /// participle of state that marks gender opens a clause; the lone given name with an age
    /// after its comma is the subject, whom `elle` means (not the woman quoted before).
    @Test func openingParticipleOfStateBeforeAGivenNameWithAnAge() {
        let text = "La bibliothécaire, Odile Verran, fait visiter les lieux. « Tout a été repeint », dit-elle. Assise sur un pouf, Capucine, 7 ans, ne lève pas la tête de sa bande dessinée. « Ici c'est plus calme », murmure-t-elle."
        #expect(direct(text).map(\.speaker) == ["Odile Verran", "Capucine"])
    }

    /// `Surnommé « le Lynx » depuis ses années juniors, Tristan Ollier signe …`: a quoted
    /// nickname after a naming participle is a mention and no end of the subject's part; the
    /// later `a-t-il promis` is the one nicknamed, not the man quoted before.
    @Test func quotedNicknameAfterANamingParticipleOpeningTheSentence() {
        let text = "L'entraîneur Rémi Castagne a salué la course. « Il a été parfait », a-t-il dit. Surnommé « le Lynx » depuis ses années juniors, Tristan Ollier signe sa plus belle victoire. « Je reviendrai l'an prochain », a-t-il promis."
        let transcript = annotator.annotate(TestDocuments.make(text))
        #expect(transcript.quotations.first { $0.text == "le Lynx" }?.kind == .mention)
        #expect(direct(text).map(\.speaker) == ["Rémi Castagne", "Tristan Ollier"])
    }

    /// `les voisins nous répétaient : « … »`: `répéter` is a verb of saying, and the group that
    /// repeated the words speaks.
    @Test func repeatIsAVerbOfSaying() {
        let text = "Le maire, Octave Lantier, a ouvert la séance. Quand j'étais enfant, les voisins nous répétaient : « Ne traverse jamais la voie ferrée. »"
        #expect(direct(text).map(\.speaker) == ["les voisins"])
    }
}
