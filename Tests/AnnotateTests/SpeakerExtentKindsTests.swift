@testable import Annotate
import Model
import Testing

/// How many words name the speaker: a surname that is also an interjection, an opening
/// participle `Joint par téléphone`, a capitalised group before its origin, a name inside a
/// complement after its determiner, a name inside an opening adverbial before a description, and
/// a partitive subject before a relative clause (`Un des boulangers, qui …`); made-up sentences.
@Suite struct SpeakerExtentKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotes(_ text: String, lang: String) -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// A capitalised interjection right after a name word is the name's last word (`Aliou
    /// Tidiane Bah`), not where it stops; opening a sentence it stays an interjection.
    @Test func interjectionAfterANameIsItsSurname() {
        let found = quotes("« Tout est gris, même le linge », s'emporte Aliou Tidiane Bah, porte-parole du collectif des riverains.", lang: "fr")
        #expect(found.map(\.speaker) == ["Aliou Tidiane Bah"])
        // Near miss: opening the quotation, the interjection is no name.
        let opening = quotes("« Bah, on verra bien », soupire Odile Marnay.", lang: "fr")
        #expect(opening.map(\.speaker) == ["Odile Marnay"])
    }

    /// `Joint par téléphone, un responsable …, qui …, reconnaît` opens with a participle that
    /// marks gender (``Lexicon/genderMarkers``): no name; the phrase after its comma speaks.
    @Test func jointParTelephoneIsNoSpeaker() {
        let found = quotes("Joint par téléphone, un responsable de la direction régionale des Forêts, qui a requis l'anonymat, reconnaît que la dernière visite date « d'avant les travaux ».", lang: "fr")
        #expect(found.map(\.speaker) == ["un responsable de la direction régionale des Forêts"])
    }

    /// A capitalised plural of a noun for people before an origin (`Buyers from Lindau`) is a
    /// group described with where it is from, not a name cut before `from`.
    @Test func capitalisedGroupBeforeItsOriginIsDescribed() {
        let found = quotes("Buyers from Lindau used to write \"too sweet\" on their sheets.", lang: "en")
        #expect(found.map(\.speaker) == ["Buyers from Lindau"])
        // Near miss: a name before `from` stays the name (`Margaret from Fenwick Street`).
        let named = quotes("A reader, Margaret from Fenwick Street, writes: \"The bins were not emptied for a month.\"", lang: "en")
        #expect(named.map(\.speaker) == ["Margaret"])
    }

    /// A name opening the subject with no determiner before the plural of a noun for people
    /// (`Forestry experts said`) only modifies it: a group is described, and `she` after it is
    /// not that group but the woman named since.
    @Test func nameBeforeAPluralPersonNounModifiesIt() {
        let found = quotes("""
        Forestry experts said the drought was "a recurring one". Dr. Ines Marrow of the regional seed bank said growers needed shade more than relief. "Seedlings can wait a month if we have proper nurseries," she said.
        """, lang: "en").filter { $0.kind == .direct }
        #expect(found.map(\.speaker) == ["Forestry experts", "Ines Marrow"])
    }

    /// A name after a complement word and a determiner, with at most one adjective between (`the
    /// office of the County Recorder`, `a resident of the new Maple Ridge subdivision`), is the
    /// complement's: the whole phrase describes the speaker, no word of the name is one.
    @Test func nameInsideADeterminedComplementNamesNoSpeaker() {
        let office = quotes("When contacted, the office of the County Recorder said a proposal was \"under active consideration\".", lang: "en")
            .filter { $0.kind == .direct }
        #expect(office.map(\.speaker) == ["the office of the County Recorder"])
        let resident = quotes("A resident of the new Maple Ridge subdivision complained that her \"whole garden smells of smoke\".", lang: "en")
        #expect(resident.count == 1)
        #expect(resident.first?.speaker?.lowercased().hasPrefix("a resident of the new maple") == true)
        // A name inside an opening adverbial is no subject the description after the comma is a role of.
        let posted = quotes("In a post on the app Porchly in May, a resident of the new Maple Ridge subdivision complained that her \"whole garden smells of smoke\".", lang: "en")
        #expect(posted.count == 1)
        #expect(posted.first?.speaker?.lowercased().hasPrefix("a resident of the new maple") == true)
        // Near miss: an inverted subject with its role after a comma is the name, with that role.
        let inverted = quotes("« On fera des frites toute la semaine », rigole Marcel, le gérant, qui évalue sa perte à « plusieurs milliers d'euros ».", lang: "fr")
        #expect(inverted.map(\.speaker) == ["Marcel", "Marcel"])
        // Near miss: after a title the complement is the office's, and the name after it speaks.
        let minister = quotes("« C'est un début », a déclaré le ministre de la Culture Adama Kessou-Linda.", lang: "fr")
        #expect(minister.map(\.speaker) == ["Adama Kessou-Linda"])
    }

    /// Capitalised words right after an article or a lowercase organisation noun are no person's
    /// name (`The Western Register of Tall Ships`, `la société Forces Vives du Haut-Lirac`), so
    /// `of` and the name after it are words of it, however many words come before; after a
    /// person's full name with no article, `of X` is where the person is from.
    @Test func articledNameRunsOnThroughItsComplement() {
        let found = quotes("The Western Register of Tall Ships confirmed it had received \"a second claim\". \"We cannot rule on it yet,\" said Nora Pell of Harwick Police.", lang: "en")
        #expect(found.map(\.speaker) == ["The Western Register of Tall Ships", "Nora Pell"])
        // After the organisation noun that classifies it, in an apposition with its acronym.
        let classified = quotes("L'exploitant, la société Forces Vives du Haut-Lirac (FVHL), a confirmé la fuite. « Le débit est faible », indique-t-elle.", lang: "fr")
        #expect(classified.map(\.speaker) == ["Forces Vives du Haut-Lirac"])
        // Near miss: an indefinite article is no organisation's (`a Nora Pell of Harwick`, a person).
        let indefinite = quotes("\"We cannot rule on it yet,\" said a Nora Pell of Harwick, who runs the register.", lang: "en")
        #expect(indefinite.map(\.speaker) == ["Nora Pell"])
    }

    /// Two full names joined by `and` are two people, whichever of them speaks (`Tom Reyes and
    /// Ellen Pratt ran the raffle. "…," Pratt said.`), also when a surname is an interjection
    /// (`Minji Oh`); an organisation's name after the coordinator keeps the phrase whole.
    @Test func twoFullNamesJoinedByAndAreTwoPeople() {
        let found = quotes("Tom Reyes and Ellen Pratt ran the raffle. \"We sold every ticket,\" Pratt said.", lang: "en")
        #expect(found.map(\.speaker) == ["Ellen Pratt"])
        let interjection = quotes("Minji Oh and Ellen Pratt ran the stall. \"We sold every cake,\" Pratt said.", lang: "en")
        #expect(interjection.map(\.speaker) == ["Ellen Pratt"])
        // Near miss: `Surf and Paddle Club` is one organisation's name.
        let club = quotes("The Sligo Surf and Paddle Club said it was \"delighted\" with the new slipway.", lang: "en")
        #expect(club.map(\.speaker) == ["Sligo Surf and Paddle Club"])
    }

    /// A partitive subject (`Un des boulangers`, `One of the bakers`) before a relative clause
    /// set off by commas is one person of the group: the whole phrase speaks, not the group after
    /// the complement word. Near misses: a head that names no one gives way to its complement
    /// (`Des représailles de l'organisation islamique, qui affirme`), and a person noun before a
    /// complement keeps it whole (`A member of Friends of the Earth`, `Un agent de la société
    /// privée de gardiennage`).
    @Test func partitiveBeforeARelativeClauseSpeaks() {
        let baker = quotes("Un des boulangers, qui a requis l'anonymat, affirme avoir payé la farine « au prix fort ».", lang: "fr")
        #expect(baker.map(\.speaker) == ["Un des boulangers"])
        let seller = quotes("L'une des vendeuses, qui travaille là depuis dix ans, explique que la clientèle « a changé ».", lang: "fr")
            .filter { $0.kind == .direct }
        #expect(seller.map(\.speaker) == ["L'une des vendeuses"])
        let bakers = quotes("Two bakers were questioned. One of the bakers, who asked not to be named, said he had paid \"full price\" for the flour.", lang: "en")
            .filter { $0.kind == .direct }
        #expect(bakers.map(\.speaker) == ["One of the bakers"])
        let reprisals = quotes("Des représailles de l'organisation islamique, qui affirme « ne rien craindre », sont attendues.", lang: "fr")
        #expect(reprisals.map(\.speaker) == ["l'organisation islamique"])
        let member = quotes("A member of Friends of the Earth, who asked not to be named, said the plan was \"a fudge\".", lang: "en")
            .filter { $0.kind == .direct }
        #expect(member.map(\.speaker) == ["A member of Friends of the Earth"])
        let guardian = quotes("Un agent de la société privée de gardiennage, qui a requis l'anonymat, affirme que la porte était « ouverte ».", lang: "fr")
            .filter { $0.kind == .direct }
        #expect(guardian.map(\.speaker) == ["Un agent de la société privée de gardiennage"])
    }

    /// A head that is words of an institution's name (`la zone de police Marlière-Nord`,
    /// ``Lexicon/institutionNameHeads``) names the speaker with the name after it, also inside a
    /// side phrase (`Du côté de la zone de police …, on indique`); the name alone later is the
    /// same speaker. Near miss: an organisation noun of one word only classifies the name
    /// (`l'association Chemins ouverts` is `Chemins ouverts`).
    @Test func institutionHeadIsWordsOfItsName() {
        let zone = quotes("Interrogée, la zone de police Marlière-Nord assure que « chaque vélo trouvé est vérifié ».", lang: "fr")
        #expect(zone.map(\.speaker) == ["zone de police Marlière-Nord"])
        let side = quotes("Du côté de la zone de police Marlière-Nord, on indique que les images « sont en cours d'analyse ».", lang: "fr")
        #expect(side.map(\.speaker) == ["zone de police Marlière-Nord"])
        let bare = quotes("La zone de secours Vallon-Ouest a publié son bilan. « Nous avons soigné 143 personnes », indique Vallon-Ouest.", lang: "fr")
        #expect(bare.map(\.speaker) == ["zone de secours Vallon-Ouest"])
        let association = quotes("L'association Chemins ouverts dénonce « une décision idéologique ».", lang: "fr")
        #expect(association.map(\.speaker) == ["Chemins ouverts"])
    }

    /// A spokesperson for a known organisation who is the subject of the sentence just before
    /// (`A spokeswoman for the Harbour Board said …`) is the one a personal pronoun of that gender
    /// means (`“…,” she said.`): the organisation speaks, not another woman in view. Near miss:
    /// with a sentence about someone else between, the pronoun means her.
    @Test func spokespersonForAnOrganisationSpeaksForItAfterwards() {
        let board = quotes("Marlow Harbour Board closed the pier on Monday. Bronwyn Tallis, a fisher, was angry.\n\nA spokeswoman for the Marlow Harbour Board said the pier was unsafe.\n\n\"Anyone who fishes there is at risk,\" she said.", lang: "en")
            .filter { $0.kind == .direct }
        #expect(board.map(\.speaker) == ["Marlow Harbour Board"])
        let between = quotes("Marlow Harbour Board closed the pier on Monday.\n\nA spokeswoman for the Marlow Harbour Board said the pier was unsafe. Bronwyn Tallis, a fisher, was angry.\n\n\"It is my living,\" she said.", lang: "en")
            .filter { $0.kind == .direct }
        #expect(between.map(\.speaker) == ["Bronwyn Tallis"])
        // A sentence that names someone else (the session-22 review): `she` is that person, not the body.
        let silent = quotes("Marlow Harbour Board closed the pier on Monday. Bronwyn Tallis, a fisher, was angry.\n\nA spokeswoman for the Marlow Harbour Board apologised to Bronwyn Tallis. \"I was never even asked,\" she said.", lang: "en")
            .filter { $0.kind == .direct }
        #expect(silent.map(\.speaker) == ["Bronwyn Tallis"])
    }

    /// A spokesperson of no gender (`A spokesperson for the company`) for an organisation, subject
    /// of the sentence just before, is the antecedent of `he` or `she` alike: the organisation
    /// speaks, not no one.
    @Test func ungenderedSpokespersonSpeaksForTheOrganisationAfterwards() {
        let ferry = quotes("Keldon Ferry Company cancelled the evening crossings. The company called the storm \"exceptional\". A spokesperson for the company later added that a relief boat was ready. Asked whether fares would be refunded, he said: \"We will look at every ticket.\"", lang: "en")
            .filter { $0.kind == .direct }
        #expect(ferry.last?.speaker == "Keldon Ferry Company")
        let dyke = quotes("The Fenmoor Drainage Authority will stop mending the dyke. A spokesperson for the authority said the review took two years. \"We know how hard this is for the farms,\" she said.", lang: "en")
            .filter { $0.kind == .direct }
        #expect(dyke.map(\.speaker) == ["The Fenmoor Drainage Authority"])
        // (A sentence that names someone else still leaves the pronoun to that person.)
        let other = quotes("Keldon Ferry Company cancelled the crossings. Ivo Marsh, a deckhand, was angry.\n\nA spokesperson for the Keldon Ferry Company apologised to Ivo Marsh. \"I lost a week of pay,\" he said.", lang: "en")
            .filter { $0.kind == .direct }
        #expect(other.map(\.speaker) == ["Ivo Marsh"])
    }
}
