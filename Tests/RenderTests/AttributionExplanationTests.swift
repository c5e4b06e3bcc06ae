import Testing

@testable import Render

@Test func explanationsSayWhoHowAndHowSure() {
    #expect(AttributionExplanation.text(speaker: "Jo Smith", cue: "points out", rule: "cue-before", mention: "Jo", confidence: "0.80", french: false)
        == "Jo Smith — “points out”, speech verb before the quotation; named as “Jo”; confidence 0.80")
    #expect(AttributionExplanation.text(speaker: nil, cue: "assuré", rule: "none", mention: "il", confidence: "0.00", french: true)
        == "Locuteur non identifié — «\u{202F}assuré\u{202F}» ; désigné par «\u{202F}il\u{202F}»")
    #expect(AttributionExplanation.text(speaker: "Marie Roche", cue: nil, rule: "carry-over", mention: "Marie Roche", confidence: "0.55", french: true)
        == "Marie Roche — suite du locuteur précédent ; confiance 0,55")
    #expect(AttributionExplanation.text(speaker: "X", cue: nil, rule: "new-rule", mention: nil, confidence: nil, french: false) == "X — new-rule")
}

/// Every rule id the annotator writes (grep `rule: "` in Sources/Annotate) reads as words, and
/// imagined speech names no one.
@Test func everyAnnotatorRuleHasWords() {
    let ids = ["according-to", "answer", "blockquote", "carry-over", "colon-before", "correction", "cue-after", "cue-before",
               "hypothetical", "incise", "none", "participle", "reported-that", "turn"]
    for id in ids { #expect(AttributionExplanation.rules[id] != nil, "\(id)") }
    #expect(AttributionExplanation.text(speaker: nil, cue: "say", rule: "hypothetical", mention: "Critics", confidence: "0.00", french: false)
        == "Speaker not identified — “say”, imagined words, said by no one")
}
