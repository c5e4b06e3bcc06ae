import Annotate
import Model
import Testing

/// Language-neutral rules switched on or fed by lexicon data, each shown on a small made-up
/// German sentence (no corpus text, no real names): one test per kind of sentence.
@Suite struct LexiconDrivenRuleTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func kinds(_ text: String, lang: String = "de") -> [Quotation.Kind] {
        annotator.annotate(TestDocuments.make(text, lang: lang)).quotations.filter { $0.kind != .reported }.map(\.kind)
    }

    /// A title right after a mention cue stays a name even when it holds sentence punctuation
    /// (`die Sendung „Wer weiß es? Niemand!“`, `unter dem Motto „Nie wieder!“`).
    @Test(arguments: [
        "Die Sendung „Wer weiß es? Niemand!“ lief am Montag im Regionalfernsehen.",
        "Rund zweihundert Menschen zogen unter dem Motto „Nie wieder Lärm! Ruhe jetzt!“ durch die Altstadt.",
    ])
    func titleWithSentencePunctuationAfterAMentionCue(text: String) {
        #expect(kinds(text) == [.mention])
    }
}
