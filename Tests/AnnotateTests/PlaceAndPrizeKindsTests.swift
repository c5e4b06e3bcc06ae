import Annotate
import Model
import Testing

/// Names of things that never speak, and a detached adjective opening a sentence: a place named
/// by a geographic noun (`geographicNouns`), a prize (`workNouns`), and `Ravie, une visiteuse …`.
/// Made-up sentences, with near-misses that keep a person.
@Suite struct PlaceAndPrizeKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang))).map(\.speaker)
    }

    /// Kind 1: a name headed by a geographic noun is a place, never what an age or family
    /// description means; a name opening with a common given name stays a person.
    @Test func geographicNameIsNoReferentOfAnAgeDescription() {
        #expect(speakers("Gemma Pike swam across Lake Carra for charity on Saturday. \"My arms are jelly,\" the 34-year-old said afterwards.") == ["Gemma Pike"])
        #expect(speakers("Ann Rowe walked round Hollin Bay on Sunday. \"The view was worth it,\" the mum-of-three said.") == ["Ann Rowe"])
        #expect(speakers("Marthe Lenoir, 67 ans, a gravi le Mont Aigoual samedi. « La vue était superbe », a confié la sexagénaire.", lang: "fr") == ["Marthe Lenoir"])
        // After a verb of moving onto a place (`placeVerbs`), a name with no geographic noun.
        #expect(speakers("Gemma Pike climbed Scafell Pike for charity on Saturday. \"My legs are jelly,\" the 34-year-old said afterwards.") == ["Gemma Pike"])
        #expect(speakers("Marthe Lenoir, 67 ans, a gravi le Puy Mary samedi. « La vue était superbe », a confié la sexagénaire.", lang: "fr") == ["Marthe Lenoir"])
        // Near miss: a person after a verb of no place is the one named last.
        #expect(speakers("Gemma Pike visited Ann Roy in hospital on Saturday. \"She is doing well,\" the 34-year-old said afterwards.") == ["Ann Roy"])
        // Near miss: `Glen` is a given name, so `Glen Hale` is a person, not a glen.
        #expect(speakers("Tessa Marr met Glen Hale at the pier on Monday. \"It was calm,\" the 61-year-old said.") == ["Glen Hale"])
    }

    /// Kind 2: a lone capitalised word opening a sentence before a comma and a determiner phrase
    /// that runs to the verb is a detached adjective; a given name there, or a surname with an
    /// apposition closed by a comma, stays the subject.
    @Test func detachedAdjectiveOpeningASentenceIsNoSpeaker() {
        #expect(speakers("Delighted, the tourists said: \"We love it.\"") == ["the tourists"])
        #expect(speakers("Ravie, une visiteuse venue de Lunel confie : « C'est magique. »", lang: "fr") == ["une visiteuse venue de Lunel"])
        #expect(speakers("Émue, la maire a pris la parole : « Merci à tous. »", lang: "fr") == ["la maire"])
        // Near misses: a given name, and a surname with a closed apposition.
        #expect(speakers("Surprise, Nadia a réagi : « Je ne sais pas quoi dire. »", lang: "fr") == ["Nadia"])
        #expect(speakers("Barros, a nurse who lives nearby, said: \"We were lucky.\"") == ["Barros"])
    }

    /// Kind 3: a name closed by a prize noun, or after `le prix`, names no one; the recipient
    /// after `went to` or `attribué jeudi à` is the person a pronoun means; a name opening with a
    /// common given name before such a noun stays a person.
    @Test func prizeNameIsNoPerson() {
        #expect(speakers("The Orrin Prize for poetry went to Kit Morrow, who grew up on a farm. \"I owe it all to my grandmother,\" he said.") == ["Kit Morrow"])
        #expect(speakers("Le prix Orsay a été attribué jeudi à Nadia Berthelot, romancière de Nîmes. « Je suis très touchée », a-t-elle réagi.", lang: "fr") == ["Nadia Berthelot"])
        // Near miss: `Bryan` is a given name; `Bryan Ferry` is a person despite `ferry`.
        #expect(speakers("Bryan Ferry opened the festival on Friday. \"It felt like home,\" he said.") == ["Bryan Ferry"])
    }

    /// Kind 4: `the airport` after two names with that head means either, so the speaker stays
    /// unresolved (no carry-over); after one such name it is that one.
    @Test func headNounOfTwoNamesStaysUnresolved() {
        let two = TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(
            "Pellick Harbour Airport is closed. Dunmore City Airport has also closed. \"Flights are cancelled,\" the airport said in a notice.", lang: "en")))
        #expect(two.count == 1)
        #expect(two.first?.speaker == nil)
        // Near miss: one name with that head.
        #expect(speakers("Pellick Harbour Airport is closed after the storm. \"Flights are cancelled,\" the airport said in a notice.") == ["Pellick Harbour Airport"])
    }
}
