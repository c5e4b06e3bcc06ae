import Annotate
import Model
import Testing

/// Someone of a group brought in unnamed speaks: a partitive of function words (`one of them`,
/// before or after its verb) is a speaker of its own, not the last one; an unnamed person opening
/// the sentence before an insertion with a conjunction (`Un plongeur, cité comme témoin, a
/// décrit …`, `L'un d'eux, entendu comme témoin, …`) is the subject, not the person named before.
/// Made-up sentences.
@Suite struct UnnamedGroupMemberKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotes(_ text: String, lang: String) -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Wire copy: `"…," one of them said`, `"…," said one of them, who …`: one of the group.
    @Test func oneOfThemIsASpeakerOfItsOwn() {
        let after = quotes("""
        The union leader, Dora Plimsoll, said the strike would go on. "We will not move," she said.

        Two people close to the talks said the offer was poor. "They were never serious," one of them said.
        """, lang: "en").filter { $0.kind == .direct }
        #expect(after.map(\.speaker) == ["Dora Plimsoll", "one of them"])
        let inverted = quotes("""
        The union leader, Dora Plimsoll, said the strike would go on. "We will not move," she said.

        At the pier, a group of about twenty porters kept working. "Our customers need us," said one of them, who did not want to be named.
        """, lang: "en").filter { $0.kind == .direct }
        #expect(inverted.map(\.speaker) == ["Dora Plimsoll", "one of them"])
        let before = quotes("""
        The union leader, Dora Plimsoll, said the strike would go on. "We will not move," she said.

        The porters met on the quay. One of them said: "Nobody asked us."
        """, lang: "en").filter { $0.kind == .direct }
        #expect(before.map(\.speaker) == ["Dora Plimsoll", "One of them"])
        // Near miss: a partitive with a noun was already a speaker.
        let noun = quotes("The porters met. \"Nobody knows,\" said one of the porters.", lang: "en").filter { $0.kind == .direct }
        #expect(noun.map(\.speaker) == ["one of the porters"])
        // Near miss: `them` standing for written things named just before is no group of people.
        let letters = quotes("The council sent two letters, and one of them said: \"Bins will be collected fortnightly.\"", lang: "en").filter { $0.kind == .direct }
        #expect(letters.count == 1)
        #expect(letters.first?.speaker == nil)
    }

    /// Court report: an unnamed witness, then an insertion with `comme`, then the verb; the
    /// fragment is the witness's, not the judge's named before.
    @Test func unnamedSubjectBeforeAnInsertionWithAConjunction() {
        let text = """
        Le juge, Marc Tellier, a parlé longuement. « Vous le saviez ? » a-t-il demandé.

        Un plongeur, cité comme témoin, a décrit une eau « glaciale ».
        """
        #expect(quotes(text, lang: "fr").map(\.speaker) == ["Marc Tellier", "Un plongeur"])
        let group = """
        Le juge, Marc Tellier, a parlé longuement. « Vous le saviez ? » a-t-il demandé.

        L'un d'eux, entendu comme témoin, a décrit des nuits « sans sommeil ».
        """
        #expect(quotes(group, lang: "fr").map(\.speaker) == ["Marc Tellier", "L'un d'eux"])
        // Near miss: a name in the insertion names the subject.
        let named = quotes("""
        Lena Brook chaired the hearing. "Please sit," she said.

        The passenger, retired teacher Ada Quill, was pulled from the water. She sent a letter: "I could have drowned."
        """, lang: "en").filter { $0.kind == .direct }
        #expect(named.map(\.speaker) == ["Lena Brook", "Ada Quill"])
    }
}
