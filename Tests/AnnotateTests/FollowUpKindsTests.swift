@testable import Annotate
import Model
import Testing

/// Follow-ups to the colon introduction past a quoted title, the adverbial span in a sentence
/// whose speech verb has a speaker, and time adverbials opening a sentence; made-up sentences.
@Suite struct FollowUpKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotes(_ text: String, lang: String) -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Where every noun is capitalised, a colon introduction past a quoted title gives no
    /// speaker: the noun before the first verb (`Der Adler`) is no name.
    @Test func germanColonIntroductionPastAQuotedTitleGivesNoNoun() {
        let text = """
        Er landete die Fähre „Eagle“ und meldete sich mit den Worten: „Houston, Tranquillity Base here. The Eagle has landed.“ (Houston, hier ist das Meer der Ruhe. Der Adler ist gelandet.) Die ersten Worte des Astronauten gingen um die Welt und sind heute ein „geflügeltes Wort“: „That's one small step for man, one giant leap for mankind.“

        Der Bürgermeister hängte ein Schild „Betreten verboten“ an das Tor: „Wir lassen hier niemanden mehr herein.“
        """
        let found = quotes(text, lang: "de").filter { $0.kind == .direct }
        #expect(found.count == 3)
        #expect(found.dropFirst().map(\.speaker) == [nil, nil])
    }

    /// A span after the noun of a genitive complement modifies that noun (`la généralisation des
    /// trains « à agent seul »`): a mention, though a speech verb of the sentence has a speaker.
    /// A span after the verb's object stays the speaker's words.
    @Test func spanAfterAGenitiveComplementModifiesItsNoun() {
        let term = quotes("La grève a été lancée par les syndicats pour protester contre un plan qui prévoit la fermeture de six gares et la généralisation des trains « à agent seul ».", lang: "fr")
        #expect(term.map(\.kind) == [.mention])
        // Near misses: after the verb's object (`des` after a verb is an article).
        let reforms = quotes("Le ministre a promis des réformes « sans délai ».", lang: "fr")
        #expect(reforms.map(\.kind) == [.direct])
        #expect(reforms.first?.speaker == "Le ministre")
        let review = quotes("The Directorate said it would publish its own review \"in due course\".", lang: "en").filter { $0.kind == .direct }
        #expect(review.first?.speaker == "The Directorate")
    }

    /// `Last spring she received …`, `Early last year he …`: a time modifier opening the sentence
    /// is no name; the subject past it (a pronoun, a name) says the words after the colon.
    @Test func timeModifierOpeningASentenceIsNoName() {
        let english = quotes("""
        Ana Roy has run the bakery for twenty years. Last spring she received the "Baker of the Year" award: "I cried all the way home."
        """, lang: "en").filter { $0.kind == .direct }
        #expect(english.map(\.speaker) == ["Ana Roy"])
        let early = quotes("""
        Ana Roy has run the bakery for twenty years. Early last year she received the "Baker of the Year" award: "I cried all the way home."
        """, lang: "en").filter { $0.kind == .direct }
        #expect(early.map(\.speaker) == ["Ana Roy"])
        // Near miss: a name that is also a time word stays a name before its verb.
        let surname = quotes("\"We will be back,\" Early said.", lang: "en")
        #expect(surname.first?.speaker == "Early")
    }
}
