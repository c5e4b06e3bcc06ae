@testable import Annotate
import Model
import Testing

/// English cue syntax that was parsed wrongly: a long apposition with an acronym before the verb,
/// a document with a possessive owner, a date opening a junk name, and quoted names or titles
/// after a naming word; each on made-up sentences.
@Suite struct EnglishCueSyntaxKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotes(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// `"…," NAME, ROLE of ORG (ABBR), told reporters …`: the acronym in brackets closes the role,
    /// and the name before the apposition speaks, never the verb's object.
    @Test func apposedRoleWithAnAcronymLeavesTheNameAsSubject() {
        let found = quotes("\"We lost contact in the second minute,\" Mira Kell, director of the Western Balloon Centre (WBC), told reporters at the field.")
        #expect(found.first?.speaker == "Mira Kell")
        let warned = quotes("\"Stay off the ice this week,\" Tom Arvel, head of the Lake Safety Board (LSB), warned residents on Friday.")
        #expect(warned.first?.speaker == "Tom Arvel")
    }

    /// `The council's court filing describes the site as "…"`: a document noun with a possessive
    /// owner speaks for the owner.
    @Test func documentWithPossessiveOwnerSpeaksForTheOwner() {
        let found = quotes("The Hollin Valley Trust’s court filing describes the meadow as “a place of quiet learning,” where children still play.")
        #expect(found.first?.speaker == "The Hollin Valley Trust")
    }

    /// `The claim, filed Monday in the High Court in Carwick, argues …`: a weekday opening a run
    /// of capitalised words, and a run that strings one preposition twice, name no speaker.
    @Test func weekdaysAndRepeatedPrepositionsOpenNoName() {
        let text = """
        The Brennock Fishers' Guild has gone to court over the harbour wall.

        The claim, filed Monday in Crown Court in Port Elsby, argues the council never consulted the guild.

        The guild’s court filing describes the wall as “a slow strangling of the harbour,” and asks for a review.
        """
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "en"))
        #expect(!transcript.speakers.contains { $0.name.hasPrefix("Monday") || $0.name.contains(" in Port") })
    }

    /// `signed “E. Brannock,”`, `under the title “Plain Clay.”`, `inquiry into “…”`: a quoted
    /// name or title after a naming word is a mention even with an initial's period or a
    /// closing period; not words after a verb and its particle.
    @Test func namesAndTitlesAfterNamingWordsAreMentions() {
        let signed = quotes("The vase is a jug signed “T. Moreau,” the name of a potter who died young.")
        #expect(signed.first?.kind == .mention)
        let titled = quotes("A shop in Arden is showing six of his jugs this month under the title “Plain Clay.” Prices start low.")
        #expect(titled.first?.kind == .mention)
        let inquiry = quotes("The board opened an inquiry into “serious lapses in record keeping” at the depot.")
        #expect(inquiry.first?.kind == .mention)
        // Near miss: words said after a speech verb stay direct.
        let said = quotes("“Plain clay is enough,” said Tova Brannock, the potter.")
        #expect(said.first?.kind == .direct)
    }
}
