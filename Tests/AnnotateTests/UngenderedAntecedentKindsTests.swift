import Annotate
import Model
import Testing

/// A personal pronoun with no one of its gender in view or named lately means the person named
/// last (this paragraph or the one before) whose gender nothing gave: a first name the given-name
/// list lacks, named after a copula, as an object, as an agent or in a live-blog entry. Made-up
/// sentences, with near misses that stay unattributed.
@Suite struct UngenderedAntecedentKindsTests {
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

    static let cases: [Case] = [
        Case(label: "named after a copula, pronoun in the next paragraph", text: """
            The instrument is a 1914 steam organ, and the woman at its keyboard is Ysolde Marchetti, 67, who has played it since 1989.

            “You argue with it more than you play it,” she told me on a July afternoon.
            """, lang: "en", speakers: ["Ysolde Marchetti"]),
        Case(label: "named as an object", text: """
            Last spring the parish council hired Perpetua Wrenfield to restore the church clock.

            “It had stopped at twenty past four, and nobody knew why,” she said.
            """, lang: "en", speakers: ["Perpetua Wrenfield"]),
        Case(label: "named as the agent of a passive, same paragraph", text: """
            The contract went to a small firm run by Idunn Carraway-Lowe. "We were the only ones who bid," she said.
            """, lang: "en", speakers: ["Idunn Carraway-Lowe"]),
        Case(label: "live-blog entry, named after a copula", text: """
            Live: storm hits the coast

            10:40 The winner of this year's lifeboat medal is Oriel Vantongeren, a volunteer from the harbour. "I only did what the crew did," he said.
            """, lang: "en", speakers: ["Oriel Vantongeren"]),
        Case(label: "French: named after a copula, inverted pronoun", text: """
            Le plus ancien gardien du port est Brivaël Kerzerho, 81 ans, entré aux Phares et Balises en 1962.

            « La mer a changé, les bateaux aussi », dit-il.
            """, lang: "fr", speakers: ["Brivaël Kerzerho"]),
        Case(label: "French: named as an object", text: """
            Le conseil municipal a choisi Soazig Kerhervé pour restaurer l'horloge.

            « Elle s'était arrêtée à quatre heures vingt », raconte-t-elle.
            """, lang: "fr", speakers: ["Soazig Kerhervé"]),
        Case(label: "near miss: the only candidate is of the other gender", text: """
            The man at the wheel is Thomas Harrowgate, 58.

            "It floats, that's all I ask," she said.
            """, lang: "en", speakers: [nil]),
        Case(label: "near miss: someone shouted, no pronoun", text: """
            The ferry docks at Wexmoor Quay every evening. Someone on the pier shouted "Bring back the old boat!" as it came in.
            """, lang: "en", speakers: [nil]),
        Case(label: "near miss: a name opened by an acronym is an outlet", text: """
            The story was first reported on Monday by RTN News.

            "It was chaos down there," she said.
            """, lang: "en", speakers: [nil]),
    ]

    @Test(arguments: cases)
    func speakerOfTheQuotation(_ example: Case) {
        #expect(speakers(example.text, lang: example.lang) == example.speakers)
    }
}
