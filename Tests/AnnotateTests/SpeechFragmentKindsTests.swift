import Annotate
import Model
import Testing

/// Fragments that their sentence's subject said, press verbs of saying, speech nouns heading
/// their author (`Réaction de X :`) and profile openings (a body that opens with a pronoun).
/// One test per kind, on made-up sentences (no corpus text, no real names), in French and,
/// where the kind exists there, English.
@Suite struct SpeechFragmentKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr", title: String = "Test") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: title)))
    }

    /// Kind 1: a span in the object of a quoted verb of judgement (`a dit « regretter » un
    /// mouvement « … »`) is the same speaker's verdict.
    @Test func objectOfAQuotedVerbOfJudgementIsTheSpeakersVerdict() {
        let french = quotations("La directrice de la régie, Paule Vincelot, a dit « regretter » un mouvement « disproportionné ».")
        #expect(french.map(\.kind) == [.direct, .direct])
        #expect(french.map(\.speaker) == ["Paule Vincelot", "Paule Vincelot"])
        let english = quotations("Mayor Ellen Prowse said the council \"deplored\" the \"reckless\" decision.", lang: "en")
        #expect(english.map(\.kind) == [.direct, .direct])
        #expect(english.map(\.speaker) == ["Ellen Prowse", "Ellen Prowse"])
        // A quoted word that is no verb of judgement gives its neighbour nothing.
        #expect(quotations("Paule Vincelot a dit « non » à un projet « pilote ».").map(\.kind) == [.direct, .mention])
    }

    /// Kind 2: a present participle of a verb of judgement whose stem changes (`dénonçant`,
    /// `fustigeant`) is a cue for the clause's subject; one after its own subject is an absolute
    /// clause, no cue (`», de nombreux arbres menaçant de tomber`).
    @Test func participlesWithStemChangesAreCues() {
        let cabal = quotations("Le maire, Paul Orlan, avait balayé les accusations, dénonçant une « cabale » montée par ses adversaires.")
        #expect(cabal.map(\.kind) == [.direct])
        #expect(cabal.first?.speaker == "Paul Orlan")
        let scorned = quotations("La députée Nadia Ferrand a quitté la séance, fustigeant un texte « mal ficelé ».")
        #expect(scorned.map(\.speaker) == ["Nadia Ferrand"])
        let absolute = quotations("Selon la préfecture, les écoles restent fermées « par précaution », des branches menaçant encore de tomber.")
        #expect(absolute.first?.speaker != "branches")
    }

    /// Kind 3: a quoted verb phrase right after a finite auxiliary (`a « pris acte »`) is the
    /// subject's, past a relative clause (`dont …`, `which …`).
    @Test func quotedPredicateAfterAnAuxiliaryIsTheSubjects() {
        let french = quotations("Le parti Avenir commun, dont Paul Mérel était membre, a « pris acte » de la décision.")
        #expect(french.map(\.kind) == [.direct])
        #expect(french.first?.speaker?.hasSuffix("Avenir commun") == true)
        let english = quotations("The Harbour Council, which Tom Varga chairs, has \"taken note\" of the ruling.", lang: "en")
        #expect(english.map(\.kind) == [.direct])
        #expect(english.first?.speaker?.hasSuffix("Harbour Council") == true)
        // A thing does not speak.
        #expect(quotations("Le chantier a « pris du retard » cet hiver.").first?.speaker == nil)
    }

    /// Kind 4: a prepositional span closing an action sentence is the subject's words
    /// (`a suspendu le contrat « jusqu'à nouvel ordre »`), a pronoun subject included; not a noun
    /// complement (`de …`), nor with a thing as subject.
    @Test func closingAdverbialIsTheSubjectsWords() {
        let mayor = quotations("La maire de Sornac, Agathe Rivel, a suspendu la convention avec l'entreprise « jusqu'à nouvel ordre ».")
        #expect(mayor.map(\.kind) == [.direct])
        #expect(mayor.first?.speaker == "Agathe Rivel")
        let doctor = quotations("La pédiatre Lina Morvan a reçu les familles. Elle leur recommande de consulter « au moindre doute ».")
        #expect(doctor.map(\.kind) == [.direct])
        #expect(doctor.first?.speaker == "Lina Morvan")
        let english = quotations("Mayor Ellen Prowse suspended the ferry contract \"until further notice\".", lang: "en")
        #expect(english.map(\.kind) == [.direct])
        #expect(english.first?.speaker == "Ellen Prowse")
        #expect(quotations("Le chantier de la digue avance « à petits pas ».").map(\.kind) == [.mention])
    }

    /// Kind 5: press verbs of saying (`tacler`, `appeler à`, `slam`, `call for`), with their
    /// inflections; `appelle à une journée « … »` still names the day.
    @Test func pressVerbsOfSayingAreCues() {
        let tackled = quotations("« Il aura fallu trois mois pour qu'il comprenne », tacle Odile Farnier, cheffe de file de l'opposition.")
        #expect(tackled.first?.speaker == "Odile Farnier")
        let called = quotations("Le Dr Jeanne Corvel, médecin de garde, appelle à « la prudence de chacun ».")
        #expect(called.map(\.kind) == [.direct])
        #expect(called.first?.speaker == "Jeanne Corvel")
        let slammed = quotations("Opposition leader Tom Varga slammed the \"shabby\" deal.", lang: "en")
        #expect(slammed.map(\.kind) == [.direct])
        #expect(slammed.first?.speaker == "Tom Varga")
        let callFor = quotations("Nurse Dana Welk called for \"calm and patience from everyone\".", lang: "en")
        #expect(callFor.first?.speaker == "Dana Welk")
        #expect(quotations("D'ici là, le syndicat appelle à une journée « usine morte » le 3 juin.").map(\.kind) == [.mention])
    }

    /// Kind 6: a speech noun heading its author before a colon (`Réaction de X :`, `Statement
    /// from X:`) gives the author; the noun is never a speaker nor part of a name.
    @Test func speechNounBeforeAColonGivesItsAuthor() {
        let french = quotations("Réaction de l'Union des locataires du Val sur les réseaux sociaux : « Une bonne nouvelle pour toutes les familles. »")
        #expect(french.map(\.kind) == [.direct])
        #expect(french.first?.speaker?.contains("Union des locataires") == true)
        #expect(french.first?.speaker?.contains("Réaction") == false)
        let english = quotations("Statement from the Harbour Users Trust: \"We are relieved for every family.\"", lang: "en")
        #expect(english.first?.speaker?.contains("Harbour Users Trust") == true)
        #expect(english.first?.speaker?.contains("Statement") == false)
    }

    /// Kind 7: a profile opening with a pronoun means the person the title names; when the title
    /// names no one, the first person named in the next sentence.
    @Test func pronounOpeningABodyMeansTheProfilesPerson() {
        let profile = quotations("""
            Elle a choisi une terrasse au bord du canal, « parce qu'ici, au moins, on respire ». Elle commande un café.

            De son enfance, elle garde surtout le bruit. « Chez nous, tout le monde criait. On s'y faisait. »
            """, title: "Solène Quintard, la peintre qui peint « contre le vide »")
        #expect(profile.map(\.kind) == [.direct, .direct])
        #expect(profile.map(\.speaker) == ["Solène Quintard", "Solène Quintard"])
        let resignation = quotations("""
            Il avait promis de « tenir jusqu'au bout ». Deux mois plus tard, le maire de Castagnac, Paul Orlan, a annoncé sa démission.
            """, title: "Démission surprise à la mairie")
        #expect(resignation.first?.speaker == "Paul Orlan")
        let english = quotations("""
            She chose a table by the window, "because here, at least, you can think". She orders tea.
            """, lang: "en", title: "Harriet Colby, the novelist who writes \"against silence\"")
        #expect(english.first?.speaker == "Harriet Colby")
        // A title naming someone of the other gender is no antecedent.
        let other = quotations("Il avait promis de « tenir jusqu'au bout ». Puis il s'est tu.", title: "Solène Quintard face au conseil")
        #expect(other.first?.speaker != "Solène Quintard")
    }
}
