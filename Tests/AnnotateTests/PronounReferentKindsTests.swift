import Annotate
import Model
import Testing

/// Whom a pronoun or a short form means when someone else was met since: a namesake who just
/// spoke, and a person a role phrase names as the subject of a speech verb in a clause with no
/// quotation. Made-up sentences, with near misses that keep the old reading.
@Suite struct PronounReferentKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String) -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// One made-up text and the speakers of its direct quotations, in order.
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let text: String
        let lang: String
        let speakers: [String?]
        var testDescription: String { label }
    }

    /// Kind 1: a short form the text used for one person (`Mr Brisk` for the late ferryman) means
    /// the namesake named in full who spoke in the sentence just before, in the same paragraph
    /// (`His son, Colin Brisk, said …`), and the next `he` goes on with him. Near miss: the
    /// namesake is named but does not speak; the short form keeps its person.
    ///
    /// Kind 2: a role phrase that means a person named before, subject of a speech verb in a
    /// clause with no quotation (`Le ton est monté lorsque la conseillère a évoqué …`), puts
    /// that person in view for the next `elle`, before the last speaker. Near miss: the
    /// clause's subject is a thing, not a role; the last speaker goes on.
    static let cases: [Case] = [
        Case(label: "short form means the namesake who just spoke", text: """
            Tributes paid to ferryman

            Tributes have been paid to the town's former ferryman, Walter Brisk, who has died aged 80. Mr Brisk ran the crossing for 40 years.

            His son, Colin Brisk, said the family had been touched by the messages. "Dad would have hated the fuss," Mr Brisk said.

            "The river was his whole life," he added.
            """, lang: "en", speakers: ["Colin Brisk", "Colin Brisk"]),
        Case(label: "near miss: the namesake does not speak", text: """
            Ferryman retires

            The town's ferryman, Walter Brisk, retired last week after 40 years. Mr Brisk ran the crossing in all weathers. His son, Colin Brisk, lives in Canada.

            "The river was my whole life," Mr Brisk said.
            """, lang: "en", speakers: ["Walter Brisk"]),
        Case(label: "role phrase subject of a speech verb in a subordinate clause is in view", text: """
            Conseil municipal

            La séance a commencé dans le calme. La conseillère Nadia Ferrier a d'abord interrogé la maire, Odile Brun, sur le budget des écoles.

            « Nous tiendrons nos promesses », a répondu Odile Brun.

            Le ton est monté lorsque la conseillère a évoqué le prix du nouveau kiosque. « Un kiosque, on en a ; une crèche, on n'en a plus », a-t-elle lancé.
            """, lang: "fr", speakers: ["Odile Brun", "Nadia Ferrier"]),
        Case(label: "near miss: the clause's subject is a thing", text: """
            Conseil municipal

            La séance a commencé dans le calme. La conseillère Nadia Ferrier a d'abord interrogé la maire, Odile Brun, sur le budget des écoles.

            « Nous tiendrons nos promesses », a répondu Odile Brun.

            Le ton est monté lorsque le rapport des finances a évoqué le prix du nouveau kiosque. « Un kiosque, on en a ; une crèche, on n'en a plus », a-t-elle lancé.
            """, lang: "fr", speakers: ["Odile Brun", "Odile Brun"]),
    ]

    @Test(arguments: cases) func pronounOrShortFormMeansThePersonInView(_ example: Case) {
        #expect(speakers(example.text, lang: example.lang) == example.speakers)
    }
}
