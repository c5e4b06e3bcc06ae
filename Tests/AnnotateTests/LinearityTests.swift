import Annotate
import Foundation
import Model
import Testing

/// One paragraph with n quotations or cues stays linear: four times the input takes well under
/// sixteen times as long (a quadratic pass would). Each shape stresses one rule.
@Suite struct LinearityTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func seconds(_ text: String, lang: String) -> Double {
        let start = Date()
        _ = annotator.annotate(TestDocuments.make(text, lang: lang))
        return Date().timeIntervalSince(start)
    }

    @Test(arguments: [
        // Quotations in one sentence with a naming verb (per-sentence flags).
        "Il a qualifié le projet de |« mot »| .",
        // Reported speech whose clause holds the quotations.
        "Paul Roche a dit que |« mot »,| et fin.",
        // Many `, selon X` tails in one sentence.
        "Le texte est prêt|, selon Paul Roche| .",
        // Many inserted phrases between a subject and its verb (appositions, relative clauses).
        "Paul Roche|, qui vit à Lyon, dans la ville| a dit « oui ».",
        // Many opening participle clauses before the subject.
        "|Expliqué, déclaré,| Paul Roche a dit « oui ».",
    ])
    func fourTimesTheInputIsNotSixteenTimesTheTime(shape: String) {
        let parts = shape.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        func text(_ n: Int) -> String { parts[0] + String(repeating: " " + parts[1], count: n) + parts[2] }
        _ = seconds(text(200), lang: "fr")
        let small = max(seconds(text(1_500), lang: "fr"), 0.05)
        let large = seconds(text(6_000), lang: "fr")
        #expect(large / small < 10, "1,500 → \(small) s, 6,000 → \(large) s")
    }
}
