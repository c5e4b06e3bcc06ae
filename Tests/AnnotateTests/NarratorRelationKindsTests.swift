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

    /// The tie a sentence itself names wins over one named before: `my old boss` is not `my new
    /// boss`, nor `mon ancien chef` `mon nouveau chef`; a tie with fewer words (`my boss`) is
    /// the one named with more before it.
    @Test func theTieTheSentenceNamesWins() {
        let en = Self.english + "When I told my new boss, he said: \"Welcome aboard.\"\n\n"
        #expect(speakers(en + "When my old boss heard I was leaving, he said: \"Good luck out there.\"", lang: "en").last == "my old boss")
        #expect(speakers(en + "My old boss rang the next day. \"You'll be back,\" he said.", lang: "en").last == "My old boss")
        #expect(speakers(Self.english + "My new manager said: \"Welcome.\"\n\nMy former manager said: \"Good luck.\"", lang: "en").last == "My former manager")
        #expect(speakers(Self.french + "Quand j'ai prévenu mon nouveau chef, il m'a dit : « Bienvenue. »\n\n"
            + "Quand mon ancien chef l'a appris, il m'a dit : « Bonne chance. »").last == "mon ancien chef")
        // Near misses: the same tie with fewer words, or again, is the one named before.
        #expect(speakers(en + "Later my boss came back. He said: \"One more thing.\"", lang: "en").last == "my new boss")
        #expect(speakers(Self.english + "When I told my father, he said: \"Go.\"\n\nWhen my father heard the news, he said: \"Stay.\"", lang: "en").last == "my father")
    }

    /// `X used to say:`, `X would often say`, `X liked to say`, `X always said`, `X avait
    /// l'habitude de dire`, `X aimait dire`: words of habit stand between a subject and its verb
    /// of saying; the subject speaks, not the one quoted before.
    @Test func aSubjectSpeaksThroughWordsOfHabit() {
        let en = Self.english + "My sister was there too. She said: \"Go home.\"\n\n"
        #expect(speakers(en + "My mother used to say: \"Work is what you do when nobody is watching.\"", lang: "en").last == "My mother")
        #expect(speakers(en + "My uncle used to say: \"Never trust a dry river.\"", lang: "en").last == "My uncle")
        #expect(speakers(Self.english + "Karen Bell said: \"We open at nine.\"\n\nMy mother used to say: \"Rain is money.\"", lang: "en").last == "My mother")
        #expect(speakers(en + "My father always said: \"Measure twice.\"", lang: "en").last == "My father")
        #expect(speakers(en + "Tom Reilly liked to say: \"Wood doesn't hurry.\"", lang: "en").last == "Tom Reilly")
        #expect(speakers(en + "His grandmother would often say: \"Rain is money.\"", lang: "en").last == "His grandmother")
        let fr = Self.french + "Ma sœur était là. Elle a dit : « Rentre. »\n\n"
        #expect(speakers(fr + "Ma mère avait l'habitude de dire : « On ne jette pas le pain. »").last == "Ma mère")
        #expect(speakers(fr + "Mon oncle aimait dire : « Le bois ne ment pas. »").last == "Mon oncle")
        // Near misses: a plain verb of saying, and one with its adverb after it, as before.
        #expect(speakers(fr + "Mon père disait toujours : « Mesure deux fois. »").last == "Mon père")
        #expect(speakers(en + "My father said: \"Measure twice.\"", lang: "en").last == "My father")
    }
}
