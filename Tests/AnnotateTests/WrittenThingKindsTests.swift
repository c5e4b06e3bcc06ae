import Annotate
import Model
import Testing

/// Signs, notes and reports whose writer or issuer the text gives in a genitive, in the place
/// the notice hangs, or as whoever put it up: their words are that one's. One test per kind, on
/// made-up sentences (no corpus text, no real names), with near misses that must not change.
@Suite struct WrittenThingKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: "Test")))
    }

    /// Kind 1: a body's own report, with a modifier between the genitive and the noun (`The
    /// board's preliminary report`), is a noun, not the verb `report`; with a participle set off
    /// by commas before `found`, the fragment it found is the body's.
    @Test func bodysModifiedReportFindsForTheBody() {
        let report = quotations("Investigators from the Tallowmere Rail Safety Board visited the site on Monday.\n\nThe board's preliminary report, released in June, found the pump was “within limits” when it was last checked.")
        #expect(report.map(\.kind) == [.direct])
        #expect(report.first?.speaker == "Tallowmere Rail Safety Board")
        let plain = quotations("Investigators from the Tallowmere Rail Safety Board visited the site on Monday.\n\nThe board's report, released in June, found the pump was “badly worn” when it was last checked.")
        #expect(plain.map(\.kind) == [.direct])
        #expect(plain.first?.speaker == "Tallowmere Rail Safety Board")
        // (A plural noun between keeps the verb: the members report.)
        let members = quotations("The Harbin Valley Anglers Union met on Monday. The union's members report that the river is “lower than ever”.")
        #expect(members.first?.speaker != "Harbin Valley Anglers Union's members")
    }

    /// Kind 2: French `la mission` (an inspection or inquiry team) is an organisation: `Le rapport
    /// de la mission d'enquête a pointé des « … »` is the mission's, not the report's, and a
    /// participle with its own complement (`dépêchée sur place`) is no part of its name.
    @Test func reportOfAMissionIsTheMissions() {
        let report = quotations("Le décret est paru au printemps.\n\nLe rapport de la mission d'enquête a pointé des « lacunes graves » dans le dispositif.", lang: "fr")
        #expect(report.map(\.kind) == [.direct])
        #expect(report.first?.speaker == "la mission d'enquête")
        // (A participle heading a complement of its own closes the author; an adjective before a genitive does not.)
        let sent = quotations("Le décret est paru au printemps.\n\nLe rapport de la mission d'enquête envoyée sur place avait alors pointé des « lacunes graves ».", lang: "fr")
        #expect(sent.first?.speaker == "la mission d'enquête")
        let guards = quotations("Le décret est paru au printemps.\n\nLe rapport de la société privée de gardiennage a pointé des « failles ».", lang: "fr")
        #expect(guards.first?.speaker == "la société privée de gardiennage")
    }

    /// Kind 3: a notice placed in someone's window, door or shop (`A sign in X's window now
    /// reads: “…”`) is that one's, when the notice's own phrase gives no owner.
    @Test func noticeInSomeonesWindowIsTheirs() {
        let sign = quotations("Tomasz Wren has sold chips on the front for thirty years. His rival opened next door in May.\n\nA hand-painted sign in Tomasz's window now reads: “THE REAL CHIPPY SINCE 1990”.")
        #expect(sign.map(\.kind) == [.direct])
        #expect(sign.first?.speaker == "Tomasz Wren")
    }

    /// Kind 4: plural notices with whoever put them up in their phrase (`Signs put up by the
    /// council … now read: “…”`) are that one's; plural notices with no such agent stay slogans.
    @Test func pluralNoticesPutUpBySomeoneAreTheirs() {
        let signs = quotations("Lindale Shire Council has banned feeding at the pond after ducks fell ill.\n\nSigns put up by the council at the pond's two gates now read: \"Please do not feed the ducks.\"")
        #expect(signs.map(\.kind) == [.direct])
        #expect(signs.first?.speaker == "Lindale Shire Council")
        let lawn = quotations("The campaign against the bypass has grown all summer. The lawn signs read \"Not Through Our Village\".")
        #expect(lawn.allSatisfy { $0.speaker == nil })
    }

    /// Kind 5: a notice in a relative clause with `that` (`a sign outside the pub that reads “…”`)
    /// is whoever the sentence says put it up (a pronoun subject is left to the other rules).
    @Test func noticeThatReadsIsWhoeverPutItUp() {
        let sign = quotations("The brewery raised its prices in March. The landlord, Osric Pell, has put up a sign outside the pub that reads \"Local Ale, Local Prices.\"")
        #expect(sign.map(\.kind) == [.direct])
        #expect(sign.first?.speaker == "Osric Pell")
    }

    /// Kind 6: a notice noun with `reading` right before the text (`a laminated note reading
    /// “…”`): when the text is a quotation, it is the note's owner's or no one's, never the person
    /// spoken of last; a slogan on a sign stays a mention.
    @Test func noteReadingIsNoOnesWithoutAnOwner() {
        let note = quotations("\"Nobody owns a riverbank,\" said the club secretary, Hal Brennan.\n\nMr Brennan said members had found the stakes on Sunday next to a laminated note reading \"Private claim - stay away\". He said the club had told the rangers.")
        let text = note.first { $0.text == "Private claim - stay away" }
        #expect(text?.kind == .direct)
        #expect(text != nil && text?.speaker == nil)
        let slogan = quotations("The protest camp has grown all week. The camper's window carries a hand-painted sign reading 'Our Hills, Our Say'.")
        #expect(slogan.allSatisfy { $0.kind == .mention })
    }

    /// Kind 7: a notice on `its` door or window (`A handwritten note taped to its front door
    /// read: “…”`) is whoever the sentence before is about, also a common noun for a body named
    /// earlier (`The museum has closed.`) and a subject before a relative clause set off by commas
    /// (`The museum, which draws …, has closed.`).
    @Test func noticeOnItsDoorIsTheSubjectBefore() {
        let plain = quotations("Thieves broke into the Harwick Bay Maritime Museum on Sunday. The museum has closed. A handwritten note taped to its front door on Monday read: \"Closed until further notice. Pray for us.\"")
        #expect(plain.map(\.kind) == [.direct])
        #expect(plain.first?.speaker == "Harwick Bay Maritime Museum")
        let relative = quotations("Thieves broke into the Harwick Bay Maritime Museum on Sunday. The museum, which draws about 3,000 visitors a summer, has closed. A handwritten note taped to its front door on Monday read: \"Closed until further notice. Pray for us.\"")
        #expect(relative.map(\.kind) == [.direct])
        #expect(relative.first?.speaker == "Harwick Bay Maritime Museum")
    }

    /// Kind 8: a definite written text by another noun than the one its issuer was named with
    /// (`une lettre de la société X … Le courrier évoque`) is not taken for that issuer's: a
    /// sentence between may send another (`Leur avocat a répondu par courrier`; the session-22
    /// tester's regression), and no document named before makes it no one's either.
    @Test func writtenTextByAnotherNounIsNotTheEarlierIssuers() {
        let reply = quotations("Les salariés ont reçu une lettre de la société Ferrand Immobilier. Leur avocat, Me Paul Gendre, a répondu par courrier. Le courrier évoque « une procédure irrégulière ».", lang: "fr")
        #expect(reply.first?.speaker != "Ferrand Immobilier")
        let none = quotations("Mme Roux habite l'immeuble depuis vingt ans. Le courrier évoque des « impayés répétés ».", lang: "fr")
        #expect(none.first?.speaker == nil)
    }

    /// Kind 9 (the session-22 tester's R3 and R6): `It` after a subject whose organisation noun
    /// comes past lowercase modifiers (`The parish council voted …`) is not given to a phrase run
    /// on into the verb, nor to a place named in that sentence.
    @Test func itAfterAModifiedOrganisationIsNoPlaceNorARunOnPhrase() {
        let place = quotations("The parish council voted on Monday to fund a new footpath to Hollins Green. It said: \"This is about safety.\"")
        #expect(place.last?.speaker != "Hollins Green")
        let runOn = quotations("The parish council voted on Monday. It said: \"This is about safety.\"")
        #expect(runOn.last?.speaker != "The parish council voted")
    }
}
