import Annotate
import Model
import Testing

/// English speakers named late or not at all in the clause: an indefinite description after an
/// inverted verb with the name closing it, the subject of a relative clause, a compound role noun
/// (`the father-of-two`), and a speech's first-person narrator named by its title. Made-up
/// sentences and names only: one test per kind of sentence, with a near miss where one applies.
@Suite struct EnglishDescriptorAndNarratorKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, title: String = "Test") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: "en", title: title)))
    }

    /// Kind 1: `says a dealer in Marlow who sold two of the copies, Fiona Greaves.` is Fiona
    /// Greaves, and the next quotation goes on with her; also `said one former colleague, NAME,`
    /// with a clause after the name, and a description before the verb (`, a neighbour on Elm
    /// Road, Dora Kettle, said`).
    @Test func lateNameClosingAnInvertedDescriptionSpeaks() {
        let text = """
        Hubert Lyle sold forty fake landscapes before he was caught. "I only finished what others started," Lyle says.

        "He talks about himself as a genius," says a dealer in Marlow who sold two of the copies, Fiona Greaves. "He is a thief with a brush."
        """
        #expect(speakers(text) == ["Hubert Lyle", "Fiona Greaves", "Fiona Greaves"])
        let colleague = """
        Hubert Lyle sold forty fake landscapes before he was caught.

        "He was charming," said one former colleague, Peter Ashdown, who shared a studio with him. "Nobody suspected a thing."
        """
        #expect(speakers(colleague) == ["Peter Ashdown", "Peter Ashdown"])
        let before = """
        Hubert Lyle sold forty fake landscapes before he was caught.

        "It was always a mess," a neighbour on Elm Road, Dora Kettle, said.
        """
        #expect(speakers(before) == ["Dora Kettle"])
    }

    /// Kind 1, near miss: a description with no name after its comma stays an unnamed speaker.
    @Test func descriptionWithoutLateNameStaysUnnamed() {
        let text = """
        Hubert Lyle sold forty fake landscapes before he was caught.

        "He was charming," said a former colleague, who asked not to be named.
        """
        #expect(speakers(text) == ["a former colleague"])
    }

    /// Kind 2: in `…, which the family says came "far too late"`, the subject of the relative
    /// clause speaks, even a noun for people with an adverb's ending (`family`, `ally`).
    @Test func subjectOfRelativeClauseSpeaksItsFragment() {
        let text = """
        Police opened an investigation into the collapse of the stand, which the family says came "far too late".
        """
        #expect(speakers(text) == ["the family"])
        let ally = """
        The senator dropped the amendment, which a close ally said was "a tactical retreat".
        """
        #expect(speakers(ally) == ["a close ally"])
    }

    /// Kind 3: `the father-of-two told us` is the man just named, as `the 44-year-old` would be;
    /// `the grandmother-of-five` the woman, past a man named after her.
    @Test func compoundRoleNounRefersToThePersonDescribed() {
        let text = """
        Her son, Daniel Holt, 44, was the one who noticed something was wrong.

        "I knew straight away it was a scam," the father-of-two told us.
        """
        #expect(speakers(text) == ["Daniel Holt"])
        let gendered = """
        Jenny Parr lost £2,000 to the callers, and her lodger, Tom Reyes, lost his savings.

        "I feel so stupid," the grandmother-of-five said.
        """
        #expect(speakers(gendered) == ["Jenny Parr"])
    }

    /// Kind 4: in a speech whose title names who gives it, `I said "…"` and `I went to the
    /// Treasury and said, "…"` are the speaker's own words; with a title that names no one, they
    /// keep no speaker.
    @Test func firstPersonNarratorNamedByTheTitleSpeaks() {
        let text = """
        Thank you all for coming.

        When I took this job, I went to the Treasury and said, "Give us five years and judge us on the trains."

        A reporter asked me what my first priority would be. I said "punctuality", and he looked disappointed.
        """
        #expect(speakers(text, title: "Transport Minister Clara Voss's speech at the Rail Summit") == ["Clara Voss", "Clara Voss"])
        #expect(speakers(text, title: "Speech by Clara Voss to the Rail Summit") == ["Clara Voss", "Clara Voss"])
        #expect(speakers(text, title: "Transport Secretary speech at the Rail Summit") == [nil, nil])
    }
}
