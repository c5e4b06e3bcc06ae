import Annotate
import Model
import Testing

/// Whose words a short fragment inside a reported sentence is when another person stands
/// nearby: an entourage that speaks for itself, the bare plural subject of an object relative
/// clause, the subject of a cue coordinated after another verb. One test per kind, each on
/// made-up sentences (invented names and wording).
@Suite struct FragmentSourceKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "fr") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: an entourage (`selon l'entourage de la ministre`) is people around the holder and
    /// speaks for itself, even when the holder is known and however long the holder's title;
    /// an office (`le cabinet de la mairesse`) still speaks for its holder.
    @Test func entourageSpeaksForItself() {
        let according = """
        La ministre de la Culture, Irène Falcoz, a salué « un grand écrivain ».

        Selon l'entourage de la ministre, une cérémonie « plus discrète » pourrait être organisée au printemps. Selon l'entourage de la ministre de la Culture, la date « reste à fixer ».
        """
        #expect(speakers(according) == ["Irène Falcoz", "l'entourage de la ministre", "l'entourage de la ministre de la Culture"])
    }

    /// Kind 2: `a run that judges described as ‘textbook’`: the bare plural subject of an object
    /// relative clause owns the fragment, not the sentence's subject.
    @Test func barePluralSubjectOfObjectRelative() {
        let text = """
        Nell Carrow, 15, and her collie took the junior title on Sunday with a clean run that judges described as ‘flawless’.
        """
        #expect(speakers(text, lang: "en") == ["judges"])
    }

    /// Kind 3: a premodified description before a name: a speech-verb word modifying a person
    /// noun (`The local state member, Renee Marsh, said`) is no verb, and a capitalised modifier
    /// with a lowercase person noun (`Fellow fancier Stan Bellamy`) is a role, so the name is
    /// the subject, also past a relative clause holding a quoted name.
    @Test func premodifiedDescriptionBeforeName() {
        let member = """
        The council met on Monday. Its chairman, Paul Verity, said the decision was final.

        The local state member, Dana Whitlock, said: "We need every option on the table."
        """
        #expect(speakers(member, lang: "en").last == "Dana Whitlock")
        let fancier = """
        The club met on Monday. Its chairman, Paul Verity, said the decision was final.

        Fellow fancier Ron Tavish, whose hen "Blue Moon" finished third, said: "If the cup comes to me, so be it."
        """
        #expect(speakers(fancier, lang: "en").last == "Ron Tavish")
    }
}
