import Annotate
import Model
import Testing

/// Written words (a press release, a letter, a report, a study) credited to whoever issued the
/// text: the kinds of the fourteenth session. One test per kind, on made-up sentences (no corpus
/// text, no real names), with near misses that must not change.
@Suite struct WrittenWordsKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: "Test")))
    }

    /// Kind 1: a bare noun after the genitive word of a document noun says what kind of text it is
    /// (`communiqué de presse`, `rapport d'activité`), never who wrote it; the author is the
    /// genitive or agent complement after it. A determiner or a capital (`rapport de l'agence`,
    /// `rapport de Marie X`) still opens the author.
    @Test func classifierComplementIsNoAuthor() {
        let release = quotations("Le collège a été fermé deux jours. Un communiqué de presse de la préfecture évoque « une situation désormais maîtrisée ».")
        #expect(release.map(\.kind) == [.direct])
        #expect(release.first?.speaker == "la préfecture")
        let activity = quotations("Le rapport d'activité de l'Observatoire des loyers pointe « une hausse continue » des prix.")
        #expect(activity.map(\.kind) == [.direct])
        #expect(activity.first?.speaker == "Observatoire des loyers")
        let inquiry = quotations("Le rapport d'enquête de la Commission des pêches évoque « un risque modéré » pour les ménages.")
        #expect(inquiry.map(\.kind) == [.direct])
        #expect(inquiry.first?.speaker == "Commission des pêches")
        // Near misses: a genitive with its article or a name is the author, as before.
        let named = quotations("Le rapport de Marie Dubreuil décrit « un chaos total » dans le service.")
        #expect(named.first?.speaker == "Marie Dubreuil")
        let agency = quotations("Le rapport de l'agence, publié mardi, parle de « risques limités ».")
        #expect(agency.first?.speaker == "l'agence")
        let english = quotations("Tenants packed the hall. A letter of support from the Riverside Tenants Union describes the plan as \"long overdue\".", lang: "en")
        #expect(english.first?.speaker == "Riverside Tenants Union")
    }

    /// Kind 2: a document issued in a cue closing the sentence after a comma (`…, a annoncé jeudi
    /// la Société X dans un communiqué`, `…, health officials said in a letter`, `…, said the
    /// Ministry in a statement`) is the cue's subject's, not the subject of the reported words;
    /// `the statement`, `le communiqué` later speak for it. A subject before its verb
    /// (`X a indiqué dans un communiqué`, `Harlow Council said in a statement`) is unchanged.
    @Test func documentOfClosingCueSpeaksForItsSubject() {
        let inverted = quotations("La première turbine a été couplée au réseau mercredi, a annoncé jeudi la Société nationale d'électricité dans un communiqué.\n\nSelon le communiqué, la turbine doit permettre de « réduire les coupures » dans trois villes.")
        #expect(inverted.last?.kind == .direct)
        #expect(inverted.last?.speaker == "Société nationale d'électricité")
        let town = quotations("Le pont sera fermé jusqu'en juin, a indiqué la mairie de Vernon dans un communiqué publié lundi. Le communiqué évoque « des travaux indispensables ».")
        #expect(town.map(\.kind) == [.direct])
        #expect(town.first?.speaker == "la mairie de Vernon")
        let letter = quotations("The hospital will close its maternity ward, health officials said in a letter to staff on Monday. The letter calls the decision \"painful but necessary\".", lang: "en")
        #expect(letter.map(\.kind) == [.direct])
        #expect(letter.first?.speaker == "health officials")
        let ferry = quotations("The ferry will not run on Sunday, the operator said in a statement on Friday. According to the statement, crews found \"a crack in the hull\".", lang: "en")
        #expect(ferry.last?.kind == .direct)
        #expect(ferry.last?.speaker == "the operator")
        // Near misses: the subject before its verb issues it, as before.
        let council = quotations("The bridge will stay shut until June, Harlow Council said in a statement. The statement described the work as \"unavoidable\".", lang: "en")
        #expect(council.first?.speaker == "Harlow Council")
        let before = quotations("La mairie de Vernon a indiqué dans un communiqué que le pont restera fermé. Le communiqué évoque « des travaux indispensables ».")
        #expect(before.last?.speaker == "La mairie de Vernon")
    }

    /// Kind 3: a text opened by a determiner of one more of its kind (`Une autre étude`, `Another
    /// study`, ``Lexicon/otherDeterminers``) with no author given is not the text just quoted: its
    /// words are nobody's named, not the last issuer's. `the statement added` still goes on with
    /// the statement just quoted.
    @Test func anotherDocumentIsNotTheLastOne() {
        let french = quotations("L'Institut du sommeil a publié mardi une étude sur les écrans. « Les adolescents dorment moins », note l'étude. Une autre étude conclut que les écrans sont « un facteur parmi d'autres ».")
        #expect(french.first?.speaker == "Institut du sommeil")
        #expect(french.last?.kind == .direct)
        #expect(french.last?.speaker == nil)
        let english = quotations("The Sleep Institute published a study on Tuesday. \"Teenagers sleep less,\" the study said. Another study says screens are \"one factor among many\".", lang: "en")
        #expect(english.first?.speaker == "The Sleep Institute")
        #expect(english.last?.kind == .direct)
        #expect(english.last?.speaker == nil)
        let cue = quotations("The Sleep Institute published a study on Tuesday. \"Teenagers sleep less,\" the study said. \"Screens are one factor among many,\" another study says.", lang: "en")
        #expect(cue.last?.kind == .direct)
        #expect(cue.last?.speaker == nil)
        // Near miss: the same statement, going on.
        let added = quotations("The Harbour Board published a statement on Monday. \"We let our passengers down,\" the statement said. \"We are reviewing every booking,\" the statement added.", lang: "en")
        #expect(added.map(\.speaker) == ["The Harbour Board", "The Harbour Board"])
    }

    /// Kind 4: a document phrase with an apposed participle and its agent (`The report, written by
    /// the Leisure Trust,`, `Une note, rédigée par la Cour des comptes,`) speaks for the agent; a
    /// comma with no participle before the agent (`The statement, by contrast,`) names no one.
    @Test func apposedAgentOfDocumentSpeaks() {
        let english = quotations("The council has closed the pool. The report, written by the Leisure Trust, describes the roof as \"unsafe\".", lang: "en")
        #expect(english.map(\.kind) == [.direct])
        #expect(english.first?.speaker == "the Leisure Trust")
        let french = quotations("Le ministère a publié un rapport lundi. « Les délais explosent », note le rapport. Une note, rédigée par la Cour des comptes, dénonce « un pilotage défaillant ».")
        #expect(french.last?.kind == .direct)
        #expect(french.last?.speaker == "Cour des comptes")
        // Near miss: no participle, no agent.
        let contrast = quotations("The mayor spoke first. The statement, by contrast, was \"firm but fair\", said Anna Pryce.", lang: "en")
        #expect(contrast.first?.speaker == "Anna Pryce")
    }

    /// Kind 5: a participle of how someone got hold of a text (`seen`, `obtained`, `reviewed`,
    /// `obtenue`, `consultée`) before the agent names the reader or receiver, never the author: the
    /// text's words have no speaker the sentence gives; an authoring participle (`signed by`) still
    /// gives its agent.
    @Test func agentWhoGotHoldOfADocumentIsNoAuthor() {
        for text in ["The council has closed the pool. The report, seen by this newspaper, describes the roof as \"beyond economic repair\".",
                     "The council has closed the pool. The report, obtained by the Evening Post, describes the roof as \"beyond economic repair\"."] {
            let found = quotations(text, lang: "en")
            #expect(found.map(\.kind) == [.direct])
            #expect(found.first?.speaker == nil)
        }
        for text in ["La piscine est fermée. La note, obtenue par l'Écho du Val, décrit une toiture « irréparable ».",
                     "La piscine est fermée. Le rapport, consulté par l'Écho du Val, décrit une toiture « irréparable »."] {
            #expect(quotations(text).first?.speaker == nil)
        }
        // Near miss: an authoring participle gives the author.
        let signed = quotations("The hospital has cut its night shifts. The letter, signed by 40 consultants, calls the cuts \"reckless\".", lang: "en")
        #expect(signed.first?.speaker == "40 consultants")
    }
}
