import Annotate
import Model
import Testing

/// Inverted indefinite speakers after a quotation, relative clauses after a document noun, and
/// a surname-only person of unknown gender as the antecedent of `she`/`he`. One test per kind,
/// on made-up sentences (no corpus text, no real names).
@Suite struct DocumentWriterAndInvertedIndefiniteKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr", title: String = "Test") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: title)))
    }

    /// Kind 2: an indefinite phrase inverted right after the speech verb of a cue following the
    /// quotation is an unnamed speaker, whatever its noun (`décrit un ancien codétenu`).
    @Test func invertedIndefinitePhraseIsAnUnnamedSpeaker() {
        let french = quotations("Le maire, Paul Vernet, a déclaré : « Nous allons reconstruire. »\n\n« Un homme discret, toujours souriant », décrit un ancien codétenu, joint par téléphone.")
        #expect(french.map(\.kind) == [.direct, .direct])
        #expect(french.last?.speaker?.contains("codétenu") == true)
        let english = quotations("The mayor, Paul Vernet, said: \"We will rebuild.\"\n\n\"A quiet man, always smiling,\" says a former cellmate.", lang: "en")
        #expect(english.map(\.kind) == [.direct, .direct])
        #expect(english.last?.speaker?.contains("cellmate") == true)
        // A document noun after the verb is no person: the words are not the noun's.
        let report = quotations("The mayor, Paul Vernet, said: \"We will rebuild.\"\n\n\"The dykes will not hold,\" says a report.", lang: "en")
        #expect(report.map(\.kind) == [.direct, .direct])
        #expect(report.last?.speaker?.contains("report") != true)
    }

    /// Kind 1: a relative clause after a document noun set off by a comma (`la lettre, que Le
    /// Journal a pu consulter`) is no apposition: the name in it is a reader, not the document.
    @Test func relativeClauseAfterADocumentIsNoApposition() {
        let french = quotations("La directrice de l'école, Mireille Cosson, a écrit aux parents mercredi soir. « Les cours reprendront lundi », peut-on lire dans la lettre, que La Gazette du Val a pu consulter.")
        #expect(french.map(\.kind) == [.direct])
        #expect(french.first?.speaker == "Mireille Cosson")
    }

    /// Kind 3: a person whose first name the list lacks, the most recent subject, is the
    /// antecedent of a pronoun of either gender; one named before the last subject is not.
    @Test func ungenderedLatestSubjectIsAPronounAntecedent() {
        let text = "Mara Quill ran the gallery for a decade. \"We trusted the papers,\" Quill said.\n\nThe fraud was exposed when a restorer named Ilvy Brantsch examined the canvas. \"I saw the wrong white,\" Brantsch recalls. She is modest about it. \"The paint told the story.\""
        let english = quotations(text, lang: "en")
        #expect(english.map(\.kind) == [.direct, .direct, .direct])
        #expect(english.last?.speaker == "Ilvy Brantsch")
        // With a known woman as the latest subject, she stays the antecedent.
        let known = quotations("A restorer named Ilvy Brantsch examined the canvas. \"I saw the wrong white,\" Brantsch recalls.\n\nMara Quill ran the gallery. She is modest about it. \"The paint told the story.\"", lang: "en")
        #expect(known.last?.speaker == "Mara Quill")
    }
}
