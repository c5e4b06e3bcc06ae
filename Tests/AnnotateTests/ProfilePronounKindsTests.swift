import Annotate
import Model
import Testing

/// Whom `she` or `he` means in a profile, where the narration keeps coming back to the person
/// the piece is about between other people's quotations: a pronoun that opens a narrative
/// sentence keeps its antecedent in view as that sentence's subject, so that a later quotation
/// or cue (`“…,” she says`) goes back to it, not to someone of unknown gender met in between.
/// Made-up sentences, with near-misses that keep carry-over and the last speaker.
@Suite struct ProfilePronounKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang))).map(\.speaker)
    }

    /// Kind 1: a pronoun subject that opens a sentence (`She did.`, `Asked about it, she shrugs.`)
    /// resolved to a woman is the one in view after it: an unnamed person of unknown gender met
    /// earlier in the paragraph (`an older colleague`) is not the next quotation's speaker.
    @Test func pronounSubjectKeepsItsAntecedentInView() {
        let text = """
            Maren Ostrowska joined the lifeboat crew in 1996.

            “It was a small station then,” she says.

            In her first winter, an older colleague told her she would never last. She did, and she still runs the station today.

            Asked about those years, she chooses her words carefully.

            “Most of the crew were good to me. The rest came round.”
            """
        #expect(speakers(text) == ["Maren Ostrowska", "Maren Ostrowska"])
        // Near miss: a quotation right after the speaker's own carries over, and a named woman
        // quoted last is still the one a cue pronoun means.
        let carried = """
            Maren Ostrowska joined the lifeboat crew in 1996. Her deputy, Ilse Varga, joined later.

            “It was a small station then,” Ilse Varga said. “Nobody wanted the job.”

            “We were six,” she said.
            """
        #expect(speakers(carried) == ["Ilse Varga", "Ilse Varga", "Ilse Varga"])
    }

    /// Kind 2: a sentence that opens with a known person's name in the Saxon genitive
    /// (`Ostrowska's first project is …, and she wants …`) is about that person, who is in view
    /// for the next pronoun over a woman quoted paragraphs before.
    @Test func genitiveOwnerOpeningTheSentenceIsInView() {
        let text = """
            Maren Ostrowska, 49, took over the lifeboat station last week.

            “It is mostly paperwork,” she says.

            Town council approved her appointment. “She was the obvious choice,” said Mayor Ada Lind.

            Ostrowska’s first project is a course for teenagers, and she wants the doors open to anyone.

            She credits her father for her stubbornness.

            “He never gave up on anything,” she says.
            """
        #expect(speakers(text) == ["Maren Ostrowska", "Ada Lind", "Maren Ostrowska"])
        // Near miss: with no such sentence, the woman quoted last is still the one meant.
        let plain = """
            Maren Ostrowska, 49, took over the lifeboat station last week.

            “It is mostly paperwork,” she says.

            Town council approved her appointment. “She was the obvious choice,” said Mayor Ada Lind.

            “We will give her all the help she needs,” she added.
            """
        #expect(speakers(plain) == ["Maren Ostrowska", "Ada Lind", "Ada Lind"])
    }
}
