import Annotate
import Model
import Testing

/// Who gives a name decides whether it is a mention or someone's words: a naming verb whose
/// subject is people in general or an unnamed crowd (`what locals call “…”`, `ce que tout le
/// monde appelle « … »`) gives the name in use, a mention; one whose subject is a named speaker or
/// a gendered pronoun (`what she calls “…”`) gives that speaker's words. A verb of labelling with
/// its naming particle (`listed as`, `classed as`, `refer to as`) gives a label. One test per kind,
/// on made-up sentences (no corpus text, no real names), with near misses that keep their kind.
@Suite struct NamingSubjectKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    func kinds(_ text: String, lang: String = "en") -> [Quotation.Kind] { quotations(text, lang: lang).map(\.kind) }

    /// Kind 1: a short span after a naming verb whose subject is people in general, a bare plural,
    /// a possessive and a plural or crowd noun, or `on` / `tout le monde` / `les` and a plural, is
    /// the name in use, in both languages; a named speaker's description stays theirs.
    @Test func nameGivenByACrowdIsAMention() {
        #expect(kinds("Regulars at the pub call the back room “the engine room”.") == [.mention])
        #expect(kinds("The boiler was installed in 1994. Staff have taken to calling it “the dragon”.") == [.mention])
        #expect(kinds("Dispatcher Nora Quill said her drivers have started calling this winter “the long haul”.").first == .mention)
        #expect(kinds("The strike of 2009, which drivers still refer to as “the big freeze”, lasted a month.") == [.mention])
        #expect(kinds("People call that stretch of road “the gauntlet”.") == [.mention])
        #expect(kinds("Tout le monde, au village, appelle déjà le virage « le toboggan ».", lang: "fr") == [.mention])
        #expect(kinds("Les habitués appellent encore la buvette « le bunker ».", lang: "fr") == [.mention])
        #expect(kinds("Son équipe a rebaptisé le vieux hangar « la cathédrale des courants d'air ».", lang: "fr") == [.mention])
        // A named speaker's description stays theirs.
        let mayor = quotations("Mayor Ada Finch called the plan “a slow-motion disaster”.")
        #expect(mayor.map(\.kind) == [.direct])
        #expect(mayor.first?.speaker == "Ada Finch")
        let maire = quotations("La maire, Anne Roy, a qualifié le projet de « gadget coûteux ».", lang: "fr")
        #expect(maire.map(\.kind) == [.direct])
        #expect(maire.first?.speaker == "Anne Roy")
    }

    /// Kind 2: a lowercase description after a present naming form whose subject is a gendered
    /// pronoun or a name (`what she calls “…”`, `ce qu'il appelle une « … »`) is that speaker's
    /// words; the same form after a crowd or `on` stays a term.
    @Test func descriptionASpeakerGivesIsDirect() {
        let shelter = quotations("Ada Finch runs the animal shelter. She received what she calls “a small flood” of complaints last spring.")
        #expect(shelter.map(\.kind) == [.direct])
        #expect(shelter.first?.speaker == "Ada Finch")
        let buvette = quotations("Paul Arno tient la buvette du stade depuis vingt ans. Il vit ce qu'il appelle « une retraite à l'envers ».", lang: "fr")
        #expect(buvette.map(\.kind) == [.direct])
        #expect(buvette.first?.speaker == "Paul Arno")
        // A crowd or `on` names a thing: a term.
        #expect(kinds("The council has joined what planners call “managed retreat”.") == [.mention])
        #expect(kinds("Le club a ouvert ce qu'on appelle une « cellule d'écoute ».", lang: "fr") == [.mention])
    }

    /// Kind 3: a span of a few words after a verb of labelling and its naming particle (and a
    /// determiner) is the label given; a speaker's description after `described as` stays theirs.
    @Test func labelAfterALabellingVerbIsAMention() {
        #expect(kinds("Her time will instead be listed as “course shortened – not valid”.") == [.mention])
        #expect(kinds("The council wants the ferry to be classed as an “essential lifeline service”.") == [.mention])
        #expect(kinds("Volunteers said they were told to mark every pupil as “present and reading”.") == [.mention])
        #expect(kinds("La commune sera classée comme « zone de catastrophe naturelle ».", lang: "fr") == [.mention])
        let described = quotations("Ada Finch, the mayor, described the closure as “a betrayal of the valley”.")
        #expect(described.map(\.kind) == [.direct])
        #expect(described.first?.speaker == "Ada Finch")
        // A describing verb gives a verdict, whoever its subject: never a name in use.
        let judges = quotations("Judges described the final run as “textbook”.")
        #expect(judges.map(\.kind) == [.direct])
        #expect(judges.first?.speaker == "Judges")
        let fired = quotations("Kit Vale fired back on Tuesday, calling the report “a lazy hit job”.")
        #expect(fired.map(\.kind) == [.direct])
        #expect(fired.first?.speaker == "Kit Vale")
    }

    /// Kind 4: a short lowercase span opening with a preposition that is no genitive one (an
    /// adverbial), closing a sentence whose speech verb has a speaker, is that speaker's words,
    /// however far back the verb; one a naming word introduces, or set off by a comma, keeps its kind.
    @Test func adverbialInASpeakersSentenceIsDirect() {
        let board = quotations("Harbour Safety Board said it would publish a full review of inspections at every licensed site “in due course”.")
        #expect(board.map(\.kind) == [.direct])
        #expect(board.first?.speaker == "Harbour Safety Board")
        let syndicat = quotations("Le syndicat a indiqué dans un long communiqué publié hier soir qu'il reprendrait les négociations avec la direction « dans les meilleurs délais ».", lang: "fr")
        #expect(syndicat.map(\.kind) == [.direct])
        #expect(kinds("C'est la vente dite « au cadran dégressif », déjà pratiquée ailleurs.", lang: "fr") == [.mention])
        // Mid-sentence, right before the verb's object.
        let prefet = quotations("Le préfet du Val-Sorbier a fermé lundi « jusqu'à nouvel ordre » les accès à la plage.", lang: "fr")
        #expect(prefet.map(\.kind) == [.direct])
        #expect(prefet.first?.speaker == "Le préfet du Val-Sorbier")
    }

    /// Kind 5: a term after a verb of talking about and its topic preposition, whose subject is a
    /// crowd named by a noun (`les pêcheurs parlent d'une « … »`), is the term in use; a named
    /// speaker who talks of something in quotation marks gives their words.
    @Test func termACrowdTalksAboutIsAMention() {
        #expect(kinds("Sur le port, les pêcheurs parlent déjà d'une « année noire ».", lang: "fr") == [.mention])
        #expect(kinds("Les commentateurs parlent d'un « match piège » pour dimanche.", lang: "fr") == [.mention])
        #expect(kinds("Longtime members talk about “the quiet years” of the club.") == [.mention])
        let maire = quotations("Le maire, Paul Arno, parle d'un « gâchis immense ».", lang: "fr")
        #expect(maire.map(\.kind) == [.direct])
        #expect(maire.first?.speaker == "Paul Arno")
    }
}
