import Annotate
import Model
import Testing

/// Kinds of sentence whose speaker was found under a wrongly cut name, or under a fragment that
/// is no name (made-up texts, each with the right speaker asserted).
@Suite struct SpeakerNameBoundaryKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    /// The speaker name of every quotation that is not reported speech, in order.
    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang))).map(\.speaker)
    }

    /// `The city of X said`: the local authority, named with its noun, not the bare place.
    @Test func localAuthorityKeepsItsNoun() {
        for (text, name) in [
            ("The city of Brannock Falls, which owns the pier, said in a statement that it was “reviewing its options”.", "city of Brannock Falls"),
            ("The town of Marlow Cross said the road would stay closed until “further notice”.", "town of Marlow Cross"),
            ("“We will not be raising fees this year,” the town of Ashgrove said in a post on its website.", "town of Ashgrove"),
            ("The borough of Wexley told residents: “Bins will be collected on Saturday.”", "borough of Wexley"),
        ] {
            #expect(Set(speakers(text)) == [name], "\(text)")
        }
        #expect(Set(speakers("La commune de Kerbrat a annoncé : « La fête aura lieu malgré tout. »", lang: "fr")) == ["commune de Kerbrat"])
        // Near misses: a role or people of the place speak, not the authority.
        #expect(speakers("Residents of the village of Elmsby said the flooding was “the worst in living memory”.") == ["Residents"])
    }

    /// `The mayor of Dunmore Bay said`: after a complement word, the whole name of a place is the
    /// complement; its last word is no speaker.
    @Test func placeNameAfterAComplementIsNoSpeaker() {
        #expect(speakers("The mayor of Dunmore Bay said the decision was “deeply disappointing”.") == ["The mayor of Dunmore Bay"])
        #expect(speakers("The chairman of the Friends of Hollin Lake told the meeting: “We will not give up.”") == ["The chairman of the Friends of Hollin Lake"])
        #expect(speakers("The warden of Kestrel Valley said the trail would reopen “within weeks”.") == ["The warden of Kestrel Valley"])
        // Near miss: a name in apposition after the role still speaks.
        #expect(speakers("Le maire de Saint-Aubin, Paul Roy, a déclaré : « Nous rouvrirons. »", lang: "fr") == ["Paul Roy"])
    }

    /// `Carrières Dorval SA`, `Harland Freight Ltd`: a company's legal form ends its name, even
    /// spelt like a function word.
    @Test func legalFormEndsTheCompanyName() {
        #expect(Set(speakers("Carrières Vernaz SA, qui emploie quarante personnes, assure que le projet a été étudié « dans les moindres détails ».", lang: "fr"))
            == ["Carrières Vernaz SA"])
        #expect(speakers("« Nous respectons toutes les normes », a déclaré Transports Kervella SAS dans un communiqué.", lang: "fr") == ["Transports Kervella SAS"])
        #expect(speakers("Selon Minoterie Vasseur SA, la hausse est « inévitable ».", lang: "fr") == ["Minoterie Vasseur SA"])
        #expect(Set(speakers("Harland Freight Ltd said in a statement that the delays were “regrettable but unavoidable”.")) == ["Harland Freight Ltd"])
        #expect(Set(speakers("Brightwell Foods plc told investors it expected profits to be “broadly flat”.")) == ["Brightwell Foods plc"])
        // Near miss: a possessive after a name stays out of it.
        #expect(speakers("« Nous avons tout perdu », raconte Paul Vernaz, sa fille à ses côtés.", lang: "fr") == ["Paul Vernaz"])
    }

    /// `l'Office indique ne pas commenter « … »`: the verb of saying before an infinitive is no
    /// word of the subject.
    @Test func speechVerbBeforeAnInfinitiveIsNoPartOfTheSubject() {
        #expect(speakers("Contacté, l'Office indique ne pas commenter « les dossiers individuels ».", lang: "fr") == ["l'Office"])
        #expect(speakers("Interrogée, la préfecture dit ne pas vouloir « interférer avec une procédure en cours ».", lang: "fr") == ["la préfecture"])
        #expect(speakers("Le syndicat affirme regretter « un passage en force ».", lang: "fr") == ["Le syndicat"])
    }

    /// `Dernières consignes du directeur de course, X, par radio : « … »`: a capitalised modifier
    /// before a speech noun and its author opens a live blog's line; it names no one.
    @Test func modifierBeforeAnAuthoredSpeechNounIsNoName() {
        #expect(speakers("Dernières consignes du directeur de course, Arnaud Kervran, par radio : « Ligne de départ dégagée, vent de nord-ouest. »", lang: "fr")
            == ["Arnaud Kervran"])
        #expect(speakers("Nouvel avertissement de la préfecture maritime : « Les spectateurs doivent rester à distance. »", lang: "fr")
            == ["la préfecture maritime"])
        #expect(speakers("Final instructions from race director Tom Hale over the radio: “Start line clear, wind north-west.”") == ["Tom Hale"])
    }

    /// `It was a performance critics called “luminous”`: a singular determiner, a noun and a
    /// plural noun for people before the verb are a noun and the subject of a relative clause
    /// with no pronoun; the plural speaks.
    @Test func reducedRelativeClauseSubjectIsThePlural() {
        #expect(speakers("Ana Roy gave her best show. It was a performance critics called “luminous” and audiences cheered.") == ["critics"])
        #expect(speakers("The council approved a plan residents described as “a disgrace to the valley”.") == ["residents"])
        // Near misses: a counted plural and a plain plural subject stay whole.
        #expect(speakers("A few critics called the ending “a cheat”.") == ["A few critics"])
        #expect(speakers("The film critics called the ending “a cheat”.") == ["The film critics"])
    }

    /// `Joris van der Lught`: two lowercase particles inside a name; `Camp 4`: a numbered place,
    /// no name.
    @Test func particlesInsideANameAndNumberedPlaces() {
        let text = "Dutch climber Joris van der Lught, 44, has died on the mountain, the company said.\n\n"
            + "Hours before the summit push, van der Lught had posted a photograph from Camp 4 on social media with the caption “Tomorrow, the top. Then home.”"
        #expect(speakers(text) == ["Joris van der Lught"])
        #expect(speakers("Ursula von der Brenn, the mayor, said: “We will rebuild.”") == ["Ursula von der Brenn"])
        // Near miss: a person and the organisation they are from.
        #expect(speakers("Paul Roy de la Fédération des pêcheurs a déclaré : « Nous sommes inquiets. »", lang: "fr") == ["Paul Roy"])
    }

    /// `moved to Kelby in Norfolk's Broads`: a name joined by a preposition to a name in the Saxon
    /// genitive before another name is a town and its region, no person; `he` after it is the
    /// man the sentence describes.
    @Test func prepositionBeforeAGenitivePlaceEndsAName() {
        let text = """
        For Arun Thapa, the week has been long.

        The 51-year-old nurse, who moved to Kelby in Norfolk's Broads district in 2012, has not heard from his brother.

        "The line just rings," he said.
        """
        #expect(speakers(text) == ["Arun Thapa"])
    }
}
