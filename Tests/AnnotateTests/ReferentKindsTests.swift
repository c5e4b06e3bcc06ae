import Annotate
import Model
import Testing

/// What a pronoun may refer to: a name after a noun of a place or building is a place; the
/// person named in a relative clause or an apposition inside an object; a work's title in
/// apposition; an incise before a fragment; the protagonist of a profile; an object pronoun;
/// one member of a coordinated pair. Made-up sentences, with near-misses that keep the speaker.
@Suite struct ReferentKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang))).map(\.speaker)
    }

    /// Kind 1: a name right after a lowercase place or building noun (`namesakeNouns`), or after
    /// one and a complement word, is a place no pronoun means; the person of a possessive relative
    /// clause (`dont le maire, X, a offert`, `whose mayor, X, gave`) is in view instead.
    @Test func nameAfterAPlaceNounIsAPlace() {
        #expect(speakers("Le navire a reçu le parrainage de la ville de Kervoal, dont le maire, Yves Le Dantec, a offert une cloche. « Qu'elle sonne souvent », a-t-il souhaité.", lang: "fr")
            == ["Yves Le Dantec"])
        #expect(speakers("Tom Reed arrived on Monday. The ship was adopted by the village of Elmsby, whose mayor, Ian Lee, gave the crew a bell. \"May it ring often,\" he said.")
            == ["Ian Lee"])
        #expect(speakers("Marc Doucet est venu lundi. La cloche de la chapelle Saint-Gorm a disparu dans la nuit. « Je l'ai entendue tomber », dit-il.", lang: "fr")
            == ["Marc Doucet"])
        // Near miss: a title before the place (`Mayor of Ardrin`) leaves the person after it a person.
        #expect(speakers("Mayor of Ardrin Jo Park praised the crew. \"We are proud,\" Jo Park said.") == ["Jo Park"])
    }

    /// Kind 2: a name in apposition before `, qui` is the relative clause's subject, in view for the
    /// next pronoun, even when the sentence's subject is an organisation phrase that the role of
    /// someone named before (`président de l'association`) would match.
    @Test func personOfARelativeClauseInsideAnObjectIsInView() {
        #expect(speakers("""
            Le président de l'association, Marc Jolivet, était sur le quai. « C'est un grand jour », a-t-il dit.

            L'association a reçu un message : une carte d'un ancien mécanicien de 88 ans, Henri Vallat, qui entretenait la machine. « Prenez soin d'elle », écrivait-il.
            """, lang: "fr") == ["Marc Jolivet", "Henri Vallat"])
        // Near miss: the main subject, a person, stays the one in view (`X praised Y, who …`).
        #expect(speakers("Marc Jolivet a salué Henri Vallat, qui entretenait la machine. « C'est un grand jour », a-t-il dit.", lang: "fr") == ["Marc Jolivet"])
    }

    /// Kind 3: in a profile, a work's title in apposition, even with a number word (`Lamp Seven`),
    /// is no one; `as she puts it`, and an incise right before a fragment, are its cue; with no one
    /// of its gender in view for paragraphs, `she` is the protagonist; an object pronoun in a
    /// sentence whose subject speaks is someone else, who stays in view.
    @Test func profileSubjectStaysTheReferent() {
        let text = """
            Agnes Porter keeps a diary by her bed. She has kept it for thirty years.

            Her novel, Lamp Seven, published next week by Harrow & Lake, is an account of a winter when, as she puts it, “the sea forgets its manners”.

            She came to writing, she says, “by accident” – after a doctor on a busy ward asked her to keep notes for him.

            Her brother, Tom Porter, has read every draft. “She never stops,” he says.

            Dr Ian Shaw, who worked with her, calls the book honest.

            “It is the real thing,” he says.

            The book's longest chapter recounts the storm of 1987.

            “I held a torch for six hours while the boats came in,” she writes.

            Her agent, Celia Wren, says early readers have compared the book to “a warm fire”, which seems to amuse her.

            “I'm not a novelist,” she says.
            """
        let found = speakers(text)
        #expect(found == ["Agnes Porter", "Agnes Porter", "Tom Porter", "Ian Shaw", "Agnes Porter", "Celia Wren", "Agnes Porter"])
        // Near miss: with no object pronoun, the agent stays the one in view.
        #expect(speakers("""
            Nora Vance keeps bees. She has kept them for years.

            Her agent, Celia Wren, says the book is selling well and that she is delighted with it.

            “I'm not a novelist,” she says.
            """).last == "Celia Wren")
        // Near miss: a pronoun after a preposition of place may be the subject (`behind him`).
        #expect(speakers("Ian Rennie, a driver, spent the night in his van with rocks behind him.\n\n\"It was dark,\" he said.") == ["Ian Rennie"])
    }

    /// Kind 4: a coordinated pair registered as one name, met by `he` or `she`, gives the member
    /// of that gender; a name or a plural pronoun still gives the pair.
    @Test func pairMetBySingularPronounGivesOneMember() {
        #expect(speakers("Agnes Porter and Dylan Moss run the stall together. \"We never close,\" he said.") == ["Dylan Moss"])
        #expect(speakers("Dylan Moss and Agnes Porter run the stall together. \"We never close,\" she said.") == ["Agnes Porter"])
        #expect(speakers("Jasper and Lina Vell opened the café in 2019. \"It was a gamble,\" Lina Vell said. \"It paid off,\" they said.")
            == ["Jasper and Lina Vell", "Jasper and Lina Vell"])
    }
}
