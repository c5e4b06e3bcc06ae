import Annotate
import Model
import Testing

/// Words of a written thing (a statement, a letter, a report, a citation) credited to whoever
/// issued it when the text says so, however the thing is named again later. One test per kind,
/// on made-up sentences (no corpus text, no real names).
@Suite struct WrittenIssuerKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr", title: String = "Test") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: title)))
    }

    /// Kind 1: a document brought in by an indefinite article in a phrase opening the sentence
    /// (`Dans un communiqué parvenu mardi, le ministère X annonce …`, `In a letter seen by the
    /// Courier, club secretary X wrote …`) is the subject's; `le communiqué`, `le texte`, `the
    /// letter` later speak for that subject.
    @Test func documentInAnOpeningPhraseIsTheSubjects() {
        let release = quotations("Dans un communiqué parvenu mardi à notre rédaction, le ministère de la Pêche et de la Mer annonce un plan pour les ports du sud.\n\nSelon le texte, « les quotas seront revus chaque année ». Le communiqué précise que la mesure, « prise après consultation des élus », entrera en vigueur en mai.")
        #expect(release.map(\.text) == ["les quotas seront revus chaque année", "prise après consultation des élus"])
        #expect(release.allSatisfy { $0.speaker == "le ministère de la Pêche et de la Mer" })
        let letter = quotations("In a letter seen by the Courier, club secretary Nora Pellow wrote that Mr Dunstan had been rude to opponents.\n\nThe letter added: 'Croquet is a quiet game. It is not a circus.'", lang: "en")
        #expect(letter.last?.kind == .direct)
        #expect(letter.last?.speaker == "Nora Pellow")
    }

    /// Kind 2: a document issued by someone (`a press release issued by X`) is X's; `the release`
    /// later speaks for X.
    @Test func documentIssuedBySomeoneIsTheirs() {
        let release = quotations("The plan was announced in a press release issued by Tarrow Vale Borough Council on Monday.\n\nThe release describes the pool as \"a splash for everyone\" and says work will start in May.", lang: "en")
        #expect(release.map(\.kind) == [.direct])
        #expect(release.first?.speaker == "Tarrow Vale Borough Council")
    }

    /// Kind 3: a citation is a document: `The society's citation praises …` speaks for the society.
    @Test func citationSpeaksForItsOwner() {
        let citation = quotations("This month she receives the Society of Lamp Designers' top award. The society’s citation praises her \"rare gift for making darkness visible\". She laughed when we told her.", lang: "en")
        #expect(citation.map(\.kind) == [.direct])
        #expect(citation.first?.speaker == "Society of Lamp Designers")
    }

    /// Kind 4: an audit is a written text with its issuer (`Un audit de l'organisme X`); the
    /// report that names it next (`Le rapport, remis …, évoque …`) and again further on (`Le
    /// rapport recommande …`) speaks for that issuer.
    @Test func reportNamingAnAuditSpeaksForItsIssuerThroughout() {
        let audit = quotations("Un audit de l'organisme certificateur Verdalis sur la campagne 2023 a relevé des anomalies chez trois producteurs. Le rapport, remis fin mars au syndicat, évoque des lots « non conformes ».\n\nLes producteurs contestent. « Nous avons tout déclaré », assure Paul Ferrandi, apiculteur à Corsavy. Sa voisine se tait. Le village attend.\n\nLe rapport recommande par ailleurs la création d'un « registre commun des ruchers ».")
        #expect(audit.map(\.text) == ["non conformes", "Nous avons tout déclaré", "registre commun des ruchers"])
        #expect(audit.first?.speaker == "Verdalis")
        #expect(audit.last?.speaker == "Verdalis")
    }

    /// Kind 5: a that-clause joined by a coordinator (`but that`) to the clause a speech verb
    /// reports is that verb's too: `the department said it could not comment on … but that “…”`
    /// is the department's, not imagined words under `could not comment`.
    @Test func clauseJoinedByButThatKeepsTheOuterVerb() {
        let statement = quotations("The club applied to the Department of Leisure for a grant in March. In a statement, the department said it could not comment on individual applications but that \"ownership is a core requirement of all capital funding.\"\n\nTalks continue.", lang: "en")
        #expect(statement.map(\.kind) == [.direct])
        #expect(statement.first?.speaker == "Department of Leisure")
    }

    /// Kind 6: an adjective after a written text's noun that names the body issuing it
    /// (`l'arrêté préfectoral`, `L'arrêté municipal`: ``Lexicon/issuerAdjectives``) gives that
    /// body its words, there and through `le texte` after it.
    @Test func issuerAdjectiveNamesTheBody() {
        let prefecture = quotations("Les éleveurs du plateau de Combrelle attendaient la décision depuis juin. La préfecture a autorisé vendredi un tir de prélèvement.\n\nSelon l'arrêté préfectoral, le tir pourra être effectué jusqu'au 31 août. Le texte évoque « une pression exceptionnelle » sur les troupeaux.")
        #expect(prefecture.map(\.kind) == [.direct])
        #expect(prefecture.first?.speaker == "la préfecture")
        let town = quotations("Depuis lundi, la musique doit s'arrêter à 23 heures à Port-Salvan. L'arrêté municipal, affiché sur les murs de la mairie, interdit « toute musique audible depuis la rue » après cette heure.")
        #expect(town.map(\.kind) == [.direct])
        #expect(town.first?.speaker == "la mairie")
        // (A body the text never names gives no one: `L'arrêté préfectoral est clair : …` alone.)
        let alone = quotations("Que dit la règle ? L'arrêté préfectoral est clair : le ramonage est obligatoire « deux fois par an » dans le département.")
        #expect(alone.first?.speaker == nil)
    }

    /// Near misses the attribution tester found: a name set off after a letter's addressee is the
    /// addressee's apposition, not the writer (`In a letter to the mayor, Sophie Grant, Eolia
    /// offers …`); a second body that publishes its own statement issues the one quoted next.
    @Test func addresseeAndASecondStatementAreNotTheIssuer() {
        let letter = quotations("In a letter to the mayor, Sophie Grant, the wind-farm developer Eolia offers compensation to nearby households.\n\nThe letter says \"residents will receive a share of the revenue\".", lang: "en")
        #expect(letter.last?.speaker != "Sophie Grant")
        let lettre = quotations("Dans une lettre au maire de Lavergne, Sophie Granier, le promoteur Eolia propose une compensation aux riverains.\n\nSelon la lettre, « chaque foyer recevra une part des recettes ».")
        #expect(lettre.last?.speaker != "Sophie Granier")
        let second = quotations("Dans un communiqué, le ministère de l'Agriculture salue la loi. La Confédération paysanne a publié son propre communiqué. Le communiqué dénonce « une avancée en trompe-l'œil ».")
        #expect(second.last?.speaker == "La Confédération paysanne")
    }

    /// The writer is the subject after the addressee's apposition even when that subject is a
    /// role or an organisation's noun before a one-word name new to the text, with a verb the
    /// lexicon does not know (`the wind-farm developer Eolia offers …`, `le promoteur Eolia
    /// propose …`).
    @Test func roleNounBeforeANewNameAfterTheAddresseeIsTheWriter() {
        let letter = quotations("In a letter to the headteacher, Ruth Calder, the catering company Brindova offers free lunches for a term.\n\nThe letter says \"every pupil will be fed until Easter\".", lang: "en")
        #expect(letter.last?.speaker == "Brindova")
        let lettre = quotations("Dans une lettre au maire de Sarnac, Odile Ferrat, le promoteur Ventalis propose une compensation aux riverains.\n\nSelon la lettre, « chaque foyer recevra une part des recettes ».")
        #expect(lettre.last?.speaker == "Ventalis")
    }
    /// Kind 7: a press release the sentence names no issuer for (``Lexicon/pressReleaseNouns``:
    /// `C'est ce qu'indique un communiqué parvenu à notre rédaction.`, `…, selon un communiqué
    /// parvenu à notre rédaction.`) is the organisation's last found as a sentence subject in its
    /// paragraph or the one before; `Selon le document` after it, also after the release is
    /// named again further on (`explique dans le communiqué la présidente`), speaks for it. With
    /// no organisation before, no one.
    @Test func pressReleaseWithNoIssuerIsTheOrganisationsInTheNews() {
        let release = quotations("La Fondation Vélomar a remis lundi quarante vélos à six écoles de la commune de Brunvic. C'est ce qu'indique un communiqué parvenu à notre rédaction.\n\nSelon le document, ces vélos doivent « faciliter les trajets des élèves les plus éloignés ».").filter { $0.kind == .direct }
        #expect(release.map(\.text) == ["faciliter les trajets des élèves les plus éloignés"])
        #expect(release.first?.speaker == "La Fondation Vélomar")
        let again = quotations("L'association Terre Salée lance ce lundi une collecte de filets de pêche usagés. L'opération vise « au moins 300 pêcheurs », selon un communiqué parvenu à notre rédaction.\n\nLes filets seront recyclés à Pornesse. Une usine les attend. Elle ouvre en mai.\n\n« Un filet perdu pêche pendant des années », explique dans le communiqué la présidente de l'association, Maëlle Drouan.\n\nSelon le document, les filets représentent « un tiers des déchets des plages ».").filter { $0.kind == .direct }
        #expect(again.map(\.speaker) == ["Terre Salée", "Maëlle Drouan", "Terre Salée"])
        let english = quotations("The Harwick Rowing Trust opened a boathouse in Lindby on Saturday. That is what a press release sent to this newspaper says.\n\nAccording to the document, the boathouse is \"a home for every rower\".", lang: "en").filter { $0.kind == .direct }
        #expect(english.first?.speaker == "The Harwick Rowing Trust")
        // (No organisation before: no one.)
        let nobody = quotations("Quarante vélos ont été remis lundi à six écoles de Brunvic. C'est ce qu'indique un communiqué parvenu à notre rédaction.\n\nSelon le document, ces vélos doivent « faciliter les trajets des élèves les plus éloignés ».")
        #expect(nobody.allSatisfy { $0.speaker == nil })
    }
}
