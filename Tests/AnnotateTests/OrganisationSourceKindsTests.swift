import Annotate
import Model
import Testing

/// Organisations' words given to nobody or to the last person spoken of: a noun that looks like a
/// verb of saying opening a reported clause (`said demand had been`), an inverted pronoun
/// followed by an adverbial (`précise-t-elle dans un communiqué,`), and one document named by two
/// nouns (`The report by X found …. “…,” the audit said.`). Made-up sentences and names only.
@Suite struct OrganisationSourceKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String) -> [String?] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in q.speakerID.flatMap { transcript.speaker(id: $0)?.name } }
    }

    /// Kind 1: right after `said`, `told` or another verb that reports a clause with no
    /// complementizer, a word that can be a verb of saying (`demand`, `reports`) is the noun
    /// opening the clause; the verb before it is the cue, and its subject speaks.
    @Test func speechVerbWordAfterSaidOpensTheReportedClause() {
        let cases: [(String, String)] = [
            ("Forecasters expect the heat to last. Brookfield Water said demand on Wednesday had been \"the highest we have ever seen\".", "Brookfield Water"),
            ("The singer will tour in May. Her promoter, Northgate Live, said demand had been \"simply extraordinary\".", "Northgate Live"),
            ("Dr Ana Ruiz opened the clinic in June. The Carrow Gas Company said reports of leaks were \"greatly exaggerated\".", "The Carrow Gas Company"),
            ("Tom Bell runs the cafe. One of the operators, Linden Rail, told passengers demand was \"far above what we planned for\".", "Linden Rail"),
        ]
        for (text, speaker) in cases {
            #expect(speakers(text, lang: "en") == [speaker], "\(text)")
        }
        // Near misses: the verb after a noun that only looks like a cue keeps its use (`The
        // firm's claims warned`), and a cue with its complementizer is unchanged.
        #expect(speakers("Tom Bell runs the cafe. Mr Bell said that demand had been \"far above anything we planned for\".", lang: "en") == ["Tom Bell"])
        #expect(speakers("Ana Ruiz founded the group in 2019. The group's claims warned that the river was \"already dying\", she said.", lang: "en") == ["Ana Ruiz"])
    }

    /// Kind 2: an incise whose subject pronoun is inverted after the verb may hold an adverbial
    /// (`dans un communiqué`, `lundi`) before its closing comma or colon; the pronoun is still
    /// the speaker, not the text it names.
    @Test func invertedPronounBeforeAnAdverbialSpeaks() {
        let cases: [(String, String)] = [
            ("La Municipalité rouvrira la piscine en août. D'ici là, le bassin restera fermé, précise-t-elle dans un communiqué, car « la sécurité passe avant tout ».", "La Municipalité"),
            ("Le Syndicat des soignants de Vaure a appelé à la grève. Les urgences tourneront au ralenti, indique-t-il lundi, car « il manque douze infirmières ».", "Syndicat des soignants de Vaure"),
            ("Paul Vernet a quitté la séance. Le budget est insincère, estime-t-il dans une tribune : « on maquille les comptes ».", "Paul Vernet"),
        ]
        for (text, speaker) in cases {
            #expect(speakers(text, lang: "fr") == [speaker], "\(text)")
        }
        // Near miss: with the comma right after the pronoun, as before.
        #expect(speakers("La Municipalité rouvrira la piscine en août. Le bassin restera fermé, précise-t-elle, car « la sécurité passe avant tout ».", lang: "fr") == ["La Municipalité"])
    }

    /// Kind 3: a definite phrase headed by another speech or document noun than the one the
    /// document was named with (`the audit`, `the review`, `l'étude`, `le rapport`) means the document named last, when
    /// that was in the same sentence or at most two before: its issuer speaks.
    @Test func anotherNounForTheDocumentNamedLastGivesItsIssuer() {
        let cases: [(String, String, String)] = [
            ("The report by the Office of the County Auditor found that the firm billed for routes it never ran. \"Controls were either absent or ignored,\" the audit said.", "en", "the Office of the County Auditor"),
            ("A report by the Calder Water Board blamed ageing pipes. \"Nobody was watching the pressure,\" the review said.", "en", "Calder Water Board"),
            ("Le rapport de la Cour régionale des comptes a été publié mardi. Selon l'étude, la commune a « perdu le contrôle de ses dépenses ».", "fr", "Cour régionale des comptes"),
            ("Une étude de l'Observatoire régional de l'eau a été publiée lundi. Le rapport évoque « une dégradation rapide des nappes ».", "fr", "Observatoire régional de l'eau"),
        ]
        for (text, lang, speaker) in cases {
            #expect(speakers(text, lang: lang) == [speaker], "\(text)")
        }
        // Near miss: a document named three sentences before is too far back to be meant.
        let far = """
        The report by the Office of the County Auditor was published in May. Buses ran late all summer. Parents wrote to the board. Drivers held a meeting. "Nobody listened to us," the survey said.
        """
        #expect(speakers(far, lang: "en") == [nil])
    }

    /// Kind 4: a participle of saying or naming right before the quotation and an agent right
    /// after it (`jugé « … » par X`, `qualifié de « … » par X`, `described as "…" by X`): the
    /// agent speaks, not the sentence's subject nor the last speaker.
    @Test func agentAfterAPassiveParticipleSpeaks() {
        let cases: [(String, String, String?)] = [
            ("Les pêcheurs sont restés à quai pour dénoncer le prix offert par les acheteurs, jugé « carrément insultant » par l'Association des pêcheurs côtiers.", "fr", "Association des pêcheurs côtiers"),
            ("Le maire, Paul Vernet, a salué la décision. Le projet, qualifié de « fuite en avant » par le collectif Terres vivantes, sera voté lundi.", "fr", "Terres vivantes"),
            ("The plan, described as \"reckless\" by the Harbour Trust, will be put to a vote on Monday.", "en", "the Harbour Trust"),
            ("Fishermen stayed in port over the price, branded \"insulting\" by the Coastal Fishermen's Association.", "en", "the Coastal Fishermen's Association"),
            ("La réforme, jugée « brutale » par les syndicats, entre en vigueur lundi.", "fr", "les syndicats"),
            ("The decision was called \"a betrayal\" by the Riverside Tenants Union.", "en", "the Riverside Tenants Union"),
        ]
        for (text, lang, speaker) in cases {
            #expect(speakers(text, lang: lang) == [speaker], "\(text)")
        }
        // Near misses: an agent phrase that cannot speak leaves the subject its words.
        #expect(speakers("Paul Vernet a jugé « inacceptable » par principe toute hausse des tarifs.", lang: "fr") == ["Paul Vernet"])
        #expect(speakers("Ana Ruiz described the plan as \"reckless\" by any standard.", lang: "en") == ["Ana Ruiz"])
    }
}
