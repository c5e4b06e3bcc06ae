import Annotate
import Model
import Testing

/// Pronouns that point back past an apposition or an opener (`Celui-ci`, `Pour le jeune
/// artisan, …`, two opening adverbials before a described person) and subjects with something
/// between them and their verb (`par la voix de X`, `Son mari, à côté d'elle, …`). One test per
/// kind, on made-up sentences (no corpus text, no real names), in French and, where the kind
/// exists there, English.
@Suite struct PronounAndInsertKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr", title: String = "Test") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: title)))
    }

    /// Kind 1: `Celui-ci`, `Celle-ci` mean the person of that gender named last, not the
    /// organisation subject before.
    @Test func latterPronounMeansThePersonNamedLast() {
        let lawyer = quotations("Contacté, le cabinet Brindel Conseil renvoie vers son avocat, Me Arnaud Peyrolle. Celui-ci affirme que son client a « toujours agi dans les règles ».")
        #expect(lawyer.first { $0.kind == .direct }?.speaker == "Arnaud Peyrolle")
        let spokeswoman = quotations("La société Varmonde renvoie vers sa directrice, Noémie Castagnol. Celle-ci assure que l'usine « restera ouverte ».")
        #expect(spokeswoman.first { $0.kind == .direct }?.speaker == "Noémie Castagnol")
    }

    /// Kind 1b: `Ce dernier`, `Cette dernière` mean the person named last, as `Celui-ci` does,
    /// before a colon and as a cue's inverted subject; not `ce dernier point` (a determiner and
    /// an adjective before a noun).
    @Test func latterPhraseMeansThePersonNamedLast() {
        let colon = quotations("« On a doublé les ventes », se réjouit Bastien Orvillé, qui tient la boutique avec sa sœur Léonie. Cette dernière est plus réservée : « Une bonne saison ne fait pas une année. »")
        #expect(colon.map(\.speaker) == ["Bastien Orvillé", "Léonie"])
        let inverted = quotations("« Tout est prêt », assure Maëlle Orvillé, qui a confié la caisse à son frère Théo Orvillé. « Il reste les affiches », a ajouté ce dernier.")
        #expect(inverted.map(\.speaker) == ["Maëlle Orvillé", "Théo Orvillé"])
        let point = quotations("« On a doublé les ventes », se réjouit Bastien Orvillé, qui tient la boutique avec sa sœur Léonie. Sur ce dernier point, il reconnaît que le loyer reste « très lourd ».")
        #expect(point.last?.speaker == "Bastien Orvillé")
    }

    /// Kind 1c: a sentence-opening `Ce dernier`, `Cette dernière` after a sentence that ends on a
    /// noun phrase of its gender means that phrase, an organisation (`le tribunal de commerce`),
    /// not the person named before it; a thing (`la façade`) gives no speaker.
    @Test func latterPhraseMeansTheNounPhraseNamedLast() {
        let court = quotations("Lucien Garnier a saisi le tribunal de commerce en avril. Ce dernier a jugé la plainte « sans aucun fondement ».")
        #expect(court.first { $0.kind == .direct }?.speaker?.lowercased().contains("tribunal") == true)
        let office = quotations("Mélanie Royer a écrit à la direction régionale des routes. Cette dernière a répondu que le chantier serait « terminé avant l'hiver ».")
        #expect(office.first { $0.kind == .direct }?.speaker?.lowercased().contains("direction") == true)
        let thing = quotations("Agnès Lemaire a repeint la façade en juin. Cette dernière a affirmé que la couleur était « un choix collectif ».")
        #expect(thing.map(\.kind) == [.direct])
        #expect(thing.map(\.speaker) == [nil])
    }

    /// Kind 2: `Pour le jeune artisan, …` keeps the named person with that role in view, so a
    /// pronoun after an apposition opener (`Ancien comptable, il …`) is theirs, not the last speaker's.
    @Test func attributionPrepositionWithADefiniteRoleKeepsThePerson() {
        let text = """
        L'artisan Hugo Vernadel a reçu la médaille d'or du salon. « Je suis fier », a-t-il dit. Le jury, présidé par Bernard Solenne, a salué son travail. « C'est un produit rare », estime Bernard Solenne.

        Pour le jeune artisan, la médaille vient saluer un choix audacieux. Ancien comptable, il a repris la ferme familiale en 2020. « Personne n'y croyait », raconte-t-il.
        """
        #expect(quotations(text).map(\.speaker) == ["Hugo Vernadel", "Bernard Solenne", "Hugo Vernadel"])
    }

    /// Kind 3: a described person after two opening adverbials (`Sur le marché de Vallorgue,
    /// jeudi matin, une institutrice de 64 ans …`) is the antecedent of the next `elle`; a name
    /// after `Selon` opens no such adverbial.
    @Test func describedPersonAfterTwoOpeningAdverbials() {
        let teacher = quotations("Sur le marché de Vallorgue, jeudi matin, une institutrice de 64 ans reconnaît ne pas avoir voté. « Je ne crois plus à rien », dit-elle.")
        #expect(teacher.first?.speaker == "une institutrice de 64 ans")
        let source = quotations("Selon Paul Granier, jeudi matin, une voisine a menti. « C'est faux », dit-il.")
        #expect(source.last?.speaker == "Paul Granier")
    }

    /// Kind 3b: a described person opening a sentence past a place with a relative clause on it
    /// (`Sous le préau, où une urne a été installée, une voisine …`) or past an adverbial with a
    /// parenthesis set off by dashes that holds a comma takes the cue-less quotation that opens
    /// the next sentence, not the last speaker; a thing there (`une banderole flotte`) leaves it
    /// with the last speaker.
    @Test func describedPersonPastARelativeClauseOrADashParenthesisTakesTheNextQuotation() {
        let relative = quotations("« Il nous manquera », a déclaré Hervé Castaing. Sous le préau de l'école, où une urne a été installée, une voisine de longue date avait les yeux rouges. « Je le croisais chaque matin. »")
        #expect(relative.last?.speaker == "une voisine de longue date")
        let dashes = quotations("« Rien n'est joué », a affirmé Odile Brasset. Dans le défilé – 200 personnes selon la mairie, le triple selon les organisateurs –, un cariste, 48 ans, brandit une affiche. « On ne lâchera rien. »")
        #expect(dashes.last?.speaker == "un cariste")
        let thing = quotations("« Rien n'est joué », a affirmé Odile Brasset. Dans le défilé – 200 personnes selon la mairie, le triple selon les organisateurs –, une banderole flotte au vent. « On ne lâchera rien. »")
        #expect(thing.last?.speaker == "Odile Brasset")
        let english = quotations("\"We will miss him,\" said Hal Dorsey. Under the porch of the library, where a book of condolences has been opened, a longtime neighbour stood in tears. \"I grew up with his voice.\"", lang: "en")
        #expect(english.last?.speaker == "a longtime neighbour")
    }

    /// Kind 3c: a clause on the place of an opening prepositional phrase (`Sous le préau, où une
    /// urne a été installée, …`) is looked past for the sentence's subject: a name in the main
    /// clause's predicate (`le cortège a frôlé Paul Roche`, `une voisine a remercié Paul Roche`)
    /// takes no cue-less quotation after it.
    @Test func nameInThePredicatePastAClauseOnThePlaceTakesNoQuotation() {
        let thing = quotations("« Il nous manquera », a déclaré Hervé Castaing. Sous le préau de l'école, où une urne a été installée, le cortège a frôlé Paul Roche. « Je le croisais chaque matin. »")
        #expect(thing.last?.speaker == "Hervé Castaing")
        let person = quotations("« Il nous manquera », a déclaré Hervé Castaing. Sous le préau de l'école, où une urne a été installée, une voisine de longue date a remercié Paul Roche. « Je le croisais chaque matin. »")
        #expect(person.last?.speaker == "une voisine de longue date")
    }

    /// Kind 4: `X, par la voix de son président Y, a promis « … »`, `X, through its chair Y,
    /// said`: Y speaks, and the next pronoun is Y; with no name after it, the inserted phrase
    /// changes nothing.
    @Test func voicePhraseNamesTheSpeaker() {
        let french = quotations("La fédération, par la voix de sa présidente Odile Varenne, a promis de « changer les règles ». « Nous écouterons tout le monde », assure-t-elle.")
        #expect(french.map(\.speaker) == ["Odile Varenne", "Odile Varenne"])
        let english = quotations("The league, through its chair Ann Ledbetter, said it would \"review the rules\". \"Safety comes first,\" she added.", lang: "en")
        #expect(english.filter { $0.kind == .direct }.map(\.speaker) == ["Ann Ledbetter", "Ann Ledbetter"])
        let noName = quotations("The mayor, through gritted teeth, said the plan was \"fine\".", lang: "en")
        #expect(noName.first { $0.kind == .direct }?.speaker == "The mayor")
    }

    /// Kind 5: a role subject with a prepositional adverbial set off by commas before its verb
    /// (`Son frère, à côté d'elle, lève les yeux au ciel : « … »`) speaks after the colon.
    @Test func roleSubjectPastAnAdverbialSpeaksAfterTheColon() {
        let text = "Une institutrice de 64 ans reconnaît ne pas avoir voté. « Je ne crois plus à rien », dit-elle. Son frère, à côté d'elle, lève les yeux au ciel : « Moi, je vote toujours. »"
        #expect(quotations(text).map(\.speaker) == ["Une institutrice de 64 ans", "Son frère"])
    }

    /// Kind 6: a definite role subject after an opening participle clause (`Speaking to
    /// reporters afterwards, the minister struck …`) stays the antecedent of the next `she`, even
    /// with a described person brought in just before (`Outside the Assembly, a spokeswoman …`).
    @Test func definiteRoleAfterAnOpeningParticipleClause() {
        let text = """
        Minister Hattie Brennagh defended the bill on Tuesday. "It is a fair compromise," she said.

        Outside the Assembly, a spokeswoman for the Renters Union called the vote "a disgrace".

        Speaking to reporters afterwards, the minister struck a softer tone. "I hear the anger," she said.
        """
        #expect(quotations(text, lang: "en").filter { $0.kind == .direct }.last?.speaker == "Hattie Brennagh")
    }

    /// Kind 7: an inverted `on` with `à`/`chez` and an organisation after it (`« … »,
    /// insiste-t-on à l'Agence`) quotes that organisation (the one named in full with that noun);
    /// a mere place after it quotes no one.
    @Test func impersonalOnAtAnOrganisation() {
        let agency = quotations("L'Agence nationale des forêts (ANF) rappelle que la visite est gratuite. « Il n'y a rien à payer », insiste-t-on à l'Agence, où l'on vise mille visiteurs.")
        #expect(agency.last?.speaker?.contains("forêts") == true)
        let town = quotations("« Il n'y a rien à payer », dit-on à Brelonne.")
        #expect(town.last?.speaker == nil)
    }

    /// Kind 8: `grogner` is a verb of saying (`« … », grogne un voisin`).
    @Test func grognerIsAVerbOfSaying() {
        #expect(quotations("« On ne dort plus depuis des semaines », grogne un voisin.").first?.speaker == "un voisin")
    }
}
