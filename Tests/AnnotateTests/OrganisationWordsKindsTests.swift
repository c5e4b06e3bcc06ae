import Annotate
import Model
import Testing

/// An organisation's words, given through its spokesperson, its premises or a text it issued,
/// credited to the organisation (or the phrase that names it), not to the last person quoted.
/// One test per kind, on made-up sentences (no corpus text, no real names).
@Suite struct OrganisationWordsKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr", title: String = "Test") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: title)))
    }

    /// Kind 1: an organisation's name with a complement word inside it (`City of Marlow`, `Port
    /// of Delmar Authority`) before a role noun (`spokeswoman`) names someone who speaks, after
    /// or before the quotation, with a colon or a reported clause; a statement then named goes on
    /// with the same speaker. A role noun after a lowercase complement is unchanged.
    @Test func organisationNameWithInnerComplementBeforeRoleNounSpeaks() {
        let before = quotations("“We will not move,” said Anna Reyes, a teacher.\n\nA City of Marlow spokeswoman said the road would reopen “on Friday”.", lang: "en")
        #expect(before.last?.speaker == "A City of Marlow spokeswoman")
        let colon = quotations("“We will not move,” said Anna Reyes, a teacher.\n\nA City of Marlow spokeswoman said: “The road will reopen on Friday.”", lang: "en")
        #expect(colon.last?.speaker == "A City of Marlow spokeswoman")
        let authority = quotations("“We will not move,” said Anna Reyes, a teacher.\n\nA Port of Delmar Authority spokesperson said the berth was “secure”.", lang: "en")
        #expect(authority.last?.speaker == "A Port of Delmar Authority spokesperson")
        let statement = quotations("“We will not move,” said Anna Reyes, a teacher.\n\nIn a statement, a Shire of Lorne Coast spokesperson said the licence had been awarded “following a fair process”. The statement said both applicants had been “invited to a debrief”.", lang: "en")
        #expect(statement.suffix(2).map(\.speaker) == ["a Shire of Lorne Coast spokesperson", "a Shire of Lorne Coast spokesperson"])
        // Near misses: a lowercase complement (`a friend of the family`), a plain name before the noun.
        let friend = quotations("A friend of the family said the boy was “quiet and kind”.", lang: "en")
        #expect(friend.last?.speaker == "A friend of the family")
        let plain = quotations("“We will appeal,” said a Northern Rail spokesperson.", lang: "en")
        #expect(plain.last?.speaker == "a Northern Rail spokesperson")
    }

    /// Kind 2: French impersonal `on` at an organisation: after the verb, an acronym alone (`précise-t-on
    /// au GCE`), or `chez` and a name, over a two-word verb's infinitive (`fait-on valoir chez X`);
    /// before it, a side phrase closed by the organisation's acronym in brackets (`Du côté de la
    /// Société … (SET), on …`). `on` at a place (`dit-on au village`) stays no one's.
    @Test func impersonalOnAtAnOrganisationSpeaksForIt() {
        let acronym = quotations("En cause, selon le Groupement des centres d'examen (GCE), une pénurie d'examinateurs.\n\n« Nous recrutons, mais la formation prend du temps », précise-t-on au GCE.")
        #expect(acronym.last?.speaker == "Groupement des centres d'examen")
        let bracketed = quotations("« Nous ne partirons pas », a déclaré Anne Roux.\n\nDu côté de la Société d'exploitation du terminal (SET), on reconnaît des « difficultés techniques ».")
        #expect(bracketed.last?.speaker == "Société d'exploitation du terminal")
        let chez = quotations("Les prix ont chuté de moitié. « Les stocks ne sont pas écoulés », fait-on valoir chez Brunel Frères.")
        #expect(chez.last?.speaker == "Brunel Frères")
        let village = quotations("« C'est toujours comme ça », dit-on au village.")
        #expect(village.last?.speaker == nil)
    }

    /// Kind 3: `according to` a document phrase whose head noun can also be a verb of saying,
    /// after modifiers (`a draft note prepared by X`, `an internal note of X (ACR) seen by …`):
    /// the document's author speaks. A head-only preposition (`A spokesman for the council said`,
    /// `a pour sa part regretté`) keeps its verb.
    @Test func documentAfterAttributionPrepositionSpeaksForItsAuthor() {
        let draft = quotations("“We will not move,” said Anna Reyes, a teacher.\n\nAccording to a draft note prepared by the Northern Transit Corporation, the route carries “fewer than 900 passengers a day”.", lang: "en")
        #expect(draft.last?.speaker == "the Northern Transit Corporation")
        let memo = quotations("“We will not move,” said Anna Reyes, a teacher.\n\nAccording to an internal note of the Marlow Cargo Corporation (MCC) seen by this newspaper, the generator “failed to start”.", lang: "en")
        #expect(memo.last?.speaker == "the Marlow Cargo Corporation")
        let council = quotations("The Harwick Health Council will review the drug. A spokesman for the council said an assessment would “begin immediately”.", lang: "en")
        #expect(council.last?.speaker == "The Harwick Health Council")
        let part = quotations("La direction de la Régie des quais a pour sa part regretté une grève « incompréhensible ».")
        #expect(part.last?.speaker == "La direction de la Régie des quais")
    }
}
