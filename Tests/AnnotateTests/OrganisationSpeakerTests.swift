import Annotate
import Model
import Testing

/// Organisations as speakers: how far their names run, their acronyms, a subject right before
/// a quotation that holds the verb, and the ways a text refers back to them. Made-up sentences
/// and names only: one test per kind of sentence.
@Suite struct OrganisationSpeakerTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func direct(_ text: String, lang: String = "fr") -> [(text: String, speaker: String?)] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in (q.text, q.speakerID.flatMap { transcript.speaker(id: $0)?.name }) }
    }

    func speaker(named name: String, in text: String, lang: String = "fr") -> Speaker? {
        annotator.annotate(TestDocuments.make(text, lang: lang)).speakers.first { $0.name == name }
    }

    /// Kind 1: a French organisation's name runs from its capitalised first word over lowercase
    /// words and `de`/`du`/`des` complements (`l'Office de gestion des eaux du plateau de Vernois`).
    @Test func frenchNameRunsOverLowercaseWordsAndComplements() {
        let text = "Le barrage sera rehaussé, selon l'Office de gestion des eaux du plateau de Vernois, qui parle d'« un chantier sans précédent dans la vallée »."
        #expect(direct(text).map(\.speaker) == ["Office de gestion des eaux du plateau de Vernois"])
    }

    /// Kind 2: an organisation noun in lowercase or capitals before a capitalised name classifies
    /// it; the name runs to the end of the phrase, complements with `sans`/`pour` included.
    @Test func organisationNounBeforeASentenceCaseName() {
        let text = "Selon l'ONG Forêts sans barrières, « le plan oublie les corridors pour la faune sauvage »."
        #expect(direct(text).map(\.speaker) == ["Forêts sans barrières"])
    }

    /// Kind 3: a name followed by its acronym in brackets makes the acronym an alias; `l'ODT`
    /// later is the same organisation, even with an elided article.
    @Test func bracketedAcronymIsAnAliasOfTheFullName() throws {
        let text = """
        La saison a battu tous les records, selon l'office départemental de tourisme (ODT) de la Vorenne.

        Le maire Paul Ternier a salué « une année exceptionnelle pour nos hôteliers ». Selon l'ODT, « la clientèle étrangère a doublé en deux ans ».
        """
        let found = direct(text)
        #expect(found.map(\.speaker) == ["Paul Ternier", "office départemental de tourisme"])
        let office = try #require(speaker(named: "office départemental de tourisme", in: text))
        #expect(office.aliases.contains("ODT"))
    }

    /// Kind 4: the acronym's letters are the initials of the name's content words, which is how
    /// far back the name goes (`une grève des agents de la Société fluviale de l'Ouest (SFO)`).
    @Test func acronymInitialsFindWhereTheNameStarts() {
        let text = """
        Le trafic était perturbé jeudi, au premier jour d'une grève des agents de la Société fluviale de l'Ouest (SFO).

        Selon la SFO, « deux bateaux sur trois sont restés à quai toute la journée ».
        """
        #expect(direct(text).map(\.speaker) == ["Société fluviale de l'Ouest"])
    }

    /// Kind 5: the management of an organisation speaks for it (the gold guide's spokesperson
    /// rule): `la direction de la SFO` is the SFO.
    @Test func managementOfAnOrganisationIsTheOrganisation() {
        let text = """
        Une grève touche la Société fluviale de l'Ouest (SFO) depuis lundi.

        La direction de la SFO a regretté une décision « prise sans aucune concertation avec les équipes ».
        """
        #expect(direct(text).map(\.speaker) == ["Société fluviale de l'Ouest"])
    }

    /// Kind 6: a subject right before the opening mark (only an auxiliary between) whose quotation
    /// opens with its verb is the speaker; a coordinated fragment later in the sentence too. A
    /// thing as subject (`le texte`) names no one.
    @Test func subjectRightBeforeAQuotationHoldingTheVerb() {
        let text = """
        Les résultats ont été proclamés dimanche soir.

        Dans un bref communiqué, la mairie de Lorvaux a « pris acte de la décision des électeurs ».

        Dans un communiqué, l'office départemental de tourisme (ODT) « salue le travail de tous les saisonniers » et annonce une prime « dans les prochaines semaines ».
        """
        #expect(direct(text).map(\.speaker) == ["la mairie de Lorvaux", "office départemental de tourisme", "office départemental de tourisme"])
        #expect(direct("Sur ce point, le texte « reste muet sur les délais de mise en œuvre ».").map(\.speaker) == [nil])
    }

    /// Kind 7: `selon ses auteurs` (the authors of its text) is the organisation the sentence is about.
    @Test func itsAuthorsAreTheOrganisation() {
        let text = """
        Le Centre breton d'études marines (CBEM) a publié mardi une étude sur les herbiers côtiers.

        Le CBEM appelle à « une protection immédiate des herbiers », seule solution selon ses auteurs pour « sauver la pêche locale ».
        """
        #expect(direct(text).map(\.speaker) == ["Centre breton d'études marines", "Centre breton d'études marines"])
    }

    /// Kind 8: a plural possessive inside an English name (`Workers' Union`) belongs to the name.
    @Test func pluralPossessiveInsideAnEnglishName() {
        let text = "The Sheet Metal Workers' Union said: \"We will strike until the last depot has reopened.\""
        #expect(direct(text, lang: "en").map(\.speaker) == ["Sheet Metal Workers' Union"])
    }

    /// Kind 9: `according to a statement issued by X` and `in the words of X` name X, with names
    /// coordinated after a complement word (`of Arlen and Dovia`) kept together.
    @Test func authorOfAStatementAndOwnerOfWords() {
        let statement = "Flights will resume \"as soon as the runways are safe\", according to a statement issued by the transport ministries of Arlen and Dovia."
        #expect(direct(statement, lang: "en").map(\.speaker) == ["the transport ministries of Arlen and Dovia"])
        let words = "Farmers have said again and again that the scheme is, in the words of the Guild of Rural Bakers, \"a maze with no exit\". We will fix it."
        #expect(direct(words, lang: "en").map(\.speaker).first??.hasSuffix("Guild of Rural Bakers") == true)
    }

    /// Kind 10: an organisation is referred back to by `elle`/`it`, by its organisation noun
    /// (`l'association`, `the authority`), and by the noun that classified its name (`l'ONG`).
    @Test func organisationReferredBackTo() {
        let french = """
        L'Association des riverains du canal (ARC) a tenu une réunion publique mardi soir à Vernois.

        « Le projet doit être entièrement revu », a-t-elle déclaré dans un communiqué.

        Selon l'ONG Forêts sans barrières, « le plan oublie les corridors ». L'ONG a aussi déclaré : « Nous irons devant le juge. »

        L'association a ensuite indiqué : « Nous ne céderons pas. »
        """
        #expect(direct(french).map(\.speaker) == ["Association des riverains du canal", "Forêts sans barrières", "Forêts sans barrières", "Association des riverains du canal"])
        let english = """
        The Brindle Valley Water Authority (BVWA) met on Monday to discuss the drought.

        "We are ready for a long summer," it said in a statement.

        The authority added: "Reservoirs are at sixty per cent."
        """
        #expect(direct(english, lang: "en").map(\.speaker) == ["Brindle Valley Water Authority", "Brindle Valley Water Authority"])
    }

    /// Kind 11: `justifier … par « … »` and `rappelle que « … »` are verbs of saying; their
    /// subject, here a ministry or a named person, speaks.
    @Test func justifyAndRecallAreSpeechVerbs() {
        let text = """
        Le ministère de la Pêche a justifié la mesure par la nécessité de « protéger les stocks pendant la saison de frai ».

        La biologiste Anne Roussel rappelle que « les stocks ont baissé de moitié en dix ans ».
        """
        #expect(direct(text).map(\.speaker) == ["Le ministère de la Pêche", "Anne Roussel"])
    }

    /// Kind 11: a definite head-noun anaphor (`le bureau`, `the panel`) or a synonym of the
    /// organisation's kind kept in the lexicon (`the force` for a constabulary) means the
    /// organisation named before; with none of that kind named, `the force` is no other organisation.
    @Test func headNounAnaphorMeansTheOrganisationNamedBefore() {
        let french = """
        Le Bureau d'analyse des risques miniers (BARM) a publié son rapport lundi. Le maire, Paul Ravier, a déclaré : « Nous attendons des mesures. »

        Selon le bureau, la galerie « n'était plus sûre depuis des mois ».
        """
        #expect(direct(french).map(\.speaker) == ["Paul Ravier", "Bureau d'analyse des risques miniers"])
        let english = """
        Tarnford Constabulary has previously blamed the gap on a "software error". In a statement, the force said the recorder had been "past its replacement date".
        """
        // (`blamed the gap on a "software error"`: the words the force blamed it on are its own.)
        #expect(direct(english, lang: "en").map(\.speaker) == ["Tarnford Constabulary", "Tarnford Constabulary"])
        let other = """
        The Kelvin Road council closed the depot on Monday. In a statement, the force said the recorder had been "past its replacement date".
        """
        #expect(direct(other, lang: "en").map(\.speaker) == ["the force"])
    }

    /// Kind 12: a pronoun after an opening adverbial, right before a quotation that holds the verb
    /// (`Dans un communiqué, elle « déplore … »`), or opening a sentence, means the organisation
    /// subject of the sentence before; a bare `La mairie` is not another organisation in view.
    @Test func pronounAfterOrganisationSubject() {
        let prefecture = """
        « C'est inacceptable », a dit Marc Julliand.

        La préfecture a fait état de trois interpellations en marge du cortège. Dans un communiqué, elle « déplore vivement ces violences inutiles ».
        """
        #expect(direct(prefecture).map(\.speaker) == ["Marc Julliand", "La préfecture"])
        let townHall = """
        L'Autorité de contrôle des réseaux (ACR) a été saisie. « Nous sommes inquiets », a affirmé Jeanne Roubaix.

        La mairie a ouvert une ligne d'écoute. Elle assure qu'« aucun mot de passe » n'a été volé.
        """
        #expect(direct(townHall).map(\.speaker) == ["Jeanne Roubaix", "La mairie"])
        let english = """
        "We are worried," said Anna Crewe. The Harbour Panel said the pier was unsafe. It added: "We will not reopen it this year."
        """
        #expect(direct(english, lang: "en").map(\.speaker) == ["Anna Crewe", "The Harbour Panel"])
    }

    /// Variant of kind 12: an organisation subject past an opening prepositional phrase (`Dans un
    /// courrier, la régie …`) or adverbial (`Jeudi matin, la régie …`) is the one the next
    /// sentence's `elle` means, as one opening the sentence is. Near miss: past a source that can
    /// speak (`Pour la syndicaliste, la direction …`) the organisation is no subject to refer to.
    @Test func organisationSubjectAfterAnOpeningPhrase() {
        let letter = """
        Dans un courrier aux abonnés, la régie des eaux de Morlaix-sur-Vie conteste ces relevés. « Les compteurs ont tous été vérifiés », précise-t-elle.
        """
        #expect(direct(letter).map(\.speaker) == ["la régie des eaux de Morlaix-sur-Vie"])
        let evening = """
        Jeudi matin, la régie conteste ces relevés. « Les compteurs ont tous été vérifiés », précise-t-elle.
        """
        #expect(direct(evening).map(\.speaker) == ["la régie"])
        let source = """
        « Rien ne bouge », a déclaré Aline Quéré, déléguée du personnel. Pour la déléguée, la direction « fait traîner les choses ». Elle a annoncé une grève « jusqu'à nouvel ordre ».
        """
        #expect(direct(source).last?.speaker == "Aline Quéré")
    }

    /// Kind 13: `Du côté de X, on …`, `Chez X, on …`: the impersonal `on` speaks for the
    /// organisation or group the opening side phrase names; `Chez lui, on …` names no one.
    @Test func sidePhraseGivesTheSpeakerOfOn() {
        #expect(direct("Du côté de l'entreprise exploitante, Vendrelle Énergie, on se félicite d'une décision « mesurée ».").map(\.speaker) == ["Vendrelle Énergie"])
        #expect(direct("Chez le transporteur Transmar, on juge le rapport « partial et incomplet ».").map(\.speaker) == ["Transmar"])
        #expect(direct("Chez lui, on parle de « trahison pure et simple ».").map(\.speaker) == [nil])
    }

    /// Kind 14: a fragment in the complement of a verb of finding (`found that`) is the words of
    /// an organisation subject; a person subject (`The divers found`) gives no direct quotation.
    @Test func findingOfAnOrganisationIsItsWords() {
        #expect(direct("The committee found that the pier had suffered \"serious neglect\" for years.", lang: "en").map(\.speaker) == ["The committee"])
        #expect(direct("The divers found that the wreck held a \"large quantity\" of debris.", lang: "en").isEmpty)
    }

    /// Kind 15: `X a fait savoir dans un tract qu'elle jugeait …`: the pronoun of the reported
    /// clause is the organisation subject met there first, and a verdict after a verb of
    /// judgement with a pronoun subject is no slogan, even after a carrier noun (`tract`).
    @Test func organisationSubjectOfItsOwnReportedClause() {
        let text = "L'intersyndicale des agents hospitaliers a fait savoir dans un tract qu'elle jugeait ces horaires « irréalisables sans renforts »."
        #expect(direct(text).map(\.speaker) == ["L'intersyndicale des agents hospitaliers"])
        let union = "« Rien ne bouge », a dit Marc Julliand. Le syndicat des dockers a fait savoir dans un communiqué qu'il jugeait ces mesures « inapplicables en l'état »."
        #expect(direct(union).map(\.speaker) == ["Marc Julliand", "Le syndicat des dockers"])
    }

    /// Kind 16: a document named with its issuer (`guidance published by X`, `X a publié mardi un
    /// rapport`) speaks for the issuer when a definite phrase headed by the same noun cites it
    /// (`the guidance says`, `selon le rapport`, `indique le rapport`), and so does a pronoun whose
    /// subject that phrase is (`which it describes as`).
    @Test func documentSpeaksForItsIssuer() {
        let english = """
        Hospitals must publish waiting times every month, according to new guidance published by the Office for Patient Safety on Tuesday.

        "Patients have a right to know how long they will wait," the guidance says. Among its recommendations, the guidance says boards should stop using league tables, which it describes as "misleading and unfair".
        """
        #expect(direct(english, lang: "en").map(\.speaker) == ["Office for Patient Safety", "Office for Patient Safety"])
        let french = """
        La Cour régionale des comptes a publié mardi un rapport sur la gestion du port de Vernois.

        Le maire, Paul Ravier, a déclaré : « Nous attendons des mesures. »

        Selon le rapport, les travaux ont coûté « deux fois plus que prévu ». « Aucun contrôle n'a été fait », indique le rapport.
        """
        #expect(direct(french).map(\.speaker) == ["Paul Ravier", "Cour régionale des comptes", "Cour régionale des comptes"])
        // Whoever came upon a document (`seen by`) did not issue it.
        let seen = """
        In a memo to staff seen by The Harbour Ledger, chief executive Anna Crewe wrote that the cuts were "painful".

        "I take full responsibility," the memo continues.
        """
        #expect(direct(seen, lang: "en").map(\.speaker) == ["Anna Crewe", "Anna Crewe"])
    }

    /// Kind 17: `It said` opening the sentence after one whose subject is a name that no person's
    /// gender marks is that name's (a company named alone); after a woman's name it is no one.
    @Test func itAfterANameSubjectIsThatName() {
        let company = """
        Dunmore Freight will close its depot in Carrow next year.

        Dunmore said the depot would close in March. It said it would pay staff "a full year's wages".
        """
        #expect(direct(company, lang: "en").map(\.speaker) == ["Dunmore Freight"])
        let person = "Anna Crewe said the depot would close in March. It said it would pay staff \"a full year's wages\"."
        #expect(direct(person, lang: "en").map(\.speaker) == [nil])
        // A name that is the subject of no verb of saying (`Walkers … found`) is no company.
        let walkers = "Walkers arriving at dawn found a notice on the gate. It read: \"The path is closed until further notice.\""
        #expect(direct(walkers, lang: "en").map(\.speaker) == [nil])
    }

    /// Kind 18: `the company` and `l'entreprise` mean a group named before (`X Logistics Group`,
    /// `le groupe Orvalis`, a one-word name after a noun of the company family), and a clause after
    /// a semicolon whose subject can speak is that subject's, not the cue's before it.
    @Test func companyMeansTheGroupAndASemicolonEndsTheCue() {
        let english = """
        Port operator Halverd Logistics Group plans to automate two terminals from 2028. The union says the plan would cut 600 jobs; the company puts the figure at "fewer than 200".
        """
        #expect(direct(english, lang: "en").map(\.speaker) == ["Halverd Logistics Group"])
        let french = """
        Le groupe Orvalis a annoncé la fermeture de son usine de Brennac. Le syndicat a dénoncé « un gâchis ».

        L'entreprise a répondu : « Nous n'avions pas le choix. »
        """
        #expect(direct(french).map(\.speaker) == ["Le syndicat", "Orvalis"])
    }

    /// Kind 19: an office or entourage (`le cabinet de la mairesse`, `the mayor's office`) speaks
    /// for its holder named before, in its reported clause too; with no holder known, the office
    /// speaks for itself, not for the last speaker.
    @Test func officeSpeaksForItsHolder() {
        let french = """
        La mairesse de Vernois, Anne Roubaix, défend son projet. Un syndicaliste, Marc Julliand, a dénoncé « un passage en force ».

        Le cabinet de la mairesse a précisé que les commerçants avaient été consultés « à trois reprises ».
        """
        #expect(direct(french).map(\.speaker) == ["Marc Julliand", "Anne Roubaix"])
        let english = """
        The mayor, Tom Garvey, has defended the bridge plan. Residents' leader Jane Pike called it "a disgrace".

        The mayor's office said residents had been consulted "more than a dozen times".
        """
        #expect(direct(english, lang: "en").map(\.speaker) == ["Jane Pike", "Tom Garvey"])
        let unknown = """
        Un syndicaliste, Marc Julliand, a dénoncé « un passage en force ».

        Le cabinet du ministre a précisé que les commerçants avaient été consultés « à trois reprises ».
        """
        #expect(direct(unknown).map(\.speaker) == ["Marc Julliand", "Le cabinet du ministre"])
    }

    /// Kind 20: an organisation subject whose name runs over two complements (`Le collectif de
    /// défense de l'hôpital`), then a relative clause holding a number, speaks with the verb after
    /// it; a fragment after a gerund set off by a comma (`, tout en contestant être « … »`) is the
    /// words of the fragment's speaker before it.
    @Test func organisationPastRelativeClauseAndGerundFragment() {
        let committee = """
        « Nous ne pouvons plus garantir la sécurité », justifie l'agence régionale de santé (ARS) dans un communiqué.

        Le collectif de défense de l'hôpital, qui a réuni plus de 3 000 personnes samedi, dénonce « une décision prise à Paris ».
        """
        #expect(direct(committee).map(\.speaker) == ["agence régionale de santé", "Le collectif de défense de l'hôpital"])
        let gerund = "Contactée, la direction de la scierie a reconnu « une erreur » de son équipe, tout en contestant être « la seule responsable » de la pollution."
        #expect(direct(gerund).map(\.speaker) == ["la direction de la scierie", "la direction de la scierie"])
    }

    /// Kind 21: a reported clause whose complementizer comes after an object and adverbials with
    /// no verb (`told staff at a meeting on Thursday morning that …`) holds the subject's words;
    /// so does one after `a fait savoir par la voix d'un porte-parole que`.
    @Test func complementizerPastObjectAndAdverbials() {
        let english = "Dunmore told staff at a meeting on Thursday morning that the plant, which builds the Orla van, was \"no longer viable\" because of falling demand."
        #expect(direct(english, lang: "en").map(\.speaker) == ["Dunmore"])
        let french = "Le fabricant, le groupe Orvalis, a fait savoir par la voix d'un porte-parole que le produit avait fait l'objet d'« études approfondies »."
        #expect(direct(french).map(\.speaker) == ["Orvalis"])
    }

    /// Kind: `La caisse, de son côté, conteste tout retard. « … », indique-t-elle.`: an organisation
    /// phrase opening the sentence before is the subject of whatever verb follows it, one the
    /// lexicon does not know as a verb of saying, and the inverted `elle` that agrees with it
    /// refers to it rather than to the last woman named.
    @Test func invertedPronounAfterOrganisationSubjectOfAnyVerb() {
        let french = """
        Ligne fermée

        « On attend depuis des semaines », soupire Gilles Pradel, qui vend des journaux près de la gare.

        La régie, de son côté, conteste tout retard. « Les travaux suivent le calendrier prévu », indique-t-elle dans un communiqué.
        """
        #expect(direct(french).map(\.speaker) == ["Gilles Pradel", "La régie"])
        // Near miss: a masculine organisation does not take `elle`, and no woman is in view: no one.
        let masculine = """
        Ligne fermée

        « On attend depuis des semaines », soupire Gilles Pradel, qui vend des journaux près de la gare.

        Le syndicat, de son côté, conteste tout retard. « Les travaux suivent le calendrier prévu », indique-t-elle dans un communiqué.
        """
        #expect(direct(masculine).map(\.speaker) == ["Gilles Pradel", nil])
        // Near miss: `La maire` is a person, not an organisation: `elle` goes to her.
        let mayor = """
        Ligne fermée

        La maire, Odile Ferrand, conteste tout retard. « Les travaux suivent le calendrier prévu », indique-t-elle.
        """
        #expect(direct(mayor).map(\.speaker) == ["Odile Ferrand"])
    }

    /// Kind: `Dans une note interne que nous avons lue, elle assure que « … »`: a pronoun opening
    /// the main clause after a long opening prepositional phrase (verbs inside it included) refers
    /// to the organisation subject of the sentence just before.
    @Test func pronounAfterLongOpeningPrepositionalPhraseMeansOrganisationSubject() {
        let french = """
        Clinique

        « Personne ne nous écoute », lâche Gilles Pradel, brancardier.

        La direction de la clinique n'a pas voulu répondre avant la réunion de lundi. Dans une note interne que nous avons pu lire, elle assure que « chaque agent gardera son poste ».
        """
        #expect(direct(french).map(\.speaker) == ["Gilles Pradel", "La direction de la clinique"])
    }

    /// Kind: a verb of a stance taken on the record (`Lexicon/stanceVerbs`): a quoted fragment in
    /// its complement is its subject's, an organisation or a person (`welcomed the “…”`,
    /// `attributed the delay to … “…”`, `ont tenu à « … »`), not a mention. Near miss: a naming
    /// verb keeps its mention (`un projet baptisé « … »`).
    @Test func fragmentAfterStanceVerbBelongsToItsSubject() {
        let english = """
        Bridge

        "We wait every day," said Tom Harkin, who runs a shop nearby.

        The ministry welcomed the "swift response" of the councils. Officials of the Roads Board attributed the delay to bad weather and "late deliveries of steel".
        """
        #expect(direct(english, lang: "en").map(\.speaker) == ["Tom Harkin", "The ministry", "Roads Board"])
        let french = """
        Match

        « On n'a pas de chance », dit l'entraîneur, Paul Jarrige.

        Certains supporters, déjà en maillot, ont tenu à « chanter quand même » sous la pluie. Un projet baptisé « Horizon » doit voir le jour.
        """
        let transcript = annotator.annotate(TestDocuments.make(french, lang: "fr"))
        let found = TestDocuments.quotationsWithSpeakers(transcript)
        #expect(found.map(\.kind) == [.direct, .direct, .mention])
        #expect(found.map(\.speaker) == ["Paul Jarrige", "Certains supporters", nil])
    }

    /// Kind: a stance verb whose subject is a pronoun (`qu'il impute à « … »`), a coordinated
    /// stance verb sharing the sentence's subject (`said … and apologised for the “…”`), and a
    /// verb of opinion (`trouve le menu « … »`). Near misses: an indefinite object right after
    /// the verb is a thing found (`trouve une « … »`), and a thing as subject takes no stance.
    @Test func fragmentAfterStanceVerbWithPronounOrCoordinatedSubject() {
        let french = """
        Cantine

        Le maire, Albert Vigneau, a répondu mardi. Il admet des retards, qu'il impute à « un prestataire défaillant ».

        Camille, en seconde, trouve le menu « un peu fade ». Le collectif trouve une « solution provisoire » dans la salle des fêtes. La turbine trouve un « second souffle ».
        """
        let transcript = annotator.annotate(TestDocuments.make(french, lang: "fr"))
        let found = TestDocuments.quotationsWithSpeakers(transcript)
        #expect(found.map(\.kind) == [.direct, .direct, .mention, .mention])
        #expect(found.map(\.speaker) == ["Albert Vigneau", "Camille", nil, nil])
        let english = """
        Trains

        A Marlow Rail spokeswoman said the line was open again and apologised for the "long delays" to passengers.
        """
        #expect(direct(english, lang: "en").map(\.speaker) == ["A Marlow Rail spokeswoman"])
    }

    /// Kind: `a raconté à l'Agence Rivage Info Loïc Kermarrec, pêcheur`: the organisation skipped
    /// before the speaker runs on to the person's name, which starts at a common given name.
    @Test func agencyNameBeforeTheSpeakersNameIsNotTheSpeaker() {
        let french = """
        Tempête

        « L'eau est entrée dans les cuisines », a raconté à l'Agence Rivage Info Loïc Kermarrec, pêcheur de 48 ans.
        """
        let transcript = annotator.annotate(TestDocuments.make(french, lang: "fr"))
        #expect(transcript.quotations.first?.attribution.mention == "Loïc Kermarrec")
    }

    /// Kind: `Au Syndicat des X, on affirme : « … »`, `À la mairie de X, on …`: a preposition of
    /// ``Lexicon/organisationSidePhrases`` opening the sentence frames the side of the
    /// organisation it names, never of a place (`Au Portugal, on …`).
    @Test func organisationSidePrepositionBeforeImpersonalSubject() {
        let text = """
        Cantines

        Le texte a été voté mardi.

        Au Syndicat cantonal des cuisiniers scolaires, on affirme : « Nous ne servirons pas de repas froids. »

        À la mairie de Brunstein, on affirme : « Nous servirons des repas chauds. »

        Au Portugal, on affirme : « Nos cantines sont ouvertes. »
        """
        #expect(direct(text).map(\.speaker) == ["Syndicat cantonal des cuisiniers scolaires", "la mairie de Brunstein", nil])
    }

    /// Kind: `« … », précise-t-on dans l'entourage du recteur`: the office phrase after an
    /// inverted impersonal subject speaks (for its holder when known).
    @Test func officePhraseAfterInvertedImpersonalSubject() {
        let text = """
        Rentrée

        Le projet a été présenté lundi.

        « Le calendrier sera tenu jusqu'au bout », assure-t-on dans l'entourage du recteur.

        « Les travaux dureront un an », assure-t-on dans le nord du pays.
        """
        #expect(direct(text).map(\.speaker) == ["l'entourage du recteur", nil])
    }

    /// Kind: `Officials of the Roads Directorate said`, `Engineers at Marsh Valley Water said`: a
    /// plural staff noun and a complement before an organisation's name is the organisation.
    @Test func staffOfAnOrganisationSpeakForIt() {
        let text = """
        Bridge works delayed

        Work on the bridge has stalled.

        Officials of the Roads Directorate said the delay was down to “late steel deliveries”.

        Engineers at Marsh Valley Water said the pipes were “older than anyone thought”.
        """
        #expect(direct(text, lang: "en").map(\.speaker) == ["Roads Directorate", "Marsh Valley Water"])
    }

    /// Kind: a participle of speech after a verb of publishing (`un communiqué publié lundi,
    /// saluant une « … »`): the span is what the participle says, the organisation's words, not
    /// the thing published (a mention); the coordinated span after it goes with it.
    @Test func speechParticipleAfterAPublishingVerbKeepsItsFragment() {
        let text = """
        Le chef Marc Delorme a dirigé le concert. « Nous avons tout donné », a-t-il dit.

        Le Conseil des jeux de Vareilles a publié le classement lundi, saluant une « préparation exemplaire » et « une rigueur constante ».
        """
        #expect(direct(text).map(\.speaker) == ["Marc Delorme", "Conseil des jeux de Vareilles", "Conseil des jeux de Vareilles"])
        // Near miss: a thing published with no speech verb between stays a mention.
        #expect(direct("La mairie a publié lundi une « charte des terrasses ».").isEmpty)
    }

    /// Kind: an office of state or a secretariat speaks as an organisation (`le secrétariat
    /// d'État chargé de la pêche salue « … »`), so the fragment is its own, not carried over.
    @Test func secretariatIsAnOrganisationSpeaker() {
        let text = """
        « Le port revit », a dit Lina Corvec, qui dirige la criée.

        Dans un communiqué, le secrétariat d'État chargé de la pêche salue « un effort sans précédent » et annonce une aide.
        """
        #expect(direct(text).map(\.speaker) == ["Lina Corvec", "le secrétariat d'État chargé de la pêche"])
    }

    /// Kind: a plural's possessive apostrophe inside the subject (`the riders’ union wrote`) is
    /// part of the phrase, so the organisation speaks, in either apostrophe.
    @Test func pluralPossessiveInsideAnOrganisationSubject() {
        for apostrophe in ["’", "'"] {
            let text = """
            Fares rise again

            In a letter sent to members Tuesday, the riders\(apostrophe) union wrote that the rise was “a slap in the face for commuters.”
            """
            #expect(direct(text, lang: "en").map(\.speaker) == ["the riders\(apostrophe) union"])
        }
    }

    /// Kind: `the channel`, `the broadcaster` mean the one broadcaster named before (`Kestrel TV`,
    /// also after a preposition or as a show's owner, `on Kestrel TV’s Late Quiz`); with two
    /// named, either, so neither.
    @Test func channelMeansTheOneBroadcasterInView() {
        let one = """
        Quiz row

        The couple won the top prize on Kestrel TV last month.

        But last night the channel said an inquiry had found “serious breaches of the rules.”
        """
        #expect(direct(one, lang: "en").map(\.speaker) == ["Kestrel TV"])
        // Named only as the owner of a show (`Kestrel TV’s Late Quiz`), the broadcaster is still in view.
        let possessive = """
        Quiz row

        The couple won the top prize on Kestrel TV’s Late Quiz last month.

        But last night the broadcaster said an inquiry had found “serious breaches of the rules.”
        """
        #expect(direct(possessive, lang: "en").map(\.speaker) == ["Kestrel TV"])
        let two = """
        Quiz row

        The show moved from Kestrel TV to Harbour TV last month.

        But last night the channel said an inquiry had found “serious breaches of the rules.”
        """
        #expect(direct(two, lang: "en").map(\.speaker) == ["the channel"])
    }

    /// Kind: an unnamed spokesperson speaks for the organisation (gold README): `a spokesperson
    /// for the authority` after the quotation, its complement kept, is the authority named before.
    @Test func spokespersonForTheOrganisationAfterTheQuotationIsTheOrganisation() {
        let text = """
        Port closed

        On Monday the Ferrow Estuary Authority, which licenses the moorings, confirmed the closure. “We had no choice, and we will review it next week,” a spokesperson for the authority told reporters.

        Shipping resumed later. “It was a long day,” a spokeswoman for the authority said.
        """
        #expect(direct(text, lang: "en").map(\.speaker) == ["the Ferrow Estuary Authority", "the Ferrow Estuary Authority"])
    }

    /// Kind: the office of a head of state or government (`la présidence de la République`, `la
    /// Primature`, `the presidency`) is an organisation that speaks for itself: a fragment of its
    /// statement is its words, not those of the person quoted just before.
    @Test func headOfStateOfficeIsAnOrganisationSpeaker() {
        let french = """
        Le ministre des Finances, Paul Ardent, a quitté son poste. « Servir a été un honneur », a-t-il écrit.

        Dans son communiqué, la présidence de la République indique que le chef de l'État « a approuvé la composition du gouvernement ».
        """
        #expect(direct(french).map(\.speaker) == ["Paul Ardent", "la présidence de la République"])
        let english = """
        The finance minister, Paul Ardent, resigned on Monday. "It has been an honour," he wrote.

        In a statement, the presidency said the head of state "fully approves the new cabinet".
        """
        #expect(direct(english, lang: "en").map(\.speaker) == ["Paul Ardent", "the presidency"])
    }
}
