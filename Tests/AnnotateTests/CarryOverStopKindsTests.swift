import Annotate
import Model
import Testing

/// Where carry-over must stop, and the cue's own subject: a written text quoted as the source of
/// its words (a letter, a report, a sign) is its owner's or no one's, never the last speaker's;
/// notice owners after `from` or in a Saxon genitive; posters as notices; an adverb set off between a speech verb and
/// its subject; `the latter` after two people; an honorific of the other gender than the only
/// namesake; an inverted pronoun whose gender the paragraph's subject does not share. Made-up
/// sentences in the shapes news copy uses, with near misses that must not change.
@Suite struct CarryOverStopKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: "Test")))
    }

    /// Kind 1: a written text with no owner heads the subject of the quotation's sentence: no one's
    /// words, however recently someone spoke.
    @Test func ownerlessWrittenTextStopsCarryOver() {
        let letter = quotations("\"We will fight this,\" said Joan Avery, who chairs the tenants' group.\n\nThe letter ends: \"We regret any inconvenience caused.\"")
        #expect(letter.map(\.speaker) == ["Joan Avery", nil])
        let report = quotations("\"It is a scandal,\" said Tom Reyes, a parent.\n\nThe report is blunt: \"Leadership at the school is inadequate.\"")
        #expect(report.map(\.speaker) == ["Tom Reyes", nil])
        let ruling = quotations("\"It is a scandal,\" said Tom Reyes, a parent.\n\nThe ruling, handed down on Friday, is brief: \"The appeal is dismissed.\"")
        #expect(ruling.map(\.speaker) == ["Tom Reyes", nil])
        let rapport = quotations("« Nous ne lâcherons rien », a déclaré Marc Dutour, le président du syndicat.\n\nLe rapport rendu mardi a une conclusion sans appel : « Le pont doit être fermé sans délai. »", lang: "fr")
        #expect(rapport.map(\.speaker) == ["Marc Dutour", nil])
        let panneau = quotations("« Ralentissez », a lancé Marie Colin, qui habite la rue depuis trente ans.\n\nUn panneau le rappelle aussi : « Zone 30, école. »", lang: "fr")
        #expect(panneau.map(\.speaker) == ["Marie Colin", nil])
        let courrier = quotations("« On nous a oubliés », regrette Paul Henry, agriculteur.\n\nLe courrier, que nous avons pu consulter, le somme de « régulariser la situation sous deux mois ».", lang: "fr")
        #expect(courrier.map(\.speaker) == ["Paul Henry", nil])
        let carton = quotations("« C'est la fin d'une époque », soupire Jeanne Morel, une cliente.\n\nSur la vitrine, un carton écrit à la main résume l'état d'esprit : « Merci pour tout. »", lang: "fr")
        #expect(carton.map(\.speaker) == ["Jeanne Morel", nil])
    }

    /// Kind 2: the text's own phrase names its owner: an agent after a participle, `from X`, a
    /// genitive name.
    @Test func writtenTextOwnerSpeaks() {
        let issued = quotations("\"We have cut here for generations,\" said Mary Doyle.\n\nThe notices, issued by the Wetlands Office, warn that cutting \"will result in prosecution\".")
        #expect(issued.last?.speaker == "the Wetlands Office")
        let from = quotations("\"It was chaos,\" said Dan Webb, a resident.\n\nA handwritten notice from the caretaker, Bill Hoskins, reads \"Lift out of order until Monday\".")
        #expect(from.last?.speaker == "the caretaker") // (the owner after `from`; the apposed name is not yet merged into it)
        let shop = quotations("\"It was chaos,\" said Dan Webb, a resident.\n\nPriya Shah's shop sign now reads \"Back in ten minutes\".")
        #expect(shop.last?.speaker == "Priya Shah")
    }

    /// Kind 2c: the owner in a genitive past the noun's adjectives, or a lowercase one that names a
    /// body or a person met before (`Un rapport de l'organisme publié lundi`, `A second report of the
    /// regulator`): the owner speaks, resolved as any role phrase.
    @Test func genitiveOwnerPastAdjectivesSpeaks() {
        let organisme = quotations("« Nous manquons de bras », explique Luc Garnier, éleveur à Saint-Aubin.\n\nSelon la Chambre d'agriculture du Val-Morin, les installations ont baissé de moitié. Un rapport de l'organisme publié lundi juge la situation « très préoccupante ».", lang: "fr")
        #expect(organisme.last?.speaker == "Chambre d'agriculture du Val-Morin")
        let annuel = quotations("« Nous manquons de bras », explique Luc Garnier, éleveur à Saint-Aubin.\n\nLe rapport annuel de la Cour régionale des comptes, publié mercredi, estime que la réforme a été « mal préparée ».", lang: "fr")
        #expect(annuel.last?.speaker == "Cour régionale des comptes")
        let note = quotations("« On nous a oubliés », regrette Paul Henry, agriculteur.\n\nLa note interne de la préfecture, que nous avons consultée, évoque « un risque réel de pénurie ».", lang: "fr")
        #expect(note.last?.speaker == "la préfecture")
        let maire = quotations("« On nous a oubliés », regrette Paul Henry, agriculteur.\n\nLe maire, Alain Vidal, a répondu par écrit. Le courrier du maire, daté du 3 mai, évoque « une erreur de calcul ».", lang: "fr")
        #expect(maire.last?.speaker == "Alain Vidal")
        let regulator = quotations("\"We are short of staff,\" said Jo Marsh, a nurse at the clinic.\n\nThe regulator, Ofwell, fined the firm last year. A second report of the regulator describes the plant as \"unfit for purpose\".")
        #expect(regulator.last?.speaker == "Ofwell")
        let trust = quotations("\"We are short of staff,\" said Jo Marsh, a nurse at the clinic.\n\nThe annual letter of the Coastal Health Trust, published on Monday, warns of \"a decade of decline\".")
        #expect(trust.last?.speaker == "the Coastal Health Trust")
        let board = quotations("\"We are short of staff,\" said Jo Marsh, a nurse at the clinic.\n\nThe internal memo of the hospital board describes staffing as \"critical\".")
        #expect(board.last?.speaker == "the hospital board")
        let live = quotations("\"We are short of staff,\" said Jo Marsh, a nurse at the clinic.\n\nLive: 10.42am - A leaked letter of Health Secretary Dan Ortiz calls the figures \"a wake-up call\".")
        #expect(live.last?.speaker == "Dan Ortiz")
    }

    /// Near misses of kind 2c: a genitive that says what the text is about or when (`d'inspection`,
    /// `of 2023`) gives no owner; a possessive's owner and a person's own cue are unchanged.
    @Test func genitiveWithoutOwnerNamesNoOne() {
        let inspection = quotations("« Nous manquons de bras », explique Luc Garnier, éleveur à Saint-Aubin.\n\nLe rapport d'inspection, rendu mardi, conclut : « L'étable doit être fermée. »", lang: "fr")
        #expect(inspection.map(\.speaker) == ["Luc Garnier", nil])
        let year = quotations("\"We are short of staff,\" said Jo Marsh, a nurse at the clinic.\n\nThe annual letter of 2023, published on Monday, warns of \"a decade of decline\".")
        #expect(year.map(\.speaker) == ["Jo Marsh", nil])
        let hers = quotations("\"We are short of staff,\" said Jo Marsh, a nurse at the clinic.\n\nHer report of last year already warned of \"a decade of decline\".")
        #expect(hers.last?.speaker == "Jo Marsh")
        let cue = quotations("« Nous manquons de bras », explique Luc Garnier, éleveur à Saint-Aubin.\n\nLe rapport de la Chambre d'agriculture ne convainc pas l'éleveur. « Ils ne sont jamais venus ici », dit-il.", lang: "fr")
        #expect(cue.last?.speaker == "Luc Garnier")
    }

    /// Near misses: a person speaks in the paragraph, or its subject is a person, or nothing names
    /// a text: carry-over and cues as before.
    @Test func personSourcesKeepTheirWords() {
        let pronoun = quotations("\"We will fight this,\" said Joan Avery.\n\nThe letter was not enough for her. \"It changes nothing,\" she said.")
        #expect(pronoun.map(\.speaker) == ["Joan Avery", "Joan Avery"])
        let person = quotations("« Nous ne lâcherons rien », a déclaré Marc Dutour.\n\nLe syndicaliste a une conclusion sans appel : « Le pont doit être fermé. »", lang: "fr")
        #expect(person.map(\.speaker) == ["Marc Dutour", "Marc Dutour"])
        let plain = quotations("\"We will fight this,\" said Joan Avery.\n\n\"And we will win.\"")
        #expect(plain.map(\.speaker) == ["Joan Avery", "Joan Avery"])
        let named = quotations("« Il fallait que ce soit beau », explique Samuel Abena, le compositeur.\n\nLe Registre national des chorales a confirmé le résultat dans un communiqué publié dimanche, saluant une « organisation irréprochable ».", lang: "fr")
        #expect(named.last?.speaker == "Registre national des chorales")
        let hers = quotations("The tests were done by Dr Ruth Kane of the veterinary college. Her report, a copy of which we have seen, notes \"chronic changes in both joints\".")
        #expect(hers.last?.speaker == "Ruth Kane")
    }

    /// Kind 2d: a name the speaker finder reads inside the written text's own phrase (`A letter of
    /// support from X describes`) keeps the finder's form, the one every other cue gives it; an
    /// agent after a participle (`written by X`, `rédigée par X`) is read as before.
    @Test func nameInsideWrittenTextKeepsTheFindersForm() {
        let union = quotations("Tenants packed the hall. A letter of support from the Marsh Lane Tenants Union describes the plan as \"long overdue\".")
        #expect(union.map(\.speaker) == ["Marsh Lane Tenants Union"])
        let trust = quotations("The council has closed the pool. The report, written by the Lido Trust, describes the roof as \"unsafe\".")
        #expect(trust.map(\.speaker) == ["the Lido Trust"])
        let cour = quotations("Le ministère a publié un rapport lundi. Une note, rédigée par la Cour régionale des comptes, dénonce « un pilotage défaillant ».", lang: "fr")
        #expect(cour.last?.speaker == "Cour régionale des comptes")
    }

    /// Kind 2e: a written text in the Saxon genitive of its owner (`the task force's preliminary
    /// report`) is the owner's, found as a possessive's owner is: not no one's.
    @Test func saxonGenitiveOwnerOfWrittenText() {
        let report = quotations("The Food Safety Task Force raided four kitchens on Monday.\n\nAccording to the task force's preliminary report, inspectors found \"stale meat in the freezers\".")
        #expect(report.map(\.speaker) == ["The Food Safety Task Force"])
    }

    /// Kind 2f: a written text that cannot speak (`Le courrier évoque`, `The rulebook says`) is no
    /// speaker, even as the subject of a speech verb: its words are its issuer's, named with it
    /// earlier (`un courrier de X`, `an order by X`, `a rulebook from X`), or no one's.
    @Test func writtenTextSubjectIsItsIssuer() {
        let courrier = quotations("Les commerçants ont reçu la semaine dernière un courrier de l'Association des riverains du port. « C'est absurde », soupire Paul Morel, boucher.\n\nLe courrier évoque « des nuisances répétées ».", lang: "fr")
        #expect(courrier.map(\.speaker) == ["Paul Morel", "Association des riverains du port"])
        let rulebook = quotations("Exhibitors receive a rulebook from the Kelby Show Society each spring. \"Nobody reads it,\" said Ann Pike, who has baked for the show for 30 years.\n\nThe rulebook says cakes must be \"baked at home\".")
        #expect(rulebook.map(\.speaker) == ["Ann Pike", "Kelby Show Society"])
        let order = quotations("Tenants were served an order by the Housing Tribunal last week. \"It is a scandal,\" said Tom Reyes, a tenant.\n\nThe order gives them \"fourteen days to leave\".")
        #expect(order.map(\.speaker) == ["Tom Reyes", "Housing Tribunal"])
        let prefecture = quotations("Le jeune homme a reçu lundi un courrier de la préfecture de Valmorne lui donnant un mois pour partir.\n\nSelon ce courrier, sa demande a été rejetée faute de « justificatifs suffisants ».", lang: "fr")
        #expect(prefecture.map(\.speaker) == ["la préfecture de Valmorne"])
        // Near misses: no issuer given, no one; the receivers are not the issuers; a person subject speaks.
        let none = quotations("Les propriétaires ont reçu un courrier. « C'est absurde », soupire Paul Morel, boucher.\n\nLe courrier évoque « des travaux urgents ».", lang: "fr")
        #expect(none.map(\.speaker) == ["Paul Morel", nil])
        let caretaker = quotations("\"It was chaos,\" said Dan Webb, a resident.\n\nThe caretaker says the lift is \"out of order until Monday\".")
        #expect(caretaker.last?.speaker == "The caretaker")
        let statement = quotations("The Harbour Board published a statement on Monday. The statement says the pier is \"safe to reopen\".")
        #expect(statement.map(\.speaker) == ["The Harbour Board"])
    }

    /// Kind 2g: an acronym in the genitive of a written text is the whole owner: the lowercase
    /// word after it is the verb, not part of the name.
    @Test func acronymOwnerEndsAtTheVerb() {
        let found = quotations("L'Association des éleveurs du Val Morin (AEVM) a durci ses règles cette année. « C'est trop tard », regrette Paul Morel, éleveur.\n\nLe règlement de l'AEVM prévoit que toute bête doit être « née dans la vallée ».", lang: "fr")
        #expect(found.map(\.speaker) == ["Paul Morel", "Association des éleveurs du Val Morin"])
    }

    /// Kind 2b: a poster is a notice like a sign: one poster that `reads` a text quotes its owner,
    /// or no one; posters that `read` a text carry a slogan.
    @Test func posterReadsLikeASign() {
        let pub = quotations("\"It was chaos,\" said Dan Webb, a resident.\n\nA poster in the window of the pub reads \"Quiz night cancelled\".")
        #expect(pub.map(\.kind) == [.direct, .direct])
        #expect(pub.last?.speaker == nil)
        let march = quotations("Hundreds marched through the town. Their posters read \"No to the mine\".")
        #expect(march.first?.kind == .mention)
    }

    /// Kind 3: an adverb the lexicon also lists among auxiliaries (`again`, `once`), set off by
    /// commas between the speech verb and its subject.
    @Test func adverbBetweenVerbAndSubject() {
        let again = quotations("The debate ran late.\n\n\"This is a disgrace,\" said, again, the local MP, Tom Birch.")
        #expect(again.first?.speaker == "Tom Birch")
        let more = quotations("The debate ran late.\n\n\"This is a disgrace,\" said, once more, the local MP.")
        #expect(more.first?.speaker == "the local MP")
    }

    /// Kind 4: `the latter` after `X met the mayor` is the mayor (a day name after the phrase is no name).
    @Test func latterIsThePhraseNamedLast() {
        let latter = quotations("Paul Grant met the mayor on Tuesday. The latter said: \"We will help.\"")
        #expect(latter.first?.speaker == "the mayor")
    }

    /// Kind 5: `Mrs Pryce` with only `Owen Pryce` in view is someone else, not the man.
    @Test func honorificOfOtherGenderIsSomeoneElse() {
        let pryce = quotations("Owen Pryce, 62, has farmed here all his life. \"We will stay,\" Mrs Pryce said.")
        #expect(pryce.first?.speaker == "Pryce")
        // (Near miss: `Mr Pryce` is Owen Pryce.)
        let mister = quotations("Owen Pryce, 62, has farmed here all his life. \"We will stay,\" Mr Pryce said.")
        #expect(mister.first?.speaker == "Owen Pryce")
    }

    /// Kind 6: an inverted pronoun whose gender the paragraph's subject does not share means the
    /// person of its gender that paragraph named.
    @Test func invertedPronounPicksThePersonOfItsGender() {
        let il = quotations("« Nous partons demain », a annoncé Marc Leroy, l'armateur.\n\nLe capitaine Lucie Marchand a salué le matelot Paul Roux. « Il a été parfait », a-t-il confié.", lang: "fr")
        #expect(il.last?.speaker == "Paul Roux")
        let elle = quotations("« Nous partons demain », a annoncé Marc Leroy, l'armateur.\n\nLe capitaine Lucie Marchand a salué le matelot Paul Roux. « Il a été parfait », a-t-elle confié.", lang: "fr")
        #expect(elle.last?.speaker == "Lucie Marchand")
    }
}
