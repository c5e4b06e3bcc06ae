import Annotate
import Model
import Testing

/// Opening participles, document nouns, contrastive subjects (`X, lui, …`), fragments after
/// `parler de`, incises with an object clitic, `Pour <rôle>, <nom>, …`, participle appositions,
/// quoted names of plans and roles in apposition to roles. One test per kind, on made-up
/// sentences (no corpus text, no real names), in French and, where the kind exists there, English.
@Suite struct ParticipleAndContrastKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr", title: String = "Test") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: title)))
    }

    /// Kind 1: a capitalised participle opening the sentence before a comma (`Contactée,`,
    /// `Jointe par téléphone,`, `Contacted,`) is no speaker; a participle in a relative clause
    /// (`son agent, qui avait conclu en affirmant que « … »`) is the antecedent's.
    @Test func openingParticipleIsNoSpeaker() {
        let embassy = quotations("Contactée, la préfecture de Brunval n'a pas souhaité commenter, renvoyant à son porte-parole, qui avait conclu mardi en affirmant que le département défendait « une route, pas une frontière ».")
        #expect(embassy.map(\.kind) == [.direct])
        #expect(embassy.first?.speaker == "son porte-parole")
        let phoned = quotations("Jointe par téléphone, la maire a promis « une réponse rapide ».")
        #expect(phoned.first?.speaker == "la maire")
        let english = quotations("Contacted by phone, the harbour authority promised \"a full review\".", lang: "en")
        #expect(english.first?.speaker?.lowercased().contains("authority") == true)
        // A colon right before the quotation introduces it, however long the main clause.
        let defended = quotations("Interrogée à la sortie du conseil, Sophie Blanc a défendu le projet : « Ce pont était attendu depuis dix ans. »")
        #expect(defended.map(\.kind) == [.direct])
        #expect(defended.first?.speaker == "Sophie Blanc")
        // A common given name opening the sentence stays a name.
        #expect(quotations("René, lui, a promis « une réponse rapide ».").first?.speaker == "René")
    }

    /// Kind 2: a document noun written as an acronym (`un SMS de …`) is no speaker; its text
    /// belongs to its sender.
    @Test func documentAcronymIsNoSpeaker() {
        let text = quotations("Paul Garnier a reçu lundi un SMS de sa laiterie : « Ramassage assuré, merci de votre patience. » « Au moins, ça tourne », souffle-t-il.")
        #expect(text.map(\.kind) == [.direct, .direct])
        #expect(!text.contains { $0.speaker == "SMS" })
        #expect(text.first?.speaker == "sa laiterie")
    }

    /// Kind 3: a role subject set off by a stressed pronoun (`Son fiancé, lui, retient autre
    /// chose : « … »`) speaks after the colon; a participle opening the sentence (`Questionnée
    /// sur …, elle a souri : « … »`) belongs to the main clause's subject.
    @Test func contrastiveSubjectSpeaksAfterTheColon() {
        let text = """
        « Nous avons tout perdu, raconte la jeune femme. Mes parents étaient venus pour rien. »

        Son fiancé, lui, retient autre chose : « Des voisins nous ont aidés. On s'est mariés quand même. »

        Lucie Ferrand, elle, ne s'inquiète pas des ventes. Questionnée sur son prochain livre, elle a souri : « Peut-être l'hiver prochain. Rien n'est sûr. »
        """
        let found = quotations(text)
        #expect(found.map(\.speaker) == ["la jeune femme", "Son fiancé", "Lucie Ferrand"])
    }

    /// Kind 4: `parler de`, `se féliciter (pour sa part) de` with a fragment in its object: the
    /// subject's words, even one word (`qui parle d'une « déferlante »`).
    @Test func fragmentAfterParlerDeIsTheSubjects() {
        let seller = quotations("« Nous avons vendu tout le stock en deux jours », se réjouit le libraire, Hugo Marchal, qui parle d'une « déferlante » pour la boutique.")
        #expect(seller.map(\.kind) == [.direct, .direct])
        #expect(seller.map(\.speaker) == ["Hugo Marchal", "Hugo Marchal"])
        let house = quotations("Dans le dossier de presse, la maison Berthier parle d'une « collection qui respire avec les saisons ».")
        #expect(house.first?.speaker == "Berthier")
        let fair = quotations("La Fédération des libraires de Vaudry, qui organise le salon, se félicite pour sa part d'une affluence « historique », avec 300 exposants.")
        #expect(fair.map(\.kind) == [.direct])
        #expect(fair.first?.speaker?.hasPrefix("Fédération des libraires") == true)
    }

    /// Kind 5: an incise with an object clitic before its verb (`, nous a expliqué la styliste,`,
    /// `, m'a confié X,`) attributes like one without.
    @Test func inciseWithObjectClitic() {
        let text = """
        La styliste Nora Belkacem présentait sa collection mardi à des acheteurs.

        « Rien n'est joué, m'a confié le directeur du salon. Tout peut changer. »

        « Je voulais des tissus qui respirent, nous a expliqué la styliste de 42 ans dans sa loge, un café à la main. On nous vend trop de plastique. »
        """
        let found = quotations(text)
        #expect(found.map(\.kind) == [.direct, .direct])
        #expect(found.first?.speaker == "le directeur du salon")
        #expect(["Nora Belkacem", "la styliste de 42 ans"].contains(found.last?.speaker ?? ""))
    }

    /// Kind 6: `Pour <rôle> [complément], <Nom>, il s'agit d'« … »`: the name in apposition gives
    /// the view, and is the `il` of the next paragraph.
    @Test func pourRoleWithApposedName() {
        let text = """
        Le président de l'association Vallée vivante, Octave Rouard, a dénoncé un projet « démesuré ».

        Pour le responsable du chantier à la SEVM, Bastien Corlay, il s'agit d'« un ouvrage nécessaire à la région ».

        « Cette centrale alimentera 20 000 foyers, a-t-il expliqué. Elle soutiendra aussi le débit de la rivière. »
        """
        let found = quotations(text)
        #expect(found.map(\.speaker) == ["Octave Rouard", "Bastien Corlay", "Bastien Corlay"])
    }

    /// Kind 7: a participle apposition holding a quoted slogan (`Camille, venue soutenir sa sœur
    /// avec une banderole « … », résumait l'ambiance : « … »`) does not break the subject.
    @Test func participleAppositionWithAMentionKeepsTheSubject() {
        let text = """
        « Je suis encore debout », a lancé le vétéran, applaudi par la foule.

        Au bord de la route, Camille, venue soutenir sa sœur avec une banderole « Cours plus vite que le bus », résumait l'ambiance : « C'est la fête dans toute la ville. »
        """
        let found = quotations(text)
        #expect(found.map(\.kind) == [.direct, .mention, .direct])
        #expect(found.last?.speaker == "Camille")
    }

    /// Kind 8: a quoted name of a plan or project that opens with its kind noun (`le « plan Cap
    /// 2035 »`, `the "Project Kestrel"`) is a mention; a lowercase description is not a name.
    @Test func quotedPlanNameIsAMention() {
        #expect(quotations("Au cœur du conflit, le « plan Cap 2035 » présenté en mars par la direction, qui prévoit la fermeture de deux quais.").map(\.kind) == [.mention])
        #expect(quotations("The union walked out of talks on the \"Project Kestrel\" last week.", lang: "en").map(\.kind) == [.mention])
        #expect(quotations("La ministre a défendu un plan « ambitieux mais réaliste pour tous ».").map(\.kind) == [.direct])
    }

    /// Kind 9: a role, then a title and a name in apposition (`Le commandant de la caserne, le
    /// lieutenant Sophie Garel, a évoqué « … »`): the named person speaks.
    @Test func roleAppositionAfterARoleGivesTheName() {
        let found = quotations("Le commandant de la caserne, le lieutenant Sophie Garel, a évoqué « environ 80 interventions ».")
        #expect(found.map(\.speaker) == ["Sophie Garel"])
    }
}
