import Annotate
import Model
import Testing

/// Notices: the text of a sign, a note, a board or a post someone put up is a quotation of
/// whoever put it up; when the text names no owner, of no one (never the person spoken of last).
/// Made-up sentences in the shapes news copy uses, with near misses that must not change.
@Suite struct NoticeKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: "Test")))
    }

    /// Kind 1: a notice noun or a pronoun for one, then `reads`/`read` right before the text: a
    /// quotation even short and in capitals, whose speaker is the owner the notice's phrase gives
    /// (a possessive, `whose`, `its`, `put up by X`) or the subject who put it up in the sentence
    /// before (`X has put up a board … It reads`).
    @Test func noticeTextGoesToWhoeverPutItUp() {
        let chalkboard = quotations("Nora Blake has run the bakery on Mill Street for twenty years. A chalkboard outside her shop now reads “BACK AT 2 – GONE FOR FLOUR”.")
        #expect(chalkboard.map(\.kind) == [.direct])
        #expect(chalkboard.first?.speaker == "Nora Blake")
        let van = quotations("Tom Alder, meanwhile, has painted a new message on the side of his van. It reads “STILL TRADING — CALL ME”.")
        #expect(van.map(\.kind) == [.direct])
        #expect(van.first?.speaker == "Tom Alder")
        let pinned = quotations("The Kellow Green Residents Association now has 400 members. Its pinned post reads: \"Meet at the gate at 9am on Saturday.\"")
        #expect(pinned.map(\.kind) == [.direct])
        #expect(pinned.first?.speaker == "Kellow Green Residents Association")
        let page = quotations("The petition was started by the Ferrybank Anglers Club, whose campaign page reads: \"Keep the river open for everyone.\"")
        #expect(page.map(\.kind) == [.direct])
        #expect(page.first?.speaker == "Ferrybank Anglers Club")
        let agent = quotations("The path has been shut since March. A notice put up by Marlow Parish Council reads: \"The footpath is closed until further notice.\"")
        #expect(agent.map(\.kind) == [.direct])
        #expect(agent.first?.speaker == "Marlow Parish Council")
        let posted = quotations("Volunteers have raised £4,000 for the boathouse. A message posted on its page by the Kellow Rowing Club reads: “We have lost boats, not the club.”")
        #expect(posted.map(\.kind) == [.direct])
        #expect(posted.first?.speaker == "the Kellow Rowing Club")
        let group = quotations("A local walking group, Fellside Ramblers, now has 300 members. Its pinned post reads: \"Boots on, phones off.\"")
        #expect(group.first?.speaker == "Fellside Ramblers")
        let lawn = quotations("The opposing campaign has put lawn signs up across the east end. One on my walk to work reads: “Today the mower. Tomorrow your dog.”")
        #expect(lawn.map(\.kind) == [.direct])
        #expect(lawn.first?.speaker == "The opposing campaign")
        let board = quotations("A group of parents has put up a board at the school gate. It reads: \"Slow down, we live here.\"")
        #expect(board.first?.speaker == "A group of parents")
    }

    /// Kind 2: a notice whose text gives no owner (`A laminated notice tied to it read:`, `which
    /// allegedly reads:`) is a quotation of no one, not of the person named last.
    @Test func ownerlessNoticeHasNoSpeaker() {
        let gate = quotations("\"We never lock it,\" said Ann Cole, who farms the land. A laminated notice tied to the gate read: “Private land – no entry”.")
        #expect(gate.map(\.kind) == [.direct, .direct])
        #expect(gate.first?.speaker == "Ann Cole")
        #expect(gate.last?.speaker == nil)
        let shop = quotations("\"He works too hard,\" said his neighbour, Rita Vance. A handwritten sign taped to the door read: ‘Closed for a family emergency’.")
        #expect(shop.last?.kind == .direct)
        #expect(shop.last?.speaker == nil)
        let napkin = quotations("\"It was a promise,\" said Dev Marr. His lawyers rely on a napkin, which allegedly reads: “We split everything four ways.”")
        #expect(napkin.last?.kind == .direct)
        #expect(napkin.last?.speaker == nil)
    }

    /// Kind 3 (French): a notice noun opening the sentence, with the agent of a posting participle
    /// or a possessive of its writer (`installé par la mairie`, `écrite de sa main`, `signé par
    /// X`), before a colon: the text is the owner's.
    @Test func frenchNoticeWithAnOwner() {
        let town = quotations("Hugo Ferrand défend la mesure. « On demande juste de se garer plus loin », dit-il. Sur la grille, un panneau installé par la mairie le rappelle : « Ici, les enfants ont la priorité ».", lang: "fr")
        #expect(town.last?.kind == .direct)
        #expect(town.last?.speaker == "la mairie")
        let grocer = quotations("Lucie Brun fait la queue depuis une heure. « On n'a plus rien », souffle-t-elle. Devant l'épicerie de Jeanne Morel, une affiche écrite de sa main a remplacé les horaires : « Fermé pour inventaire. Réouverture lundi. »", lang: "fr")
        #expect(grocer.last?.kind == .direct)
        #expect(grocer.last?.speaker == "Jeanne Morel")
        let signed = quotations("Marc Olier ne décolère pas. « C'est une honte », lance-t-il. Sur le portail, un mot signé par l'association des riverains prévient : « Le chemin restera fermé tout l'hiver. »", lang: "fr")
        #expect(signed.last?.kind == .direct)
        #expect(signed.last?.speaker == "l'association des riverains")
        let depot = quotations("En fin de matinée, devant le dépôt de Samba Ndiaye, une affiche écrite de sa main a remplacé la file d'attente : « Plus de charbon aujourd'hui. Revenez demain. »", lang: "fr")
        #expect(depot.map(\.kind) == [.direct])
        #expect(depot.first?.speaker == "Samba Ndiaye")
        let page = quotations("Amandine Roy, porte-parole du centre, évoque « une montée en gamme ». Sur la page de l'association, un message publié dimanche a été partagé 2 000 fois : « Laissez chanter ceux qui ont bâti cette ville. »", lang: "fr")
        #expect(page.last?.kind == .direct)
        #expect(page.last?.speaker == "l'association")
    }

    /// Near misses: banners and placards carry slogans (mentions); a sign that sums up a mood
    /// with no owner keeps what the other rules give; a reply that is no notice keeps its writer.
    @Test func slogansAndLettersUnchanged() {
        #expect(quotations("Protesters held placards reading “Save Our Pool”.").map(\.kind) == [.mention])
        #expect(quotations("Fans were angry. A banner unfurled in the stand read “Ten years wasted”.").map(\.kind) == [.mention])
        #expect(quotations("Dans la vitrine, une affiche résume l'humeur : « Pas de parking, pas de clients ».", lang: "fr").map(\.kind) == [.mention])
        #expect(quotations("Les grévistes ont tendu une banderole : « Pas de lumière sans nous ».", lang: "fr").map(\.kind) == [.mention])
        #expect(quotations("The measure caps rents at 5 percent. The lawn signs read “Room to Breathe” and that is about right.").map(\.kind) == [.mention])
        #expect(quotations("Dans l'entrée de la résidence Lavergne, une affiche écrite à la main résume l'humeur : « 14 %, c'est non ».", lang: "fr").map(\.kind) == [.mention])
        let reply = quotations("She received a reply from the editor, Jane Hollis, that she still keeps. It reads, in full: “Please send more.”")
        #expect(reply.first?.speaker == "Jane Hollis")
    }

    /// Kind 4: a notice in a clause joined after a comma (`, where a new sign reads`, `, and a card
    /// taped to the window reads`) to a clause whose subject is an organisation or a name's own
    /// thing in the Saxon genitive: the text is that owner's. Any other subject (people, a
    /// pronoun, an event) gives none.
    @Test func noticeInAClauseJoinedToItsOwnersClause() {
        let trust = quotations("Volunteers from the Brackwater Heritage Trust counted 212 nests this year. The trust has asked walkers to stay on the boardwalk, where a new sign reads: “Nesting terns – please keep to the path.”")
        #expect(trust.map(\.kind) == [.direct])
        #expect(trust.first?.speaker == "Brackwater Heritage Trust")
        let bakery = quotations("Trading Standards weighed loaves on Quay Street last week. Kittiwake Bakery’s counter now shows the weight of every loaf, and a handwritten card taped to the till reads: “Weighed this morning.”")
        #expect(bakery.map(\.kind) == [.direct])
        #expect(bakery.first?.speaker == "Kittiwake Bakery")
        let tourists = quotations("\"It gets busy,\" said Mara Lind. Tourists have flocked to the headland, where a new sign reads: “Cliff edge – stay back.”")
        #expect(tourists.last?.kind == .direct)
        #expect(tourists.last?.speaker == nil)
        // Near misses: a name in the genitive that is no organisation (a day, a town, a person),
        // and a notice its own phrase places elsewhere (`on the pub door`), give no owner.
        for text in [
            "Saturday’s market was cancelled, and a notice on the square reads: “Back next week.”",
            "Jane Morrow’s house is sealed off, and a notice on the door reads: “Do not enter.”",
            "Harwick’s mayor has resigned, and a card on the town hall door reads: “Office closed.”",
            "The Fire Service attended the blaze on Mill Lane overnight, and a sign on the pub door now reads: “Closed until further notice.”",
        ] {
            let found = quotations(text)
            #expect(found.map(\.kind) == [.direct], "\(text)")
            #expect(found.first?.speaker == nil, "\(text)")
        }
    }

    /// A message sent to someone, with a participle and a colon before its text (`X sent the
    /// tenant a text message reading: "…"`), is the words of whoever sent it, also after an
    /// inserted source of the telling (`she said,`); a message no one is said to have sent
    /// stays no one's.
    @Test func sentMessageGoesToItsSender() {
        let text = """
        The prosecutor, Nia Pryce, described the morning. In June, she said, Colm Tracey sent the lodger a text message reading: "Rent is late. Locks changed."
        """
        let found = quotations(text).filter { $0.kind == .direct }
        #expect(found.map(\.speaker) == ["Colm Tracey"])
        let unsent = quotations("The prosecutor, Nia Pryce, described the morning. On the door was a note reading: \"Rent is late. Locks changed.\"").filter { $0.kind == .direct }
        #expect(unsent.allSatisfy { $0.speaker == nil }, "\(unsent)")
    }
}
