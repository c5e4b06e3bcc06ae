import Annotate
import Model
import Testing

/// Words someone reports from a person they name only by a tie to themselves (`my grandfather`,
/// `mon ancien chef`, `ma voisine`) or by a group (`one of the drivers`), as interviews, Q&A answers,
/// first-person columns and vox pops give them (made-up sentences): that person speaks, kept as
/// the words that name them, not the person the piece is about nor the last one quoted.
@Suite struct NarratorRelationKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "fr") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    static let french = "Roger Fabre, 81 ans, passe encore tous les matins à l'atelier. « Elle a des doigts d'or », dit-il.\n\n"
    static let english = "Gareth Swain, 45, has run the joinery on Mill Lane since 1988. \"Business is slow,\" he said.\n\n"

    /// A pronoun after the narrator's tie to someone, in its sentence or the one before, is that
    /// person: as the object of a clause before it, or in the sentence before.
    @Test func pronounAfterTheNarratorsTieIsThatPerson() {
        #expect(speakers(Self.french + "Quand je l'ai annoncé à mon ancien chef, il m'a répondu : « Tu vas t'ennuyer au bout de six mois. »").last
            == "mon ancien chef")
        #expect(speakers(Self.french + "J'ai appelé ma sœur le soir même. Elle m'a dit : « Vends tout. »").last == "ma sœur")
        #expect(speakers(Self.english + "My sister called me the night the shop flooded. She said: \"Sell it.\"", lang: "en").last == "My sister")
        #expect(speakers(Self.english + "I showed the plans to my old foreman. He told me: \"Slow down. Wood doesn't hurry.\"", lang: "en").last
            == "my old foreman")
    }

    /// `Ma voisine`, `Ma mère` open a description: `ma` is a determiner, not the name `Ma`.
    @Test func aFrenchFirstPersonPossessiveOpensADescription() {
        #expect(speakers(Self.french + "Ma voisine a tout vu. Elle raconte : « Il y avait de la fumée partout. »").last == "Ma voisine")
        #expect(speakers(Self.french + "Ma mère répétait : « On ne jette pas le pain. »").last == "Ma mère")
    }

    /// Near misses: a name in apposition to the tie is the person (`mon avocat, Paul Girard`, `my
    /// neighbour Ann Price`); a pronoun of the other gender is not the tie; `our team`, `notre
    /// équipe` are the outlet's people, not someone the narrator names.
    @Test func tieNearMisses() {
        #expect(speakers(Self.french + "J'en ai parlé à mon avocat, Paul Girard. Il m'a dit : « Ne signez rien. »").last == "Paul Girard")
        #expect(speakers(Self.english + "Before I signed, I showed the lease to my lawyer, Tom Reilly. He said: \"Don't.\"", lang: "en").last == "Tom Reilly")
        #expect(speakers(Self.french + "Mon cousin Julien Fabre était là. « C'était magnifique », dit-il.").last == "Julien Fabre")
        #expect(speakers(Self.french + "J'ai appelé ma sœur le soir même. Il m'a dit : « Vends tout. »").last != "ma sœur")
    }

    /// `one of the drivers said`, `said one of the strikers`: someone of a group speaks, as the
    /// words name them; `one driver` already did.
    @Test func oneOfAGroupSpeaks() {
        #expect(speakers(Self.english + "\"Eight hours for nothing,\" one of the drivers said.", lang: "en").last == "one of the drivers")
        #expect(speakers(Self.english + "\"We are tired,\" said one of the strikers.", lang: "en").last == "one of the strikers")
        #expect(speakers(Self.english + "\"Nine,\" said one driver.", lang: "en").last == "one driver")
    }
}
