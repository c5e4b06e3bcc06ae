import Annotate
import Model
import Testing

/// The look-back of role phrases (``SpeakerRegistry``'s most recent entities): a long document
/// whose crowd of people named once comes before its protagonist still finds the protagonist.
@Suite struct LookBackTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    /// 210 made-up surnames, each different (`Baradet`, `Baradin`, …).
    static func crowd() -> [String] {
        let heads = ["Bar", "Cor", "Dal", "Fen", "Gir", "Hol", "Lam", "Mor", "Nar", "Pel"]
        let middles = ["a", "e", "i", "o", "u", "ou", "ai"]
        let tails = ["det", "gan", "lin"]
        return heads.flatMap { head in middles.flatMap { middle in tails.map { head + middle + $0 } } }
    }

    /// A definite description (`Le retraité`) in a paragraph that names no one means the
    /// document's protagonist (the person named in the most sentences) among the most recent
    /// people, not among the first 200 the text named: here the protagonist comes after 210
    /// people each named once.
    @Test func definiteDescriptionLooksAtTheMostRecentPeople() {
        let surnames = Self.crowd()
        #expect(surnames.count == 210)
        var paragraphs: [String] = []
        for start in stride(from: 0, to: surnames.count, by: 10) {
            paragraphs.append(surnames[start..<(start + 10)].map { "Marc \($0) était présent." }.joined(separator: " "))
        }
        paragraphs.append("Victor Lambrecht a fermé samedi son restaurant. Victor Lambrecht a tout vu. Victor Lambrecht ne veut pas partir.")
        paragraphs.append("Le retraité, lui, a déjà des projets : « La pêche, et dormir. »")
        let transcript = annotator.annotate(TestDocuments.make(paragraphs.joined(separator: "\n\n")))
        #expect(TestDocuments.directSpeakerNames(transcript) == ["Victor Lambrecht"])
    }
}
