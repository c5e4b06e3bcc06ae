import Annotate
import Model
import Testing

/// Assorted kinds of attribution phrase: a full name after `de`/`of`, a title after a verb of
/// publishing, a verdict after `qualifier` past an inserted adverbial, a handle in brackets, a
/// possessive account (`by her own count`), an organisation's forecast, and `It states:` after a
/// document. One test per kind, each on made-up sentences (no corpus text, no real names), with
/// a near miss that must not fire.
@Suite struct AttributionPhraseKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: a given name and a surname after `de` / `of` are a person, whom the given name
    /// alone and a pronoun find later; after a place noun (`la rue de …`) they are no one.
    @Test func fullNameAfterAComplementWordIsAPerson() {
        let french = quotations("""
            Dans la cave de Lucien Marbrier, les tonneaux sont alignés depuis des années.

            Et Lucien ? « Je ne vendrai pas avant la prochaine vendange », dit-il.
            """)
        #expect(french.map(\.speaker) == ["Lucien Marbrier"])
        let english = quotations("""
            In the boatshed of Walter Henning, the oars hang where they always hung.

            And Walter? "I will sail again in the spring," he said.
            """, lang: "en")
        #expect(english.map(\.speaker) == ["Walter Henning"])
        // A street named after someone names no one for the pronoun to find.
        let street = quotations("""
            Dans la rue de Victor Malvaux, les travaux ont commencé lundi.

            « On ne dort plus », dit-il.
            """)
        #expect(street.map(\.speaker) == [nil])
    }

    /// Kind 2: a capitalised span right after a verb of publishing or releasing (over a time
    /// phrase) is a title; words published after a colon, or in lower case, stay speech.
    @Test func titleAfterAVerbOfPublishingIsAMention() {
        #expect(quotations("La romancière Maud Sorel publie ce mois-ci « Les Heures du phare » (éditions du Quai), un récit sur son enfance.").map(\.kind) == [.mention])
        #expect(quotations("Le chanteur Bastien Roul sort « Pas si loin », son deuxième album.").map(\.kind) == [.mention])
        #expect(quotations("She publishes “The Quiet Ferry” next month, a memoir of her years at sea.", lang: "en").map(\.kind) == [.mention])
        // A colon after the verb introduces the words themselves.
        let posted = quotations("Le maire Henri Dussol a publié un message : « Merci à tous les bénévoles, vous avez été formidables. »")
        #expect(posted.map(\.kind) == [.direct])
        #expect(posted.first?.speaker == "Henri Dussol")
    }

    /// Kind 3: `qualifie X de « … »` with a lowercase verdict is the subject's words, also past
    /// an adverbial set off by commas; a name given (`baptisé « … »`) stays a mention.
    @Test func verdictAfterAnInsertedAdverbialIsTheSubjectsWords() {
        let verdict = quotations("L'Ordre, dans une note transmise aux députés, qualifie la situation de « alarmante ».")
        #expect(verdict.map(\.kind) == [.direct])
        #expect(verdict.first?.speaker == "L'Ordre")
        let dated = quotations("La Fédération des meuniers, mardi, a qualifié le projet d'« irréaliste ».")
        #expect(dated.map(\.kind) == [.direct])
        #expect(dated.first?.speaker?.hasSuffix("Fédération des meuniers") == true)
        let english = quotations("The Harbour Board, in a letter to members, called the scheme \"reckless\".", lang: "en")
        #expect(english.map(\.kind) == [.direct])
        #expect(english.first?.speaker == "The Harbour Board")
        #expect(quotations("Le pont, baptisé « le Vieux Géant » par les habitants, sera fermé.").map(\.kind) == [.mention])
    }

    /// Kind 4: a handle (or name) in brackets after an unnamed description names its person.
    @Test func handleInBracketsNamesTheDescribedPerson() {
        let english = quotations("Then a reader on the thread (handle: @saltmarsh_owl) wrote the reply that stayed with me: “Nobody mends a net in a storm.”", lang: "en")
        #expect(english.map(\.speaker) == ["@saltmarsh_owl"])
        let french = quotations("Puis une internaute (pseudonyme : @pie_bavarde) a écrit : « Personne ne repeint sa porte sous la grêle. »")
        #expect(french.map(\.speaker) == ["@pie_bavarde"])
        // No bracket: the description stays the speaker.
        let plain = quotations("Then a reader on the thread wrote the reply that stayed with me: “Nobody mends a net in a storm.”", lang: "en")
        #expect(plain.map(\.speaker) == ["a reader on the thread"])
    }

    /// Kind 5: `by her own count`, `selon ses mots`: the possessive is a pronoun for the person in view.
    @Test func possessiveAccountGoesToThePersonInView() {
        let english = quotations("Agnes Pilbury drove the school bus for thirty years. By her own count, “more than two thousand pupils” rode with her.", lang: "en")
        #expect(english.map(\.kind) == [.direct])
        #expect(english.first?.speaker == "Agnes Pilbury")
        let french = quotations("Gisèle Tardieu a tenu l'épicerie pendant quarante ans. Selon ses propres mots, « presque tout le village » est passé au comptoir.")
        #expect(french.map(\.kind) == [.direct])
        #expect(french.first?.speaker == "Gisèle Tardieu")
        // A cue word after a possessive (`ses termes`) is no mention cue: the cue after the span speaks.
        let terms = quotations("Pour reprendre ses termes, « c'est une belle retraite », a conclu Bruno Vallet.")
        #expect(terms.map(\.kind) == [.direct])
        #expect(terms.first?.speaker == "Bruno Vallet")
        // A possessive before a cue that names things (`sa campagne`) leaves a name.
        #expect(quotations("Le club lance sa campagne « Tous au stade » cette semaine.").map(\.kind) == [.mention])
    }

    /// Kind 6: an organisation that expects or plans owns a quoted fragment in its complement,
    /// rather than the last speaker; a person before stays the speaker of their own words.
    @Test func organisationForecastOwnsItsFragment() {
        let english = quotations("""
            "We have been patient for years," said Nell Oakes, a resident. The county council expects the first buses "by the spring of 2031".
            """, lang: "en")
        #expect(english.map(\.speaker) == ["Nell Oakes", "The county council"])
        let french = quotations("« Nous attendons depuis dix ans », dit Aline Vernet, une riveraine. La région table sur « une ouverture à l'automne 2030 ».")
        #expect(french.map(\.speaker) == ["Aline Vernet", "La région"])
        // A full sentence after the verb is no fragment of the forecast.
        let sentence = quotations("« Nous attendons depuis dix ans », dit Aline Vernet. La région espère. « Ce sera long. »")
        #expect(sentence.last?.speaker == "Aline Vernet")
    }

    /// Kind 7: `It states:` after a document with an author is the author's words, not those of
    /// the last organisation in view.
    @Test func impersonalPronounAfterADocumentIsItsAuthor() {
        let english = quotations("""
            The Ministry's reply, sent on Friday, runs to twelve pages. The Ferry Workers Union welcomed it. It states: "Every crossing will keep its timetable."
            """, lang: "en")
        #expect(english.map(\.speaker) == ["The Ministry"])
        // With no document before, `it` is the organisation in view.
        let plain = quotations("""
            The Ferry Workers Union met on Friday. It states: "Every crossing will keep its timetable."
            """, lang: "en")
        #expect(plain.map(\.speaker) == ["The Ferry Workers Union"])
    }
}
