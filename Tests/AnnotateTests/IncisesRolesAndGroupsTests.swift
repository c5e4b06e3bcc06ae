import Annotate
import Model
import Testing

/// Incises that close a sentence inside one pair of marks, a role naming another person before
/// the speaker's name, plural group subjects of a naming verb with a gerund cue, and present
/// participles after a quotation: each kind on made-up sentences (invented names and wording).
@Suite struct IncisesRolesAndGroupsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func direct(_ text: String, lang: String = "fr") -> [(text: String, speaker: String?)] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in (q.text, q.speakerID.flatMap { transcript.speaker(id: $0)?.name }) }
    }

    /// An incise after a question mark, named, and closing a sentence (`? a ironisé X. Suite`) is
    /// taken out of the text like a pronoun incise: two spans around it, the mark kept.
    @Test func namedInciseAfterAQuestionMarkIsTakenOut() throws {
        let transcript = annotator.annotate(TestDocuments.make(
            "L'élu a haussé les épaules. « Trop cher ? a ironisé Lucien Varade. Demandez donc aux familles ce qu'elles paient. »"))
        let quote = try #require(transcript.quotations.first { $0.kind == .direct })
        #expect(quote.text == "Trop cher ? Demandez donc aux familles ce qu'elles paient.")
        #expect(quote.spans.count == 2)
        #expect(quote.speakerID.flatMap { transcript.speaker(id: $0)?.name } == "Lucien Varade")
        // A named incise closed by a comma goes out too.
        let second = direct("« Ce chantier, a assuré Lucien Varade mardi, sera fini en mai. »")
        #expect(second.map(\.text) == ["Ce chantier, sera fini en mai."])
        #expect(second.map(\.speaker) == ["Lucien Varade"])
    }

    /// An incise with an inverted pronoun inside a narrative sentence (`Le projet, dit-elle, est
    /// né « … »`) gives the fragment to the pronoun's person, and the cue-less quotation of the
    /// next paragraph goes on with her. Near miss: a `dit-elle` inside another speaker's
    /// quotation is no cue of the narration.
    @Test func inciseWithInvertedPronounInNarrationGivesTheFragment() {
        let found = direct("""
        Au centre de tout, il y a une femme : Odile Ferrand, 52 ans, libraire. Le projet, dit-elle, est né « un dimanche de pluie sans clients ».

        « On s'est regardés et on a ri. »
        """)
        #expect(found.map(\.speaker) == ["Odile Ferrand", "Odile Ferrand"])
        #expect(direct("« Nous partirons, dit-elle, dès que possible », affirme Paul Gendre, le maire.").map(\.speaker) == ["Paul Gendre"])
    }

    /// A role whose complement names another person (`L'entraîneuse de X au club de Y, NAME,`,
    /// `L'avocat de X, Me NAME,`, `The coach of X, NAME,`): the apposed name speaks, not X.
    @Test func roleNamingAnotherPersonGivesTheApposedName() {
        #expect(direct("Le club a perdu dimanche. L'entraîneuse de Théo Brunel au club de Sarlieu, Agnès Colomb, parle d'un « immense gâchis ».").map(\.speaker) == ["Agnès Colomb"])
        #expect(direct("L'avocat de Théo Brunel, Me Gaspard Ivaldi, dénonce « une enquête bâclée ».").map(\.speaker) == ["Gaspard Ivaldi"])
        #expect(direct("The coach of Theo Brunel, Agnes Colby, said: \"He deserved far better than this.\"", lang: "en").map(\.speaker) == ["Agnes Colby"])
        // Near miss: a role with no name in its complement keeps its own reading.
        #expect(direct("La mère de l'enfant, Agnès Colomb, parle d'un « immense gâchis ».").map(\.speaker) == ["Agnès Colomb"])
    }

    /// A plural group that `appelle` someone `à` do something, then a gerund cue (`en précisant
    /// que … « … »`), speaks; `appellent ça « … »` stays a naming.
    @Test func groupSubjectOfANamingVerbWithAGerundCue() {
        let text = "« Tout sera vérifié », a assuré le ministère dans un message. Les secouristes appellent les randonneurs à la prudence, en précisant que le sentier est « très glissant » par endroits."
        #expect(direct(text).map(\.speaker) == ["le ministère", "Les secouristes"])
        let naming = annotator.annotate(TestDocuments.make("Les riverains appellent ça « le grand couloir »."))
        #expect(naming.quotations.map(\.kind) == [.mention])
    }

    /// A present participle after a quotation (`», tout en réclamant des pistes sécurisées`) has
    /// no inverted subject: the adjective after its object is no speaker.
    @Test func presentParticipleAfterAQuotationTakesNoSubject() {
        let found = direct("L'association Roue libre salue, par la voix de sa présidente, « une décision courageuse », tout en réclamant des trottoirs élargis.")
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Roue libre")
    }
}
